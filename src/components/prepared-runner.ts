/**
 * Runs a page's statements in DuckDB-WASM on one connection kept open, each prepared once and
 * reused by its SQL text (a filter change keeps the text and changes only the bound values).
 * Framework's client opens a connection, prepares the statement and closes both for every query:
 * four round trips to DuckDB-WASM's worker and a new plan each time, 10–15 ms per statement under
 * load. Used by the analysis pages (src/analysis/page-data.ts) and the explorer.
 */
import type { DuckDBClient } from "npm:@observablehq/duckdb";
import type { Table } from "apache-arrow";
import type { QueryRunner, Row } from "../analysis/query.js";

/** The parts of DuckDB-WASM's AsyncDuckDB behind Framework's client that the runner uses. */
interface Prepared {
  query(...params: unknown[]): Promise<Table>;
  close(): Promise<void>;
}
interface ClientInternals {
  _db: { connect(): Promise<{ prepare(sql: string): Promise<Prepared> }> };
}

export interface PreparedRunner {
  /** Rows as plain objects (what the queries' modules read). */
  readonly run: QueryRunner;
  /** The Arrow table itself, for columns read as typed arrays. */
  readonly table: (sql: string, params: readonly unknown[]) => Promise<Table>;
}

/** Arrow values as plain ones: BigInt → number, nested vectors → arrays. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value && typeof value === "object" && "toArray" in value)
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plain);
  return value;
}

/** Arrow rows as plain objects (see plain). */
export function arrowRows(table: Table): Row[] {
  return Array.from(table as Iterable<Record<string, unknown>>, (row) => {
    const out: Row = {};
    for (const [key, value] of Object.entries(row.toJSON ? (row.toJSON as () => Row)() : row))
      out[key] = plain(value);
    return out;
  });
}

/**
 * `keep`: how many prepared statements stay open; the least recently used one is closed beyond
 * that (the explorer's texts vary with the filters in use; an analysis page's set is small).
 */
export function preparedRunner(db: DuckDBClient, keep = 64): PreparedRunner {
  const connection = (db as unknown as ClientInternals)._db.connect();
  const statements = new Map<string, Promise<Prepared>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (prepared)
      statements.delete(sql); // re-inserted: the map's order is the use order
    else {
      prepared = connection.then((c) => c.prepare(sql));
      prepared.catch(() => statements.delete(sql)); // a failure is not remembered
    }
    statements.set(sql, prepared);
    if (statements.size > keep) {
      const [oldest, old] = statements.entries().next().value!;
      statements.delete(oldest);
      old.then((s) => s.close()).catch(() => {});
    }
    return prepared;
  };
  const table = async (sql: string, params: readonly unknown[]) =>
    (await statement(sql)).query(...params);
  return { run: async (sql, params) => arrowRows(await table(sql, params)), table };
}
