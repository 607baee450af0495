/** Small helpers over @duckdb/node-api shared by the ingest and the exports. */
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";

export interface Database {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  close(): void;
}

export async function openDatabase(
  path: string,
  options: { readOnly?: boolean; threads?: number } = {},
): Promise<Database> {
  const config: Record<string, string> = {};
  if (options.readOnly) config.access_mode = "READ_ONLY";
  if (options.threads) config.threads = String(options.threads);
  const instance = await DuckDBInstance.create(path, config);
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Rows as plain JSON-compatible objects (BIGINT and DATE become strings). */
export async function queryJson<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, DuckDBValue> | DuckDBValue[],
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJson() as T[];
}

/** A SQL string literal: for values DuckDB cannot take as a bound parameter (table functions). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
