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
  type PageStatement,
  type QueryGroup,
  type Row,
  pageStatements,
  sameRange,
  type YearRange,
} from "./query.js";

export type { AnalysisSetInfo } from "../../loaders/analysis/analysis-set.ts";
export type { FirstPaint } from "../../loaders/analysis/exports.ts";

export type DatabaseState = "starting" | "ready" | "failed";

export interface PageData<Q extends PageQueries> {
  readonly first: FirstPaint<PageResults<Q>>;
  /**
   * Results for a range: the first paint's when it is the full range, else DuckDB-WASM's. `names`:
   * only these results (a section of the page), running only the statements that give them.
   */
  results<K extends keyof Q & string = keyof Q & string>(
    range: YearRange,
    names?: readonly K[],
  ): Promise<Pick<PageResults<Q>, K>>;
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
  ) as PageQueries;
  const statements = pageStatements(toRun, groups);
  const statementOf = new Map(statements.flatMap((s) => s.parts.map((part) => [part, s] as const)));

  // One statement at a time, in the order asked: DuckDB-WASM runs a single connection anyway, and
  // the section a reader sees asks first.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (statement: PageStatement, range: YearRange) => {
    const ran = queue.then(async () => {
      const start = performance.now();
      try {
        return await statement.run(await runner, range);
      } finally {
        // For profiling: the time DuckDB-WASM took (the rest of a change is statistics and drawing).
        performance.measure(`analysis:query ${statement.name}`, { start });
      }
    });
    queue = ran.catch(() => {});
    return ran;
  };

  // Per range, each statement's results (a failure is not remembered). A map's order is its
  // insertion order: a range used again is re-inserted last, and the oldest is dropped first.
  const cache = new Map<string, Map<PageStatement, Promise<Record<string, Row[]>>>>();
  const rangeCache = (range: YearRange) => {
    const key = `${range.from}-${range.to}`;
    const hit = cache.get(key) ?? new Map();
    cache.delete(key);
    cache.set(key, hit);
    if (cache.size > CACHED_RANGES) cache.delete(cache.keys().next().value!);
    return hit;
  };
  const statementResults = (statement: PageStatement, range: YearRange) => {
    const ranges = rangeCache(range);
    let hit = ranges.get(statement);
    if (!hit) {
      hit = run(statement, range);
      ranges.set(statement, hit);
      hit.catch(() => ranges.delete(statement));
    }
    return hit;
  };

  return {
    first,
    database,
    async results<K extends keyof Q & string>(range: YearRange, names?: readonly K[]) {
      const wanted = (names ?? Object.keys(queries)) as readonly K[];
      const pick = (from: Readonly<Record<string, unknown>>) =>
        Object.fromEntries(wanted.map((name) => [name, from[name]])) as Pick<PageResults<Q>, K>;
      if (sameRange(range, first.range)) return pick(first.results);
      const needed = [...new Set(wanted.flatMap((name) => statementOf.get(name) ?? []))];
      const ran = await Promise.all(needed.map((s) => statementResults(s, range)));
      const derived = Object.fromEntries(
        wanted
          .filter((name) => perYear.includes(name))
          .map((name) => [name, yearsOf(first.results[name] as readonly Row[], range)]),
      );
      return pick(Object.assign({}, ...ran, derived));
    },
  };
}
