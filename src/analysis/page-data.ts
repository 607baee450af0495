/**
 * The data behind an analysis page. The first paint comes from the page's pre-aggregated JSON (its
 * queries already run natively over the whole range), so charts appear without waiting for
 * DuckDB-WASM; DuckDB-WASM starts in the background, and any other year range is queried there.
 */
import type { DuckDBClient } from "npm:@observablehq/duckdb";
import type { FirstPaint } from "../../loaders/analysis/exports.ts";
import type { TableName } from "../components/foodcom-db.js";
import { preparedRunner } from "../components/prepared-runner.js";
import {
  type PageQueries,
  type PageResults,
  type QueryGroup,
  type QueryRunner,
  type Row,
  runPageQueries,
  sameRange,
  statementNames,
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

/** The rows of a per-year query whose year lies in the range. */
export const yearsOf = (rows: readonly Row[], range: YearRange): Row[] =>
  rows.filter((row) => {
    const year = row.year as number;
    return year >= range.from && year <= range.to;
  });

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

/** Measures each query as "analysis:query <name>" (runPageQueries runs them in order, one at a time). */
function timed(runner: QueryRunner, names: readonly string[]): QueryRunner {
  let next = 0;
  return async (sql, params) => {
    const name = names[next++];
    const start = performance.now();
    try {
      return await runner(sql, params);
    } finally {
      performance.measure(`analysis:query ${name}`, { start });
    }
  };
}

/** Ranges whose results a page keeps (a reader going back and forth between a few). */
const CACHED_RANGES = 8;

/**
 * `perYear`: queries grouped by `year` whose rows for a range are exactly the full range's rows of
 * those years (each year's group does not depend on the other years). They are taken from the first
 * paint instead of being run again; tests/analysis-per-year.test.ts checks it against DuckDB.
 * `groups`: statements that give several of the queries' results at once (see QueryGroup).
 */
export function pageData<Q extends PageQueries>(
  first: FirstPaint<PageResults<Q>>,
  queries: Q,
  tables: readonly TableName[],
  perYear: readonly (keyof Q & string)[] = [],
  groups: readonly QueryGroup[] = [],
): PageData<Q> {
  // Imported here, not at the top: DuckDB-WASM's and Arrow's code then loads after the first paint
  // instead of before the page's first line runs.
  const database = afterFirstPaint(async () => {
    const { foodcomDatabase } = await import("../components/foodcom-db.js");
    return foodcomDatabase(tables);
  });
  database.catch(() => {}); // reported by the status line; the first paint stays usable
  const runner = database.then((db) => preparedRunner(db).run);
  runner.catch(() => {});
  const toRun = Object.fromEntries(
    Object.entries(queries).filter(([name]) => !perYear.includes(name)),
  ) as Q;
  const cache = new Map<string, Promise<PageResults<Q>>>();
  const compute = async (range: YearRange): Promise<PageResults<Q>> => {
    const run = await runner;
    const start = performance.now();
    const names = statementNames(toRun, groups);
    const ran = await runPageQueries(timed(run, names), toRun, range, groups);
    // The time DuckDB-WASM took, for profiling (the rest of a change is statistics and drawing).
    performance.measure("analysis:queries", { start });
    const derived = Object.fromEntries(
      perYear.map((name) => [name, yearsOf(first.results[name] as readonly Row[], range)]),
    );
    return { ...ran, ...derived } as PageResults<Q>;
  };
  return {
    first,
    database,
    results(range) {
      if (sameRange(range, first.range)) return Promise.resolve(first.results);
      const key = `${range.from}-${range.to}`;
      let hit = cache.get(key);
      if (hit)
        cache.delete(key); // re-inserted last: the map's order is the recency
      else {
        hit = compute(range);
        hit.catch(() => cache.delete(key)); // a failure is not remembered
      }
      cache.set(key, hit);
      if (cache.size > CACHED_RANGES) cache.delete(cache.keys().next().value!);
      return hit;
    },
  };
}
