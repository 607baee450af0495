/**
 * The data catalog, computed natively at build time: for every table the browser gets, its columns
 * and types (DuckDB's DESCRIBE of the export query), its row count and an example query with its
 * result. The exports are materialised in an in-memory database under their browser names, with the
 * ingested database attached read-only, so the examples run exactly as an analyst writes them.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryJson, sqlString } from "../duckdb.ts";
import { exportTableSql, openExportDatabase, STORE } from "../export-store.ts";
import { exportDatabasePath } from "../exports.ts";
import { exampleQuery } from "./examples.ts";
import { browserTables, catalogOrder, DATA_DIR, foodcomDatabaseTables } from "./tables.ts";

export interface CatalogColumn {
  readonly name: string;
  readonly type: string;
}

export interface CatalogExample {
  readonly sql: string;
  readonly columns: string[];
  /** Values as JSON: BIGINT, DECIMAL and dates as strings, NULL as null. */
  readonly rows: unknown[][];
}

export interface CatalogTable {
  readonly name: string;
  /** Whether `foodcomDatabase([name])` loads it (otherwise only its own page's code does). */
  readonly loadable: boolean;
  /** "sql": described from its export query; "loader": read back from its loader's output. */
  readonly definedBy: "sql" | "loader";
  readonly rows: number;
  readonly columns: CatalogColumn[];
  readonly example: CatalogExample;
}

export interface Catalog {
  readonly tables: CatalogTable[];
}

/** Runs a Parquet loader as Framework would, on `dbPath`, into `file`: for tables the export store does not hold. */
async function runLoader(name: string, file: string, dbPath: string): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", join(DATA_DIR, `${name}.parquet.ts`)], {
    env: { ...process.env, MANGETAMAIN_DB: dbPath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  await pipeline(child.stdout, createWriteStream(file));
  const code = await exit;
  if (code !== 0) throw new Error(`loader ${name}.parquet.ts exited with ${code}`);
}

async function describeTable(connection: DuckDBConnection, name: string): Promise<CatalogColumn[]> {
  const rows = await queryJson<{ column_name: string; column_type: string }>(
    connection,
    `DESCRIBE ${name}`,
  );
  return rows.map((r) => ({ name: r.column_name, type: r.column_type }));
}

export async function runExample(
  connection: DuckDBConnection,
  sql: string,
): Promise<CatalogExample> {
  const reader = await connection.runAndReadAll(sql);
  return { sql, columns: reader.columnNames(), rows: reader.getRowsJson() as unknown[][] };
}

export async function computeCatalog(dbPath = exportDatabasePath()): Promise<Catalog> {
  const names = catalogOrder(browserTables());
  const loadable = new Set(foodcomDatabaseTables());
  const inStore = new Set(Object.keys(exportTableSql()));
  // The store already holds every table defined by SQL, computed once for all the loaders.
  const db = await openExportDatabase(dbPath);
  const dir = await mkdtemp(join(tmpdir(), "mangetamain-catalog-"));
  const { connection } = db;
  try {
    for (const name of names.filter((n) => !inStore.has(n))) {
      const file = join(dir, `${name}.parquet`);
      await runLoader(name, file, dbPath);
      await connection.run(`CREATE TEMP TABLE ${name} AS FROM read_parquet(${sqlString(file)})`);
    }
    // The examples see the browser's tables only, as a page's DuckDB-WASM does.
    await connection.run(`USE ${STORE}`);
    const tables: CatalogTable[] = [];
    for (const name of names) {
      const [{ n }] = await queryJson<{ n: number }>(
        connection,
        `SELECT count(*)::INTEGER AS n FROM ${name}`,
      );
      tables.push({
        name,
        loadable: loadable.has(name),
        definedBy: inStore.has(name) ? "sql" : "loader",
        rows: n!,
        columns: await describeTable(connection, name),
        example: await runExample(connection, exampleQuery(name)),
      });
    }
    return { tables };
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
