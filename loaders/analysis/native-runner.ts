/** Runs a page's queries with DuckDB in Node, returning rows shaped like the browser's. */
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import type { QueryRunner, Row } from "../../src/analysis/query.ts";

export function nativeRunner(connection: DuckDBConnection): QueryRunner {
  return async (sql, params) => {
    const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
    return reader.getRowObjectsJS().map(plainRow);
  };
}

/** BIGINT → number and DATE → epoch ms, as Arrow rows give them in the browser. */
function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = plainValue(value);
  return out;
}

function plainValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}
