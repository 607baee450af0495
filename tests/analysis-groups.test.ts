/**
 * The statements the browser runs in place of several of a page's queries (QueryGroup in
 * src/analysis/query.ts): for many year ranges, among them single years, the first and last years
 * and ranges with few rows, a group's rows must equal the rows of the queries it replaces, as
 * written before the group existed (tests/fixtures/analysis-reference/). Integers and strings
 * exactly; doubles to 1e-12 (a sum of doubles taken in another order may differ in the last bits).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openDatabase, type Database } from "../loaders/duckdb.ts";
import { computeFirstPaint } from "../loaders/analysis/exports.ts";
import { nativeRunner } from "../loaders/analysis/native-runner.ts";
import { type AnalysisTable, createAnalysisTables } from "../loaders/analysis/tables.ts";
import {
  type PageQueries,
  type QueryGroup,
  type YearRange,
  runPageQueries,
  splitGroup,
  pageStatements,
} from "../src/analysis/query.ts";
import {
  RATINGS_GROUPS,
  RATINGS_QUERIES,
  RATINGS_TABLES,
} from "../src/analysis/ratings-queries.ts";
import {
  SEASONALITY_GROUPS,
  SEASONALITY_QUERIES,
  SEASONALITY_TABLES,
  type SeasonMonthRow,
} from "../src/analysis/seasonality-queries.ts";
import { seasonRows } from "../src/analysis/seasonality-stats.ts";
import { perRating } from "../src/analysis/ratings-measures.ts";
import { RATINGS_REFERENCE } from "./fixtures/analysis-reference/ratings-queries.ts";
import { SEASONALITY_REFERENCE } from "./fixtures/analysis-reference/seasonality-queries.ts";
import {
  type DayYearRow,
  WEEKDAY_GROUPS,
  WEEKDAY_QUERIES,
  WEEKDAY_TABLES,
} from "../src/analysis/weekday-queries.ts";
import { recipesPerDay } from "../src/analysis/weekday-volume.ts";
import { WEEKDAY_REFERENCE } from "./fixtures/analysis-reference/weekday-queries.ts";
import { TRENDS_GROUPS, TRENDS_QUERIES, TRENDS_TABLES } from "../src/analysis/trends-queries.ts";
import { TRENDS_REFERENCE } from "./fixtures/analysis-reference/trends-queries.ts";
import { ingestedSample } from "./helpers/ingest-fixtures.ts";

/** null when equal (doubles to 1e-12 relative), else where they differ. */
function difference(actual: unknown, expected: unknown, path = ""): string | null {
  if (typeof actual === "number" && typeof expected === "number")
    return actual === expected ||
      Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
      ? null
      : `${path}: ${actual} ≠ ${expected}`;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length)
      return `${path}: ${actual.length} rows ≠ ${expected.length}`;
    for (const [i, value] of actual.entries()) {
      const d = difference(value, expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const keys = Object.keys(actual).sort();
    if (keys.join() !== Object.keys(expected).sort().join())
      return `${path}: columns ${keys.join()} ≠ ${Object.keys(expected).sort().join()}`;
    for (const key of keys) {
      const d = difference(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (d) return d;
    }
    return null;
  }
  return actual === expected ? null : `${path}: ${String(actual)} ≠ ${String(expected)}`;
}

/** Every range of up to three years, and wider ones from each end and around the middle. */
function ranges({ from, to }: YearRange): YearRange[] {
  const out: YearRange[] = [];
  for (let a = from; a <= to; a++)
    for (let b = a; b <= Math.min(to, a + 2); b++) out.push({ from: a, to: b });
  const mid = Math.floor((from + to) / 2);
  out.push(
    { from, to },
    { from: from + 1, to },
    { from, to: to - 1 },
    { from: from + 1, to: to - 1 },
    { from, to: mid },
    { from: mid, to },
    { from: mid - 3, to: mid + 3 },
    { from: from - 3, to: from - 1 }, // no row at all
  );
  return out;
}

type Results = Record<string, readonly object[]>;

const PAGES: {
  page: string;
  queries: PageQueries;
  reference: PageQueries;
  groups: readonly QueryGroup[];
  tables: readonly AnalysisTable[];
  /** Results the page derives in JavaScript, in the shape of the reference queries they replace. */
  derive?: (results: Results) => Results;
}[] = [
  {
    page: "ratings",
    queries: RATINGS_QUERIES,
    reference: RATINGS_REFERENCE,
    groups: RATINGS_GROUPS,
    tables: RATINGS_TABLES,
    derive: ({ distribution, ...rest }) => ({
      ...rest,
      distribution: perRating(distribution as { rating: number; reviews: number }[]),
    }),
  },
  {
    page: "seasonality",
    queries: SEASONALITY_QUERIES,
    reference: SEASONALITY_REFERENCE,
    groups: SEASONALITY_GROUPS,
    tables: SEASONALITY_TABLES,
    derive: ({ seasonMonths, ...rest }) => ({
      ...rest,
      seasons: seasonRows(seasonMonths as SeasonMonthRow[]),
    }),
  },
  {
    page: "weekday",
    queries: WEEKDAY_QUERIES,
    reference: WEEKDAY_REFERENCE,
    groups: WEEKDAY_GROUPS,
    tables: WEEKDAY_TABLES,
    derive: ({ days, ...rest }) => ({ ...rest, days: recipesPerDay(days as DayYearRow[]) }),
  },
  {
    page: "trends",
    queries: TRENDS_QUERIES,
    reference: TRENDS_REFERENCE,
    groups: TRENDS_GROUPS,
    tables: TRENDS_TABLES,
  },
];

describe("query groups give the rows of the queries they replace", { timeout: 600_000 }, () => {
  let dbPath: string;
  let db: Database;
  before(async () => {
    dbPath = await ingestedSample({ recipes: 3_000, interactions: 40_000, seed: 5 });
    db = await openDatabase(dbPath, { readOnly: true });
  });
  after(() => db?.close());

  for (const { page, queries, reference, groups, tables, derive = (r: Results) => r } of PAGES)
    it(page, async () => {
      const { range: full } = await computeFirstPaint(queries, tables, dbPath);
      await createAnalysisTables(db.connection, tables);
      const run = nativeRunner(db.connection);
      let rows = 0;
      for (const range of ranges(full)) {
        const expected = await runPageQueries(run, reference, range);
        const actual = derive(await runPageQueries(run, queries, range, groups));
        const d = difference(actual, expected);
        assert.equal(d, null, `${page} ${range.from}–${range.to}${d}`);
        rows += Object.values(expected).reduce((s, r) => s + r.length, 0);
      }
      assert.ok(rows > 100, `${page}: the ranges have rows`);
    });

  it("splits a group's rows by part and names its statements", () => {
    const group = Object.assign(() => ({ sql: "", params: [] }), {
      parts: { a: ["x"], b: ["y", "z"] },
    }) as QueryGroup;
    assert.deepEqual(
      splitGroup(group, [
        { part: "a", x: 1, y: null, z: null },
        { part: "b", x: null, y: 2, z: 3 },
        { part: "a", x: 4, y: null, z: null },
      ]),
      { a: [{ x: 1 }, { x: 4 }], b: [{ y: 2, z: 3 }] },
    );
    assert.throws(() => splitGroup(group, [{ part: "c" }]), /unknown part "c"/);
    const query = () => ({ sql: "", params: [] });
    const statements = pageStatements({ a: query, b: query, c: query }, [group]);
    assert.deepEqual(
      statements.map((s) => [s.name, s.parts]),
      [
        ["a+b", ["a", "b"]],
        ["c", ["c"]],
      ],
    );
  });
});
