/**
 * The queries a page takes from its first paint for a narrower range (src/analysis/page-data.ts,
 * `perYear`): for several ranges, the first paint's rows of the range's years must equal the query
 * run by DuckDB in Node on that range.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openDatabase, type Database } from "../loaders/duckdb.ts";
import { computeFirstPaint } from "../loaders/analysis/exports.ts";
import { nativeRunner } from "../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../loaders/analysis/tables.ts";
import { yearsOf } from "../src/analysis/page-data.ts";
import type { PageQueries, YearRange } from "../src/analysis/query.ts";
import { TRENDS_PER_YEAR, TRENDS_QUERIES, TRENDS_TABLES } from "../src/analysis/trends-queries.ts";
import {
  RATINGS_PER_YEAR,
  RATINGS_QUERIES,
  RATINGS_TABLES,
} from "../src/analysis/ratings-queries.ts";
import {
  SEASONALITY_PER_YEAR,
  SEASONALITY_QUERIES,
  SEASONALITY_TABLES,
} from "../src/analysis/seasonality-queries.ts";
import {
  WEEKDAY_PER_YEAR,
  WEEKDAY_QUERIES,
  WEEKDAY_TABLES,
} from "../src/analysis/weekday-queries.ts";
import { ingestedSample } from "./helpers/ingest-fixtures.ts";

/**
 * Doubles to 12 significant digits: the tables are rebuilt for each run and DuckDB's parallel sums
 * (the entropy of item_diversity) may differ in the last bits between two runs of the same SQL.
 */
const rounded = (rows: readonly Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === "number" ? Number(v.toPrecision(12)) : v,
      ]),
    ),
  );

const PAGES = [
  { page: "trends", queries: TRENDS_QUERIES, tables: TRENDS_TABLES, perYear: TRENDS_PER_YEAR },
  { page: "ratings", queries: RATINGS_QUERIES, tables: RATINGS_TABLES, perYear: RATINGS_PER_YEAR },
  {
    page: "seasonality",
    queries: SEASONALITY_QUERIES,
    tables: SEASONALITY_TABLES,
    perYear: SEASONALITY_PER_YEAR,
  },
  { page: "weekday", queries: WEEKDAY_QUERIES, tables: WEEKDAY_TABLES, perYear: WEEKDAY_PER_YEAR },
] as const;

describe("per-year queries taken from the first paint", () => {
  let dbPath: string;
  let db: Database;
  before(async () => {
    dbPath = await ingestedSample({ recipes: 3_000, interactions: 6_000, seed: 5 });
    db = await openDatabase(dbPath, { readOnly: true });
  });
  after(async () => db?.close());

  for (const { page, queries, tables, perYear } of PAGES)
    it(`${page}: ${perYear.join(", ")}`, async () => {
      const first = await computeFirstPaint(queries as PageQueries, tables, dbPath);
      await createAnalysisTables(db.connection, tables);
      const { from, to } = first.range;
      const mid = Math.floor((from + to) / 2);
      const ranges: YearRange[] = [
        { from: from + 1, to: to - 1 },
        { from, to: mid },
        { from: mid, to },
        { from: mid, to: mid },
        { from: to - 2, to },
      ];
      for (const range of ranges)
        for (const name of perYear) {
          const { sql, params } = (queries as PageQueries)[name]!(range);
          const native = await nativeRunner(db.connection)(sql, params);
          assert.ok(range.from > from || native.length > 0 || name === "monthly");
          const taken = yearsOf(first.results[name] as Record<string, unknown>[], range);
          assert.deepEqual(rounded(taken), rounded(native), `${name} ${range.from}–${range.to}`);
        }
    });
});
