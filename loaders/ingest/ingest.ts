/**
 * The ingest: both raw CSVs into one DuckDB database, built in a temporary file that replaces the
 * previous database only once complete, so a failed or interrupted run loses nothing. It is skipped
 * when the inputs have not changed since the database was built.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import type { DuckDBConnection } from "@duckdb/node-api";
import { openDatabase, queryJson } from "../duckdb.ts";
import { INTERACTIONS_FILE, RECIPES_FILE, type RawFileSpec } from "../foodcom-files.ts";
import { recordStartLines } from "./csv-lines.ts";
import { IngestError } from "./errors.ts";
import { checkRawFile, type RawFileInfo } from "./file-checks.ts";
import { INTERACTIONS_PROJECTION, validateInteractions } from "./interactions.ts";
import type { RowProblem } from "./problems.ts";
import { writeQualityRecord } from "./quality.ts";
import { FATAL_READER_ERRORS, readRawFile, recordOfOrdinal, type ReadFile } from "./read-csv.ts";
import { RECIPES_PROJECTION, validateRecipes } from "./recipes.ts";

/**
 * Bump when the schema or the cleaning changes, so an unchanged input is ingested again. (3: the
 * analysis set moved to the export store, which rebuilds it when its SQL changes.)
 */
export const INGEST_VERSION = 3;

/** A file with more bad rows than this share is the wrong file, not a file with a few bad rows. */
const MAX_REJECTED_SHARE = 0.05;
const MIN_REJECTS_BEFORE_STOP = 100;

export const SAMPLE_MANIFEST = "SAMPLE.json";

export interface IngestOptions {
  readonly rawDir: string;
  readonly dbPath: string;
  readonly force?: boolean;
  readonly log?: (message: string) => void;
}

export interface Reject {
  readonly file: string;
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

export interface TableCounts {
  readonly read: number;
  readonly loaded: number;
  readonly rejected: number;
}

export interface IngestResult {
  readonly skipped: boolean;
  readonly dbPath: string;
  readonly seconds: number;
  readonly recipes?: TableCounts;
  readonly interactions?: TableCounts;
  readonly rejects: Reject[];
}

function fingerprintOf(files: RawFileInfo[], manifest: string | null): string {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify({
      version: INGEST_VERSION,
      manifest,
      files: files.map((f) => [f.path, f.bytes, f.mtimeMs]),
    }),
  );
  return hash.digest("hex");
}

async function storedFingerprint(dbPath: string): Promise<string | null> {
  if (!existsSync(dbPath)) return null;
  try {
    const db = await openDatabase(dbPath, { readOnly: true });
    try {
      const rows = await queryJson<{ fingerprint: string }>(
        db.connection,
        "SELECT fingerprint FROM ingest_info",
      );
      return rows[0]?.fingerprint ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null; // An unreadable or older database is simply rebuilt.
  }
}

async function readManifest(rawDir: string): Promise<string | null> {
  try {
    return await readFile(join(rawDir, SAMPLE_MANIFEST), "utf8");
  } catch {
    return null;
  }
}

/** Turns reader rejects and validation problems into file/line/reason records. */
async function locateRejects(
  spec: RawFileSpec,
  path: string,
  staged: ReadFile,
  problems: RowProblem[],
): Promise<Reject[]> {
  const rejectedRecords = [...new Set(staged.rejects.map((r) => r.record))].sort((a, b) => a - b);
  const recordOf = (ordinal: number) => recordOfOrdinal(ordinal, rejectedRecords);
  const records = [
    ...staged.rejects.map((r) => r.record),
    ...problems.flatMap((p) =>
      p.firstOrdinal === undefined
        ? [recordOf(p.ordinal)]
        : [recordOf(p.ordinal), recordOf(p.firstOrdinal)],
    ),
  ];
  const lines = await recordStartLines(path, records);
  const lineOf = (record: number) => lines.get(record) ?? record;
  const out: Reject[] = [];
  // The reader reports each error of a row; one line per row is what a person needs.
  const seen = new Set<number>();
  for (const r of staged.rejects) {
    if (seen.has(r.record)) continue;
    seen.add(r.record);
    out.push({
      file: spec.fileName,
      line: lineOf(r.record),
      column: r.column,
      reason: readerReason(r.errorType, r.message),
    });
  }
  for (const p of problems) {
    const reason =
      p.firstOrdinal === undefined
        ? p.reason
        : `${p.reason} (first seen on line ${lineOf(recordOf(p.firstOrdinal))})`;
    out.push({ file: spec.fileName, line: lineOf(recordOf(p.ordinal)), column: p.column, reason });
  }
  return out.sort((a, b) => a.line - b.line);
}

function readerReason(errorType: string, message: string): string {
  if (errorType === "INVALID ENCODING") return "bytes that are not valid UTF-8";
  return message.replace(/^Error when converting column /, "column ");
}

async function readChecked(
  connection: DuckDBConnection,
  spec: RawFileSpec,
  info: RawFileInfo,
  projection: string,
): Promise<ReadFile> {
  const staged = await readRawFile(connection, spec, info.path, spec.key, projection);
  const fatal = staged.rejects.find((r) => FATAL_READER_ERRORS.has(r.errorType));
  if (fatal) {
    const line =
      (await recordStartLines(info.path, [fatal.record])).get(fatal.record) ?? fatal.record;
    const problem =
      fatal.errorType === "UNQUOTED VALUE"
        ? "a quoted field is never closed (truncated or malformed file)"
        : fatal.message;
    throw new IngestError(spec.fileName, line, problem);
  }
  return staged;
}

function checkRejectShare(file: string, rejects: Reject[], read: number): void {
  if (rejects.length > MIN_REJECTS_BEFORE_STOP && rejects.length > read * MAX_REJECTED_SHARE) {
    const first = rejects[0]!;
    throw new IngestError(
      file,
      first.line,
      `${rejects.length} of ${read} rows are invalid, too many for a copy of the published file; first: ${first.reason}`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary databases left by ingests that were killed (their process is gone). */
async function removeStaleTemporaries(dbPath: string): Promise<void> {
  const prefix = `.${basename(dbPath)}.tmp-`;
  for (const name of await readdir(dirname(dbPath))) {
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (name.startsWith(prefix) && pid !== process.pid && !isAlive(pid))
      await rm(join(dirname(dbPath), name), { force: true });
  }
}

/** How each file is shaped while read, and validated in place afterwards. */
const LOADERS = {
  recipes: { projection: RECIPES_PROJECTION, validate: validateRecipes },
  interactions: { projection: INTERACTIONS_PROJECTION, validate: validateInteractions },
} as const;

/** Reads one file into its table, validates it, and locates every rejected row in the file. */
async function loadFile(
  connection: DuckDBConnection,
  spec: RawFileSpec,
  info: RawFileInfo,
  log: (message: string) => void,
): Promise<{ counts: TableCounts; rejects: Reject[] }> {
  log(`reading ${info.path}`);
  const { projection, validate } = LOADERS[spec.key];
  const read = await readChecked(connection, spec, info, projection);
  const { problems, loaded } = await validate(connection);
  const rejects = await locateRejects(spec, info.path, read, problems);
  const rowsRead = read.rowsLoaded + new Set(read.rejects.map((r) => r.record)).size;
  checkRejectShare(spec.fileName, rejects, rowsRead);
  return { counts: { read: rowsRead, loaded, rejected: rejects.length }, rejects };
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const recipesInfo = await checkRawFile(join(options.rawDir, RECIPES_FILE.fileName), RECIPES_FILE);
  const interactionsInfo = await checkRawFile(
    join(options.rawDir, INTERACTIONS_FILE.fileName),
    INTERACTIONS_FILE,
  );
  const manifest = await readManifest(options.rawDir);
  const fingerprint = fingerprintOf([recipesInfo, interactionsInfo], manifest);
  if (!options.force && (await storedFingerprint(options.dbPath)) === fingerprint) {
    log(`inputs unchanged since ${options.dbPath} was built: nothing to do`);
    return {
      skipped: true,
      dbPath: options.dbPath,
      seconds: (performance.now() - started) / 1000,
      rejects: [],
    };
  }

  await mkdir(dirname(options.dbPath), { recursive: true });
  await removeStaleTemporaries(options.dbPath);
  const tmpPath = join(dirname(options.dbPath), `.${basename(options.dbPath)}.tmp-${process.pid}`);
  const removeTmp = () =>
    Promise.all([rm(tmpPath, { force: true }), rm(`${tmpPath}.wal`, { force: true })]);
  await removeTmp();
  const db = await openDatabase(tmpPath);
  let closed = false;
  try {
    const { connection } = db;
    const recipes = await loadFile(connection, RECIPES_FILE, recipesInfo, log);
    const interactions = await loadFile(connection, INTERACTIONS_FILE, interactionsInfo, log);
    const rejects = [...recipes.rejects, ...interactions.rejects];
    await writeRejects(connection, rejects);
    await writeQualityRecord(connection);
    const seconds = (performance.now() - started) / 1000;
    await connection.run(
      `CREATE TABLE ingest_info AS SELECT
         now()::TIMESTAMP AS built_at, $source AS source, $sample AS sample, $rawDir AS raw_dir,
         $fingerprint AS fingerprint, $version::INTEGER AS ingest_version, version() AS duckdb_version,
         $recipesRead::INTEGER AS recipes_read, $recipesLoaded::INTEGER AS recipes_loaded,
         $interactionsRead::INTEGER AS interactions_read, $interactionsLoaded::INTEGER AS interactions_loaded,
         $seconds::DOUBLE AS ingest_seconds`,
      {
        source: manifest === null ? "real" : "sample",
        sample: manifest,
        rawDir: options.rawDir,
        fingerprint,
        version: INGEST_VERSION,
        recipesRead: recipes.counts.read,
        recipesLoaded: recipes.counts.loaded,
        interactionsRead: interactions.counts.read,
        interactionsLoaded: interactions.counts.loaded,
        seconds,
      },
    );
    await connection.run("CHECKPOINT");
    db.close();
    closed = true;
    // The rename is the commit point: readers see either the old database or the new one.
    await rename(tmpPath, options.dbPath);
    await rm(`${options.dbPath}.wal`, { force: true });
    log(`wrote ${options.dbPath}`);
    return {
      skipped: false,
      dbPath: options.dbPath,
      seconds: (performance.now() - started) / 1000,
      recipes: recipes.counts,
      interactions: interactions.counts,
      rejects,
    };
  } catch (error) {
    if (!closed) db.close();
    await removeTmp();
    throw error;
  }
}

async function writeRejects(connection: DuckDBConnection, rejects: Reject[]): Promise<void> {
  await connection.run(
    `CREATE TABLE quality_rejects (file VARCHAR, line INTEGER, column_name VARCHAR, reason VARCHAR)`,
  );
  const appender = await connection.createAppender("quality_rejects");
  for (const r of rejects) {
    appender.appendVarchar(r.file);
    appender.appendInteger(r.line);
    if (r.column === null) appender.appendNull();
    else appender.appendVarchar(r.column);
    appender.appendVarchar(r.reason);
    appender.endRow();
  }
  appender.closeSync();
}
