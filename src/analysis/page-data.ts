/**
 * The data behind an analysis page. The first paint comes from the page's pre-aggregated JSON (its
 * queries already run natively over the whole range), so charts appear without waiting for
 * DuckDB-WASM; DuckDB-WASM starts in the background, and any other year range is queried there.
 */
import type { DuckDBClient } from "npm:@observablehq/duckdb";
import type { FirstPaint } from "../../loaders/analysis/exports.ts";
import type { TableName } from "../components/foodcom-db.js";
import {
  type PageQueries,
  type PageResults,
  type QueryRunner,
  type Row,
  runPageQueries,
  sameRange,
  type YearRange,
} from "./query.js";

export type { AnalysisSetInfo } from "../../loaders/analysis/analysis-set.ts";
export type { FirstPaint } from "../../loaders/analysis/exports.ts";

export type DatabaseState = "starting" | "ready" | "failed";

export interface PageData<Q extends PageQueries> {
  readonly first: FirstPaint<PageResults<Q>>;
  /** Results for a range: the first paint's when it is the full range, else DuckDB-WASM's. */
  results(range: YearRange): Promise<PageResults<Q>>;
  /** Resolves when DuckDB-WASM holds the page's tables (rejects if it cannot start). */
  readonly database: Promise<DuckDBClient>;
}

/** Arrow rows as plain objects: BigInt → number, nested vectors → arrays. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value && typeof value === "object" && "toArray" in value)
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plain);
  return value;
}

export function wasmRunner(db: DuckDBClient): QueryRunner {
  return async (sql, params) => {
    const table = await db.query(sql, [...params]);
    return Array.from(table as Iterable<Record<string, unknown>>, (row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row.toJSON ? (row.toJSON as () => Row)() : row))
        out[key] = plain(value);
      return out;
    });
  };
}

/**
 * Starts `start` once the browser is idle (or after 1 s at most): decoding the Parquet and compiling
 * DuckDB-WASM take the main thread for a while, and the first charts should not wait for them.
 */
function afterFirstPaint<T>(start: () => Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === "function")
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  }).then(start);
}

export function pageData<Q extends PageQueries>(
  first: FirstPaint<PageResults<Q>>,
  queries: Q,
  tables: readonly TableName[],
): PageData<Q> {
  // Imported here, not at the top: DuckDB-WASM's and Arrow's code then loads after the first paint
  // instead of before the page's first line runs.
  const database = afterFirstPaint(async () => {
    const { foodcomDatabase } = await import("../components/foodcom-db.js");
    return foodcomDatabase(tables);
  });
  database.catch(() => {}); // reported by the status line; the first paint stays usable
  return {
    first,
    database,
    async results(range) {
      if (sameRange(range, first.range)) return first.results;
      return runPageQueries(wasmRunner(await database), queries, range);
    },
  };
}
