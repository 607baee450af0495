/**
 * The export store: every table the browser gets (and the helper tables they are made from),
 * computed ONCE per database into a DuckDB file beside it, `.<db>.exports.duckdb`. Framework runs
 * each data loader in its own process; without the store, each one recomputed the tables it
 * needed from the ingested database (the explorer's vocabularies five times over, the analysis
 * tables once per page...). With it, a loader attaches the store and copies or queries its table.
 *
 * The store is rebuilt when the database was re-ingested or when any table's SQL changed (its key
 * holds both), always into a temporary file renamed into place, so a reader sees the old store or
 * the new one, and two loaders racing to rebuild it both end with a valid one.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { queryJson, sqlString, type Database } from "./duckdb.ts";
import { exportDatabasePath, PARQUET_EXPORTS } from "./exports.ts";
import { ANALYSIS_SET_TABLES } from "./analysis/analysis-set.ts";
import { ANALYSIS_TABLES } from "./analysis/tables.ts";
import { EXPLORER_TABLES } from "./explorer/tables.ts";

/**
 * Export SQL by table name, in an order where a table comes after those its SQL reads (an entry
 * may be a helper table, such as the explorer's vocabularies, that no loader ships).
 */
export function exportTableSql(): Readonly<Record<string, string>> {
  // A function, not a constant: loaders/exports.ts imports this module and defines PARQUET_EXPORTS.
  return { ...ANALYSIS_SET_TABLES, ...PARQUET_EXPORTS, ...ANALYSIS_TABLES, ...EXPLORER_TABLES };
}

/** The catalog name the store is attached under in an export connection. */
export const STORE = "exports";

export function exportStorePath(dbPath: string): string {
  return join(dirname(dbPath), `.${basename(dbPath)}.exports.duckdb`);
}

/** What the store must have been built from: this ingest of the database, and this SQL. */
async function currentKey(connection: DuckDBConnection): Promise<string> {
  const [info] = await queryJson<{ built_at: string; fingerprint: string }>(
    connection,
    "SELECT built_at::VARCHAR AS built_at, fingerprint FROM src.main.ingest_info",
  );
  if (!info) throw new Error("ingest_info is empty: rebuild the database (npm run data)");
  const sql = createHash("sha256")
    .update(JSON.stringify(Object.entries(exportTableSql())))
    .digest("hex");
  return `${info.fingerprint} ${info.built_at} ${sql}`;
}

async function storedKey(connection: DuckDBConnection, path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  try {
    await connection.run(`ATTACH ${sqlString(path)} AS ${STORE} (READ_ONLY)`);
    const [row] = await queryJson<{ key: string }>(
      connection,
      `SELECT key FROM ${STORE}.main.export_store_info`,
    );
    return row?.key ?? null;
  } catch {
    return null; // unreadable or from an older layout: rebuilt below
  } finally {
    await connection.run(`DETACH DATABASE IF EXISTS ${STORE}`);
  }
}

/** Builds the store from the source attached as `src`, into a temporary file, then renames it. */
async function buildStore(connection: DuckDBConnection, path: string, key: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await rm(tmp, { force: true });
  try {
    await connection.run(`ATTACH ${sqlString(tmp)} AS store_build`);
    // Source tables first: `recipes` must mean the ingested table while the export of the same
    // name is made, and the store's earlier tables (the vocabularies) are found after it.
    await connection.run(`SET search_path = 'src.main,store_build.main'`);
    for (const [name, sql] of Object.entries(exportTableSql()))
      await connection.run(`CREATE TABLE store_build.main.${name} AS ${sql}`);
    await connection.run(
      `CREATE TABLE store_build.main.export_store_info AS SELECT ${sqlString(key)} AS key`,
    );
    await connection.run("USE src"); // the search path that USE set, which the build replaced
    await connection.run("DETACH store_build");
    await rename(tmp, path);
  } catch (error) {
    await connection.run("DETACH DATABASE IF EXISTS store_build").catch(() => {});
    throw error;
  } finally {
    await rm(tmp, { force: true });
    await rm(`${tmp}.wal`, { force: true });
  }
}

/**
 * A connection for the exports: the ingested database (read-only) is the default catalog, so
 * unqualified names mean its tables as before, and the store, fresh, is attached as `exports`.
 */
export async function openExportDatabase(
  dbPath: string,
): Promise<Database & { readonly rebuilt: boolean }> {
  if (!existsSync(dbPath)) throw new Error(`${dbPath}: no such database (run npm run data)`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    await connection.run(`ATTACH ${sqlString(dbPath)} AS src (READ_ONLY)`);
    await connection.run("USE src");
    const path = exportStorePath(dbPath);
    const key = await currentKey(connection);
    const rebuilt = (await storedKey(connection, path)) !== key;
    if (rebuilt) await buildStore(connection, path, key);
    await connection.run(`ATTACH ${sqlString(path)} AS ${STORE} (READ_ONLY)`);
    // Unqualified names: the ingested tables first, then the store's (the analysis set...).
    await connection.run(`SET search_path = 'src.main,${STORE}.main'`);
    return { instance, connection, close, rebuilt };
  } catch (error) {
    close();
    throw error;
  }
}

/** Whether `connection` came from openExportDatabase (the store is attached). */
export async function hasExportStore(connection: DuckDBConnection): Promise<boolean> {
  const [row] = await queryJson<{ n: number }>(
    connection,
    `SELECT count(*)::INTEGER AS n FROM duckdb_databases() WHERE database_name = '${STORE}'`,
  );
  return (row?.n ?? 0) > 0;
}

async function hasTempTable(connection: DuckDBConnection, name: string): Promise<boolean> {
  const [row] = await queryJson<{ n: number }>(
    connection,
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE temporary AND table_name = $name`,
    { name },
  );
  return (row?.n ?? 0) > 0;
}

/**
 * Makes `names` available under their browser names for a native run of the pages' queries: views
 * of the store's tables when it is attached, else temporary tables computed from their SQL (tests
 * on a bare database).
 */
export async function createExportTables(
  connection: DuckDBConnection,
  names: readonly string[],
): Promise<void> {
  const fromStore = await hasExportStore(connection);
  const sql = exportTableSql();
  // On a bare database, the analysis set the analysis tables read is computed first (once).
  const setNames: readonly string[] = Object.keys(ANALYSIS_SET_TABLES);
  const needsSet = names.some((n) => setNames.includes(n) || /\banalysis_set/.test(sql[n] ?? ""));
  if (!fromStore && needsSet && !(await hasTempTable(connection, "analysis_set_info"))) {
    for (const name of setNames)
      await connection.run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${sql[name]}`);
  }
  for (const name of names.filter((n) => fromStore || !setNames.includes(n)))
    await connection.run(
      fromStore
        ? `CREATE OR REPLACE TEMP VIEW ${name} AS FROM ${STORE}.main.${name}`
        : `CREATE OR REPLACE TEMP TABLE ${name} AS ${sql[name]}`,
    );
}

/**
 * Builds the store now if it is missing or stale (the data build calls it after the ingest, so
 * the site build's loaders find it ready). Returns whether it was rebuilt.
 */
export async function refreshExportStore(dbPath: string): Promise<boolean> {
  const db = await openExportDatabase(dbPath);
  db.close();
  return db.rebuilt;
}

/**
 * A loader's whole job for a browser table: the store's table as zstd Parquet on `output` (its
 * stdout). Format version 2 (delta encodings) halves names and ids; DuckDB-WASM reads it, but the
 * general tables keep version 1 for the analysts' other tools.
 */
export async function writeStoredTable(
  name: string,
  output: Writable,
  { parquetV2 = false }: { parquetV2?: boolean } = {},
  dbPath = exportDatabasePath(),
): Promise<void> {
  if (!Object.hasOwn(exportTableSql(), name)) throw new Error(`no export table "${name}"`);
  const db = await openExportDatabase(dbPath);
  // DuckDB writes Parquet to a file; the loader protocol wants bytes on stdout.
  const dir = await mkdtemp(join(tmpdir(), "mangetamain-export-"));
  try {
    const file = join(dir, `${name}.parquet`);
    const version = parquetV2 ? ", PARQUET_VERSION V2" : "";
    await db.connection.run(
      `COPY (FROM ${STORE}.main.${name}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 65536${version})`,
    );
    db.close();
    await pipeline(createReadStream(file), output, { end: false });
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
