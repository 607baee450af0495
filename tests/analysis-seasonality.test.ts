/**
 * The Seasonality page's figures, run natively on a generated sample, against independent SQL written
 * here straight from `recipes` (analysis set, year and season re-derived by hand), for the whole range
 * and a narrower one; and its statistics helpers and interpretation sentences in both languages.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DuckDBConnection } from "@duckdb/node-api";
import { openDatabase, type Database } from "../loaders/duckdb.ts";
import { computeFirstPaint } from "../loaders/analysis/exports.ts";
import { nativeRunner } from "../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../loaders/analysis/tables.ts";
import { type PageResults, runPageQueries, type YearRange } from "../src/analysis/query.ts";
import {
  describeItems,
  describeMeasure,
  describeNutrition,
  describeSeasonCounts,
  headlineFinding,
  verdict,
} from "../src/analysis/seasonality-interpret.ts";
import {
  ITEM_MIN_MEAN_SHARE,
  ITEM_MIN_SHARE_RANGE,
  MEASURES,
  type MeasureSummaryRow,
  NUTRIENTS,
  type NutritionRow,
  SEASONALITY_QUERIES,
  SEASONALITY_TABLES,
} from "../src/analysis/seasonality-queries.ts";
import {
  adjustFinite,
  analyseItems,
  analyseMeasure,
  analyseNutrition,
  analyseSeasonality,
  analyseSeasonCounts,
  seasonRows,
  zScores,
} from "../src/analysis/seasonality-stats.ts";
import { benjaminiHochberg, chiSquareIndependence } from "../src/analysis/stats.ts";
import { translate } from "../src/i18n/index.ts";
import { ingestedSample } from "./helpers/ingest-fixtures.ts";

type Results = PageResults<typeof SEASONALITY_QUERIES>;

const close = (actual: number, expected: number, what: string, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  );

async function rows<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
}

const SEASON_SQL =
  "CASE WHEN month(submitted) IN (12, 1, 2) THEN 0 WHEN month(submitted) IN (3, 4, 5) THEN 1 WHEN month(submitted) IN (6, 7, 8) THEN 2 ELSE 3 END";

/** The sorted value at position p·(n−1) rounded half to even (numpy's "nearest"), in JS. */
function nearest(sorted: number[], p: number): number {
  const position = p * (sorted.length - 1);
  const floor = Math.floor(position);
  const fraction = position - floor;
  const index = fraction > 0.5 || (fraction === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  return sorted[index];
}

/**
 * The analysis set rebuilt from `recipes`, independently of loaders/analysis: first row per id,
 * 1–180 minutes, steps and ingredients within their nearest-rank 2.5/97.5 % quantiles (computed here
 * in JS), calories present, at least one ingredient; then season and year by hand.
 */
async function independentSet(connection: DuckDBConnection): Promise<void> {
  const kept = `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY recipe_id ORDER BY rowid) AS k FROM recipes)
                WHERE k = 1 AND minutes >= 1 AND minutes <= 180`;
  const sizes = await rows<{ s: number; i: number }>(
    connection,
    `SELECT n_steps::INTEGER AS s, n_ingredients::INTEGER AS i FROM (${kept})`,
  );
  const steps = sizes.map((d) => d.s).sort((a, b) => a - b);
  const ingredients = sizes.map((d) => d.i).sort((a, b) => a - b);
  await connection.run(`CREATE OR REPLACE TEMP TABLE check_set AS
    SELECT recipe_id, year(submitted) AS y, ${SEASON_SQL} AS s, minutes, n_steps, n_ingredients,
           ln(1 + minutes) + n_steps + 0.5 * n_ingredients AS complexity,
           ${NUTRIENTS.join(", ")}, ingredients, tags
    FROM (${kept})
    WHERE n_steps BETWEEN ${nearest(steps, 0.025)} AND ${nearest(steps, 0.975)}
      AND n_ingredients BETWEEN ${nearest(ingredients, 0.025)} AND ${nearest(ingredients, 0.975)}
      AND calories IS NOT NULL AND len(ingredients) > 0 AND submitted IS NOT NULL`);
}

/** Kruskal–Wallis H across seasons from the raw values (midranks by window functions). */
async function independentH(connection: DuckDBConnection, column: string, where: string) {
  const [kw] = await rows<{ h: number; n: number }>(
    connection,
    `WITH r AS (SELECT s, ${column} AS v FROM check_set WHERE ${where}),
          ranked AS (SELECT s, rank() OVER (ORDER BY v) + (count(*) OVER (PARTITION BY v) - 1) / 2 AS mr FROM r),
          g AS (SELECT sum(mr) AS rs, count(*) AS n FROM ranked GROUP BY s),
          ties AS (SELECT sum(t ^ 3 - t) AS tt FROM (SELECT count(*) AS t FROM r GROUP BY v)),
          total AS (SELECT sum(n) AS n FROM g)
     SELECT ((12 / (total.n * (total.n + 1)) * sum(rs * rs / g.n) - 3 * (total.n + 1))
             / (1 - any_value(tt) / (total.n ^ 3 - total.n)))::DOUBLE AS h, total.n::INTEGER AS n
     FROM g, ties, total GROUP BY total.n`,
  );
  return kw;
}

describe("seasonality page figures against independent SQL", { timeout: 600_000 }, () => {
  let db: Database;
  let full: Results;
  let fullRange: YearRange;
  const narrow: YearRange = { from: 2005, to: 2008 };
  let narrowResults: Results;

  before(async () => {
    const dbPath = await ingestedSample({ recipes: 6_000, interactions: 6_000, seed: 23 });
    const first = await computeFirstPaint(SEASONALITY_QUERIES, SEASONALITY_TABLES, dbPath);
    full = first.results;
    fullRange = first.range;
    db = await openDatabase(dbPath, { readOnly: true });
    await createAnalysisTables(db.connection, SEASONALITY_TABLES);
    narrowResults = await runPageQueries(nativeRunner(db.connection), SEASONALITY_QUERIES, narrow);
    await independentSet(db.connection);
  });

  after(() => db?.close());

  const ranges = () =>
    [
      ["full range", fullRange, full],
      ["2005–2008", narrow, narrowResults],
    ] as const;

  it("counts recipes per season, and tests them against both expectations", async () => {
    for (const [name, range, results] of ranges()) {
      const where = `y BETWEEN ${range.from} AND ${range.to}`;
      const expected = await rows<{ s: number; n: number }>(
        db.connection,
        `SELECT s::INTEGER AS s, count(*)::INTEGER AS n FROM check_set WHERE ${where} GROUP BY s ORDER BY s`,
      );
      const counts = [0, 1, 2, 3].map((s) => expected.find((d) => d.s === s)?.n ?? 0);
      assert.deepEqual(
        seasonRows(results.seasonMonths).map((d) => d.recipes),
        counts,
        name,
      );
      // Calendar days per season, month by month from the first to the last month with a recipe.
      const [span] = await rows<{ a: string; b: string }>(
        db.connection,
        `SELECT strftime(min(submitted), '%Y-%m') AS a, strftime(max(submitted), '%Y-%m') AS b
         FROM recipes WHERE recipe_id IN (SELECT recipe_id FROM check_set WHERE ${where})`,
      );
      const days = [0, 0, 0, 0];
      let [year, month] = span.a.split("-").map(Number);
      const [lastYear, lastMonth] = span.b.split("-").map(Number);
      while (year < lastYear || (year === lastYear && month <= lastMonth)) {
        days[Math.floor((month % 12) / 3)] += new Date(Date.UTC(year, month, 0)).getUTCDate();
        [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      }
      assert.deepEqual(
        seasonRows(results.seasonMonths).map((d) => d.days),
        days,
        `${name}: days`,
      );
      const analysis = analyseSeasonCounts(seasonRows(results.seasonMonths));
      const n = counts.reduce((a, b) => a + b, 0);
      const covered = [0, 1, 2, 3].filter((s) => days[s] > 0);
      const chi = (expectedOf: (s: number) => number) =>
        covered.reduce((sum, s) => sum + (counts[s] - expectedOf(s)) ** 2 / expectedOf(s), 0);
      const coveredDays = covered.reduce((sum, s) => sum + days[s], 0);
      close(
        analysis.equal.statistic,
        chi(() => n / covered.length),
        `${name}: χ² equal`,
      );
      close(
        analysis.days.statistic,
        chi((s) => (n * days[s]) / coveredDays),
        `${name}: χ² days`,
      );
      assert.equal(analysis.equal.n, n);
      close(analysis.equal.cohenW, Math.sqrt(analysis.equal.statistic / n), `${name}: w`);
    }
  });

  it("summarises each measure per season (mean, quartiles, whiskers) as DuckDB does on the raw values", async () => {
    for (const [name, range, results] of ranges()) {
      const where = `y BETWEEN ${range.from} AND ${range.to}`;
      for (const measure of MEASURES) {
        const expected = await rows<{
          s: number;
          n: number;
          mean: number;
          q1: number;
          median: number;
          q3: number;
          lo: number;
          hi: number;
        }>(
          db.connection,
          `WITH q AS (SELECT s, count(*)::INTEGER AS n, avg(${measure})::DOUBLE AS mean,
                             quantile_cont(${measure}, 0.25)::DOUBLE AS q1,
                             quantile_cont(${measure}, 0.5)::DOUBLE AS median,
                             quantile_cont(${measure}, 0.75)::DOUBLE AS q3
                      FROM check_set WHERE ${where} GROUP BY s)
           SELECT q.s::INTEGER AS s, n, mean, q1, median, q3,
                  (SELECT min(${measure}) FROM check_set c WHERE ${where} AND c.s = q.s AND ${measure} >= q1 - 1.5 * (q3 - q1))::DOUBLE AS lo,
                  (SELECT max(${measure}) FROM check_set c WHERE ${where} AND c.s = q.s AND ${measure} <= q3 + 1.5 * (q3 - q1))::DOUBLE AS hi
           FROM q ORDER BY s`,
        );
        const got = results.measureSummaries.filter(
          (d: MeasureSummaryRow) => d.measure === measure,
        );
        assert.equal(got.length, expected.length, `${name} ${measure}: seasons`);
        expected.forEach((e, i) => {
          const g = got[i];
          const what = `${name} ${measure} season ${e.s}`;
          assert.equal(g.season, e.s, what);
          assert.equal(g.n, e.n, what);
          close(g.mean, e.mean, `${what} mean`);
          close(g.q1, e.q1, `${what} q1`);
          close(g.median, e.median, `${what} median`);
          close(g.q3, e.q3, `${what} q3`);
          close(g.whisker_low, e.lo, `${what} whisker low`);
          close(g.whisker_high, e.hi, `${what} whisker high`);
        });
      }
    }
  });

  it("gives each measure the Kruskal–Wallis H of the raw values (dense ranks change nothing)", async () => {
    for (const [name, range, results] of ranges()) {
      for (const measure of MEASURES) {
        const analysis = analyseMeasure(measure, results.measureSummaries, results.rankFrequencies);
        const expected = await independentH(
          db.connection,
          measure,
          `y BETWEEN ${range.from} AND ${range.to}`,
        );
        assert.equal(analysis.test.n, expected.n, `${name} ${measure}: n`);
        close(analysis.test.statistic, expected.h, `${name} ${measure}: H`, 1e-7);
        assert.equal(analysis.test.df, 3);
        close(analysis.test.epsilonSquared, expected.h / (expected.n - 1), `${name} ε²`, 1e-7);
      }
    }
  });

  it("computes the nutrition means and each nutrient's ANOVA F from the raw values", async () => {
    for (const [name, range, results] of ranges()) {
      const where = `y BETWEEN ${range.from} AND ${range.to}`;
      const nutrients = analyseNutrition(results.nutrition);
      for (const nutrient of NUTRIENTS) {
        const [expected] = await rows<{ f: number; winter: number }>(
          db.connection,
          `WITH g AS (SELECT s, count(*) AS n, avg(${nutrient}) AS mean, var_samp(${nutrient}) AS v
                      FROM check_set WHERE ${where} GROUP BY s),
                t AS (SELECT sum(n * mean) / sum(n) AS grand, sum(n) AS total, count(*) AS k FROM g)
           SELECT ((sum(n * (mean - grand) ^ 2) / (any_value(k) - 1))
                   / (sum((n - 1) * coalesce(v, 0)) / (any_value(total) - any_value(k))))::DOUBLE AS f,
                  (SELECT mean FROM g WHERE s = 0)::DOUBLE AS winter
           FROM g, t`,
        );
        const got = nutrients.find((d) => d.nutrient === nutrient)!;
        close(got.anova.statistic, expected.f, `${name} ${nutrient}: F`, 1e-8);
        close(got.seasons[0]!.mean, expected.winter, `${name} ${nutrient}: winter mean`);
      }
      const adjusted = benjaminiHochberg(nutrients.map((d) => d.anova.p));
      nutrients.forEach((d, i) => close(d.pAdjusted, adjusted[i], `${name}: BH`));
    }
  });

  it("selects, counts and tests the seasonal ingredients and tags as the raw lists give them", async () => {
    for (const [name, range, results] of ranges()) {
      const where = `y BETWEEN ${range.from} AND ${range.to}`;
      // Every item of every recipe, lower-cased and trimmed, once per recipe — not only the
      // items the browser table ships — so the selection is checked to miss nothing.
      const eligible = await rows<{
        kind: string;
        item: string;
        n0: number;
        n1: number;
        n2: number;
        n3: number;
      }>(
        db.connection,
        `WITH items AS (
           SELECT DISTINCT recipe_id, s, 'ingredient' AS kind, trim(lower(unnest(ingredients))) AS item
           FROM check_set WHERE ${where}
           UNION
           SELECT DISTINCT recipe_id, s, 'tag' AS kind, trim(lower(unnest(tags))) AS item
           FROM check_set WHERE ${where}),
         totals AS (SELECT s, count(*) AS t FROM check_set WHERE ${where} GROUP BY s),
         counts AS (SELECT kind, item, s, count(*) AS n FROM items WHERE item <> '' GROUP BY ALL),
         grid AS (SELECT i.kind, i.item, totals.s, coalesce(n, 0) AS n, t
                  FROM (SELECT DISTINCT kind, item FROM counts) i CROSS JOIN totals
                  LEFT JOIN counts c ON c.kind = i.kind AND c.item = i.item AND c.s = totals.s)
         SELECT kind, item,
                sum(n) FILTER (s = 0)::INTEGER AS n0, sum(n) FILTER (s = 1)::INTEGER AS n1,
                sum(n) FILTER (s = 2)::INTEGER AS n2, sum(n) FILTER (s = 3)::INTEGER AS n3
         FROM grid GROUP BY kind, item
         HAVING avg(n / t) >= ${ITEM_MIN_MEAN_SHARE} AND max(n / t) - min(n / t) >= ${ITEM_MIN_SHARE_RANGE}
         ORDER BY kind, item`,
      );
      assert.ok(eligible.length > 0, `${name}: the sample has seasonal items`);
      assert.deepEqual(
        results.items.map((d) => [d.kind, d.item, d.n0, d.n1, d.n2, d.n3]),
        eligible.map((d) => [d.kind, d.item, d.n0 ?? 0, d.n1 ?? 0, d.n2 ?? 0, d.n3 ?? 0]),
        `${name}: items`,
      );
      const totals = seasonRows(results.seasonMonths).map((d) => d.recipes);
      for (const kind of ["ingredient", "tag"] as const) {
        const analysis = analyseItems(results.items, totals, kind);
        const own = eligible.filter((d) => d.kind === kind);
        assert.equal(analysis.tested, own.length);
        // χ² of each item's present/absent × season table, and BH over all tested items.
        const chi = own.map((d) => {
          const present = [d.n0, d.n1, d.n2, d.n3].map((v) => v ?? 0);
          return chiSquareIndependence([present, present.map((v, s) => totals[s] - v)]);
        });
        const adjusted = benjaminiHochberg(chi.map((c) => c.p));
        for (const item of analysis.items) {
          const i = own.findIndex((d) => d.item === item.item);
          close(item.test.statistic, chi[i].statistic, `${name} ${item.item}: χ²`);
          close(item.pAdjusted, adjusted[i], `${name} ${item.item}: adjusted p`);
        }
        // The most variable items come first (coefficient of variation of the four shares).
        const cvs = own.map((d) => {
          const shares = [d.n0, d.n1, d.n2, d.n3].map((v, s) => (v ?? 0) / totals[s]);
          const mean = shares.reduce((a, b) => a + b, 0) / 4;
          return Math.sqrt(shares.reduce((a, v) => a + (v - mean) ** 2, 0) / 4) / mean;
        });
        const best = Math.max(...cvs);
        if (analysis.items.length) close(analysis.items[0].cv, best, `${name} ${kind}: top CV`);
        assert.ok(analysis.items.length <= 20);
      }
    }
  });

  it("changes with the year range", () => {
    const a = analyseSeasonality(full);
    const b = analyseSeasonality(narrowResults);
    assert.ok(b.counts.total < a.counts.total);
    assert.ok(b.counts.total > 0);
  });
});

describe("seasonality statistics helpers", () => {
  const seasonsOf = (recipes: number[], days = [90, 92, 92, 91]) =>
    recipes.map((r, season) => ({
      season,
      recipes: r,
      days: days[season],
      first_month: "2001-01",
      last_month: "2001-12",
    }));

  it("derives the recipes, span and calendar days per season from the recipes per month", () => {
    // December 2003 to February 2004, a leap year: one winter of 31 + 31 + 29 days.
    const winter = seasonRows([
      { year: 2004, month: 2, recipes: 5 },
      { year: 2003, month: 12, recipes: 2 },
      { year: 2004, month: 1, recipes: 0 },
    ]);
    assert.deepEqual(
      winter.map((d) => [d.season, d.recipes, d.days]),
      [
        [0, 7, 91],
        [1, 0, 0],
        [2, 0, 0],
        [3, 0, 0],
      ],
    );
    assert.equal(winter[0].first_month, "2003-12");
    assert.equal(winter[0].last_month, "2004-02");
    // November 2005 to March 2007: autumn 30 + 91, winter 2 × 90, spring 92 + 31, summer 92.
    const span = seasonRows([
      { year: 2007, month: 3, recipes: 1 },
      { year: 2005, month: 11, recipes: 4 },
      { year: 2006, month: 7, recipes: 3 },
    ]);
    assert.deepEqual(
      span.map((d) => [d.recipes, d.days]),
      [
        [0, 180],
        [1, 92 + 31],
        [3, 92],
        [4, 91 + 30],
      ],
    );
    const empty = seasonRows([]);
    assert.deepEqual(
      empty.map((d) => [d.recipes, d.days, d.first_month, d.last_month]),
      Array(4).fill([0, 0, null, null]),
    );
  });

  it("leaves a season without any calendar day out of both χ² tests", () => {
    const a = analyseSeasonCounts(seasonsOf([0, 0, 40, 60], [0, 0, 92, 91]));
    assert.equal(a.equal.df, 1);
    assert.equal(a.days.df, 1);
    close(a.equal.statistic, (10 ** 2 / 50) * 2, "χ²");
    assert.equal(a.seasons[0].expectedDays, 0);
  });

  it("z-scores use the population SD of the season means, and constant means give 0", () => {
    const z = zScores([1, 2, 3, 4]);
    const sd = Math.sqrt(1.25);
    z.forEach((v, i) => close(v, (i + 1 - 2.5) / sd, `z${i}`));
    assert.deepEqual(
      zScores([5, 5, NaN, 5]).map((v) => (Number.isNaN(v) ? "NaN" : v)),
      [0, 0, "NaN", 0],
    );
  });

  it("adjusts only the finite p-values", () => {
    const out = adjustFinite([0.01, NaN, 0.04]);
    assert.ok(Number.isNaN(out[1]));
    close(out[0], 0.02, "p0");
    close(out[2], 0.04, "p2");
  });

  it("ranks items by coefficient of variation and corrects across every tested item", () => {
    const totals = [1000, 1000, 1000, 1000];
    const items = [
      { kind: "ingredient" as const, item: "flat", n0: 100, n1: 101, n2: 99, n3: 100 },
      { kind: "ingredient" as const, item: "pumpkin", n0: 40, n1: 10, n2: 10, n3: 80 },
      { kind: "ingredient" as const, item: "berries", n0: 20, n1: 40, n2: 60, n3: 20 },
      { kind: "tag" as const, item: "christmas", n0: 90, n1: 5, n2: 5, n3: 20 },
    ];
    const a = analyseItems(items, totals, "ingredient", 2);
    assert.equal(a.tested, 3);
    assert.deepEqual(
      a.items.map((d) => d.item),
      ["pumpkin", "berries"],
    );
    assert.equal(a.items[0].highSeason, 3);
    assert.equal(a.items[0].lowSeason, 1); // ties go to the earlier season
    assert.ok(a.items[0].significant);
    assert.equal(a.significant, 2);
    assert.equal(a.recipes, 4000);
  });
});

describe("seasonality sentences", () => {
  const seasonRows = (recipes: number[]) =>
    recipes.map((r, season) => ({
      season,
      recipes: r,
      days: [90, 92, 92, 91][season],
      first_month: "2001-01",
      last_month: "2001-12",
    }));

  it("calls a significant but tiny difference negligible, and a large one large", () => {
    assert.equal(verdict(0.2, "small"), "notSignificant");
    assert.equal(verdict(1e-6, "negligible"), "negligible");
    assert.equal(verdict(1e-6, "medium"), "effect");
    const even = analyseSeasonCounts(seasonRows([25_100, 25_000, 24_900, 25_000]));
    assert.match(
      describeSeasonCounts("en", even),
      /Winter has the most recipes \(25\.1% of the range\) and Spring the fewest|Winter has the most recipes \(25\.1% of the range\) and Summer the fewest/,
    );
    assert.match(describeSeasonCounts("en", even), /equal split the difference is not significant/);
    const big = analyseSeasonCounts(seasonRows([50_000, 20_000, 20_000, 10_000]));
    assert.match(describeSeasonCounts("en", big), /significant, with a large effect/);
    assert.match(describeSeasonCounts("fr", big), /Hiver \(50 % de la période\)/);
    assert.match(describeSeasonCounts("fr", big), /significative, avec un effet fort/);
    // Tens of thousands of recipes: a 1-point gap is significant, yet negligible in size.
    const tiny = analyseSeasonCounts(seasonRows([101_000, 99_000, 100_000, 100_000]));
    assert.equal(tiny.equalEffect, "negligible");
    assert.ok(tiny.equal.p < 0.05);
    assert.match(describeSeasonCounts("en", tiny), /significant but negligible in size/);
    assert.match(describeSeasonCounts("fr", tiny), /significative mais d’une taille négligeable/);
  });

  const summary = (season: number, mean: number, median: number): MeasureSummaryRow => ({
    measure: "minutes",
    season,
    n: 100,
    mean,
    variance: 1,
    q1: median - 5,
    median,
    q3: median + 5,
    whisker_low: 1,
    whisker_high: 90,
    outliers: 0,
  });

  it("describes a measure with its units, lowest and highest season, in both languages", () => {
    const summaries = [
      summary(0, 45.26, 40),
      summary(1, 38.0, 35),
      summary(2, 35.5, 35),
      summary(3, 41, 40),
    ];
    // Winter and autumn hold the long times: a strong difference in ranks.
    const frequencies = [0, 1, 2, 3].map((season) => ({
      measure: "minutes" as const,
      season,
      ranks: [1, 2],
      counts: season === 0 || season === 3 ? [10, 90] : [90, 10],
    }));
    const a = analyseMeasure("minutes", summaries, frequencies);
    const en = describeMeasure("en", a);
    assert.match(
      en,
      /^Preparation time: the mean goes from 35\.5 min in Summer to 45\.3 min in Winter, and the median from 35 min to 40 min\./,
    );
    assert.match(en, /significant, with a large effect/);
    const fr = describeMeasure("fr", a);
    assert.match(
      fr,
      /^Temps de préparation : la moyenne va de 35,5 min \(Été\) à 45,3 min \(Hiver\)/,
    );
    const same = analyseMeasure(
      "minutes",
      [0, 1, 2, 3].map((s) => summary(s, 40 + s / 10, 40)),
      [0, 1, 2, 3].map((season) => ({
        measure: "minutes" as const,
        season,
        ranks: [1, 2],
        counts: [50, 50],
      })),
    );
    assert.match(
      describeMeasure("en", same),
      /the median is 40 min in every season\. Across the seasons the difference is not significant\./,
    );
    assert.match(
      describeMeasure("fr", same),
      /la médiane vaut 40 min pour chaque saison\. Entre les saisons, la différence est non significative\./,
    );
  });

  it("describes the nutrition profile: none significant, or the largest effect", () => {
    const row = (
      nutrient: NutritionRow["nutrient"],
      season: number,
      mean: number,
    ): NutritionRow => ({
      nutrient,
      season,
      n: 1000,
      mean,
      variance: 100,
      median: mean,
    });
    const flat = analyseNutrition(
      NUTRIENTS.flatMap((n) => [0, 1, 2, 3].map((s) => row(n, s, 50 + (s % 2) * 0.1))),
    );
    assert.match(
      describeNutrition("en", flat),
      /^No nutrient differs significantly .*\(7 nutrients tested\)/,
    );
    assert.match(describeNutrition("fr", flat), /^Aucun nutriment ne diffère significativement/);
    const sugar = analyseNutrition(
      NUTRIENTS.flatMap((n) =>
        [0, 1, 2, 3].map((s) => row(n, s, n === "sugar_pdv" ? [60, 50, 40, 55][s] : 50)),
      ),
    );
    assert.equal(sugar.filter((d) => d.significant).length, 1);
    assert.match(
      describeNutrition("en", sugar),
      /^1 of 7 nutrients .* The largest effect is for Sugar: highest in Winter \(60% DV\) and lowest in Summer \(40% DV\), a difference that is significant, with a large effect\./,
    );
    assert.match(
      describeNutrition("fr", sugar),
      /Sucres : maximum 60 % AJ \(Hiver\), minimum 40 % AJ \(Été\)/,
    );
  });

  it("describes the seasonal items, or says none passes the thresholds", () => {
    const totals = [1000, 1000, 1000, 1000];
    const items = [
      { kind: "ingredient" as const, item: "pumpkin", n0: 40, n1: 10, n2: 10, n3: 80 },
    ];
    const a = analyseItems(items, totals, "ingredient");
    assert.match(
      describeItems("en", a),
      /^1 of the 1 ingredients tested .* The most variable, pumpkin, is in 8% of the recipes in Autumn and 1% in Spring: significant, with a small effect\./,
    );
    assert.match(
      describeItems("fr", a),
      /pumpkin, figure dans 8 % des recettes \(Automne\) contre 1 % \(Printemps\)/,
    );
    const none = analyseItems([], totals, "tag");
    assert.match(describeItems("en", none), /^None of the tags passes the thresholds/);
    assert.match(describeItems("fr", none), /^Aucun élément \(tags\)/);
    const counts = analyseSeasonCounts(seasonRows([250, 250, 250, 250]));
    assert.match(
      headlineFinding("en", counts, a),
      /The most seasonal ingredient, pumpkin, is in 8% of the recipes in Autumn/,
    );
    assert.equal(translate("en", "season.3"), "Autumn");
  });
});
