/**
 * The Weekday vs weekend page: its queries run natively on a generated sample and give the figures
 * that independent SQL over the raw `recipes` table gives (day of week re-derived with DuckDB's
 * 0 = Sunday `dayofweek`, the analysis set re-filtered by hand); and its interpretations choose
 * their words from the computed values, in both languages.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { openDatabase, queryJson } from "../loaders/duckdb.ts";
import { openExportDatabase } from "../loaders/export-store.ts";
import { computeFirstPaint } from "../loaders/analysis/exports.ts";
import { nativeRunner } from "../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../loaders/analysis/tables.ts";
import { type PageResults, type YearRange, runPageQueries } from "../src/analysis/query.ts";
import {
  compareFamily,
  compareMeasure,
  measureInterpretation,
  nutrientsInterpretation,
} from "../src/analysis/weekday-compare.ts";
import {
  ITEM_MIN_DELTA,
  analyseItems,
  itemsInterpretation,
} from "../src/analysis/weekday-items.ts";
import {
  type GroupSummaryRow,
  type ItemRow,
  WEEKDAY_NUTRIENTS,
  WEEKDAY_QUERIES,
  WEEKDAY_TABLES,
} from "../src/analysis/weekday-queries.ts";
import {
  analyseVolume,
  recipesPerDay,
  dayInterpretation,
  volumeInterpretation,
} from "../src/analysis/weekday-volume.ts";
import { benjaminiHochberg } from "../src/analysis/stats.ts";
import { ingestedSample } from "./helpers/ingest-fixtures.ts";

type Results = PageResults<typeof WEEKDAY_QUERIES>;
const NARROW: YearRange = { from: 2005, to: 2008 };
const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${actual} ≠ ${expected}`,
  );

/**
 * The analysis set straight from `recipes`, written independently of loaders/analysis: first row of
 * each id, 1–180 minutes, steps and ingredients within the recorded quantile bounds, calories and
 * at least one ingredient; `weekend` from dayofweek (0 Sunday … 6 Saturday), `yr` from strftime.
 */
const independentSet = (range: YearRange) => `
  WITH bounds AS (SELECT * FROM analysis_set_info),
  firsts AS (SELECT * FROM recipes QUALIFY row_number() OVER (PARTITION BY recipe_id ORDER BY rowid) = 1)
  SELECT f.*, dayofweek(submitted) IN (0, 6) AS is_weekend, dayofweek(submitted) AS dow0
  FROM firsts f, bounds b
  WHERE minutes BETWEEN 1 AND 180
    AND n_steps BETWEEN b.steps_min AND b.steps_max
    AND n_ingredients BETWEEN b.ingredients_min AND b.ingredients_max
    AND calories IS NOT NULL AND len(ingredients) > 0 AND submitted IS NOT NULL
    AND strftime(submitted, '%Y')::INTEGER BETWEEN ${range.from} AND ${range.to}`;

describe("weekday page data (native, against independent SQL)", { timeout: 300_000 }, () => {
  let dbPath: string;
  let full: Results;
  let narrow: Results;
  let fullRange: YearRange;

  async function sql<T>(query: string): Promise<T[]> {
    // The store holds the analysis set's record (analysis_set_info).
    const db = await openExportDatabase(dbPath);
    try {
      return await queryJson<T>(db.connection, query);
    } finally {
      db.close();
    }
  }

  before(async () => {
    dbPath = await ingestedSample({ recipes: 6_000, interactions: 6_000, seed: 5 });
    const first = await computeFirstPaint(WEEKDAY_QUERIES, WEEKDAY_TABLES, dbPath);
    full = first.results;
    fullRange = first.range;
    const db = await openDatabase(dbPath, { readOnly: true });
    try {
      await createAnalysisTables(db.connection, WEEKDAY_TABLES);
      narrow = await runPageQueries(nativeRunner(db.connection), WEEKDAY_QUERIES, NARROW);
    } finally {
      db.close();
    }
  });

  for (const which of ["full", "narrow"] as const) {
    it(`${which} range: recipes per day, per-day volumes and the χ² statistics`, async () => {
      const results = which === "full" ? full : narrow;
      const range = which === "full" ? fullRange : NARROW;
      const rows = await sql<{ dow0: number; n: number }>(
        `SELECT dow0::INTEGER AS dow0, count(*)::INTEGER AS n FROM (${independentSet(range)}) GROUP BY dow0`,
      );
      const byDow0 = new Map(rows.map((r) => [r.dow0, r.n]));
      const volume = analyseVolume(results.days);
      // ISO 1 Monday … 7 Sunday is dayofweek 1 … 6, then 0.
      for (const day of volume.days) assert.equal(day.recipes, byDow0.get(day.dow % 7) ?? 0);
      const weekend = (byDow0.get(6) ?? 0) + (byDow0.get(0) ?? 0);
      const total = rows.reduce((s, r) => s + r.n, 0);
      assert.ok(total > 0);
      close(volume.weekendPerDay, weekend / 2);
      close(volume.weekdayPerDay, (total - weekend) / 5);
      const expected = total / 7;
      const byDay = [0, 1, 2, 3, 4, 5, 6].reduce(
        (s, d) => s + ((byDow0.get(d) ?? 0) - expected) ** 2 / expected,
        0,
      );
      close(volume.byDay.statistic, byDay);
      const [eWeekday, eWeekend] = [(total * 5) / 7, (total * 2) / 7];
      close(
        volume.byType.statistic,
        (total - weekend - eWeekday) ** 2 / eWeekday + (weekend - eWeekend) ** 2 / eWeekend,
      );
      assert.equal(volume.byType.df, 1);
      assert.equal(volume.byDay.df, 6);
    });

    it(`${which} range: preparation time and complexity, Welch's t by hand`, async () => {
      const results = which === "full" ? full : narrow;
      const range = which === "full" ? fullRange : NARROW;
      for (const measure of ["minutes", "complexity"] as const) {
        const expr =
          measure === "minutes" ? "minutes" : "ln(1 + minutes) + n_steps + 0.5 * n_ingredients";
        const groups = await sql<{ is_weekend: boolean; n: number; s: number; ss: number }>(
          `SELECT is_weekend, count(*)::INTEGER AS n, sum(${expr})::DOUBLE AS s,
                  sum((${expr}) ^ 2)::DOUBLE AS ss
           FROM (${independentSet(range)}) GROUP BY is_weekend`,
        );
        const g = (weekend: boolean) => {
          const row = groups.find((r) => r.is_weekend === weekend)!;
          const mean = row.s / row.n;
          return { n: row.n, mean, variance: (row.ss - row.n * mean ** 2) / (row.n - 1) };
        };
        const [we, wd] = [g(true), g(false)];
        const c = compareMeasure(results.measures, measure);
        assert.equal(c.weekend.n, we.n);
        assert.equal(c.weekday.n, wd.n);
        close(c.weekend.mean, we.mean);
        close(c.weekday.mean, wd.mean);
        close(c.difference, we.mean - wd.mean);
        const t = (we.mean - wd.mean) / Math.sqrt(we.variance / we.n + wd.variance / wd.n);
        close(c.test.statistic, t, 1e-6);
        const pooled = Math.sqrt(
          ((we.n - 1) * we.variance + (wd.n - 1) * wd.variance) / (we.n + wd.n - 2),
        );
        close(c.test.cohenD, (we.mean - wd.mean) / pooled, 1e-6);
      }
    });

    it(`${which} range: nutrients' % differences and BH across the six`, async () => {
      const results = which === "full" ? full : narrow;
      const range = which === "full" ? fullRange : NARROW;
      const means = await sql<Record<string, number> & { is_weekend: boolean }>(
        `SELECT is_weekend, ${WEEKDAY_NUTRIENTS.map((c) => `avg(${c})::DOUBLE AS ${c}`).join(", ")}
         FROM (${independentSet(range)}) GROUP BY is_weekend`,
      );
      const we = means.find((r) => r.is_weekend)!;
      const wd = means.find((r) => !r.is_weekend)!;
      const family = compareFamily(results.nutrients, WEEKDAY_NUTRIENTS);
      assert.deepEqual(
        family.map((c) => c.measure),
        [...WEEKDAY_NUTRIENTS],
      );
      for (const c of family)
        close(c.relativeDifference, (we[c.measure] - wd[c.measure]) / wd[c.measure], 1e-9);
      const adjusted = benjaminiHochberg(family.map((c) => c.test.p));
      family.forEach((c, i) => {
        close(c.pDecision, adjusted[i]);
        assert.ok(c.pDecision >= c.test.p);
        assert.equal(c.significant, adjusted[i] < 0.05);
      });
    });

    it(`${which} range: ingredient and tag shares and each item's 2×2 χ²`, async () => {
      const results = which === "full" ? full : narrow;
      const range = which === "full" ? fullRange : NARROW;
      const volume = analyseVolume(results.days);
      const totals = { weekday: volume.weekdayTotal, weekend: volume.weekendTotal };
      for (const kind of ["ingredient", "tag"] as const) {
        const column = kind === "ingredient" ? "ingredients" : "tags";
        const counts = await sql<{ item: string; weekday: number; weekend: number }>(
          `WITH items AS (
             SELECT DISTINCT recipe_id, is_weekend, trim(lower(unnest(${column}))) AS item
             FROM (${independentSet(range)}))
           SELECT item, count(*) FILTER (NOT is_weekend)::INTEGER AS weekday,
                  count(*) FILTER (is_weekend)::INTEGER AS weekend
           FROM items WHERE item <> '' GROUP BY item`,
        );
        const analysis = analyseItems(results.items, kind, totals);
        assert.ok(analysis.tested.length > 0, `some ${kind}s are tested`);
        const byItem = new Map(counts.map((c) => [c.item, c]));
        // Every item at ≥ 1 % mean share in the raw data is tested, and no other.
        const expected = counts
          .filter((c) => (c.weekday / totals.weekday + c.weekend / totals.weekend) / 2 >= 0.01)
          .map((c) => c.item)
          .sort();
        assert.deepEqual(analysis.tested.map((d) => d.item).sort(), expected);
        for (const d of analysis.tested) {
          const raw = byItem.get(d.item)!;
          assert.equal(d.weekday, raw.weekday, d.item);
          assert.equal(d.weekend, raw.weekend, d.item);
          close(d.delta, raw.weekend / totals.weekend - raw.weekday / totals.weekday);
          // 2×2 χ² without continuity correction: n(ad − bc)² / (row and column totals).
          const [a, b] = [raw.weekday, raw.weekend];
          const [c, e] = [totals.weekday - a, totals.weekend - b];
          const n = a + b + c + e;
          const chi2 = (n * (a * e - b * c) ** 2) / ((a + b) * (c + e) * (a + c) * (b + e));
          close(d.test.statistic, chi2, 1e-9);
          assert.equal(d.qualifies, Math.abs(d.delta) >= ITEM_MIN_DELTA && d.pAdjusted < 0.05);
        }
        for (const d of analysis.moreOnWeekend) assert.ok(d.delta > 0);
        for (const d of analysis.moreOnWeekdays) assert.ok(d.delta < 0);
      }
    });
  }

  it("a narrower range changes the figures", () => {
    assert.notDeepEqual(analyseVolume(full.days).days, analyseVolume(narrow.days).days);
    assert.ok(analyseVolume(narrow.days).total < analyseVolume(full.days).total);
  });
});

describe("weekday interpretations", () => {
  const days = (counts: number[]) => counts.map((recipes, i) => ({ dow: i + 1, recipes }));

  it("per-day volume: fewer at the weekend, significant, in both languages", () => {
    const v = analyseVolume(days([1000, 1000, 1000, 1000, 1000, 600, 600]));
    assert.equal(v.weekdayPerDay, 1000);
    assert.equal(v.weekendPerDay, 600);
    close(v.perDayChange, -0.4);
    assert.ok(v.byType.p < 0.001);
    assert.equal(v.byTypeEffect, "small"); // w = 0.16
    const en = volumeInterpretation(v, "en");
    assert.match(
      en,
      /^Weekend days get 40 % fewer recipes per day than weekdays \(600 against 1,000/,
    );
    assert.match(en, /statistically significant \(effect size: small\)/);
    const fr = volumeInterpretation(v, "fr");
    assert.match(fr, /40 % de recettes de moins par jour/);
    assert.match(fr, /600 contre 1\u202f000/);
    assert.match(fr, /taille d’effet : faible/);
  });

  it("per-day volume: raw totals favour weekdays, per-day volumes do not", () => {
    // 5 × 200 weekday recipes against 2 × 200 weekend recipes: equal per day, not significant.
    const v = analyseVolume(days([200, 200, 200, 200, 200, 200, 200]));
    assert.ok(v.weekdayTotal > v.weekendTotal);
    assert.equal(v.perDayChange, 0);
    assert.equal(v.byType.statistic, 0);
    const en = volumeInterpretation(v, "en");
    assert.match(en, /as many recipes per day/);
    assert.match(en, /not statistically significant/);
    assert.match(dayInterpretation(v, "en"), /do not depart significantly/);
  });

  it("per-day volume: more at the weekend, significant but negligible", () => {
    const v = analyseVolume(days([30000, 30000, 30000, 30000, 30000, 30600, 30600]));
    assert.ok(v.byType.p < 0.05);
    assert.equal(v.byTypeEffect, "negligible");
    const en = volumeInterpretation(v, "en");
    assert.match(en, /2 % more recipes per day/);
    assert.match(en, /effect size is negligible/);
    assert.match(volumeInterpretation(v, "fr"), /2 % de recettes de plus.*négligeable/);
  });

  it("sums the days of several years, in ISO order, zero for a day without any", () => {
    const perYear = [
      { year: 2004, dow: 7, recipes: 3 },
      { year: 2004, dow: 2, recipes: 5 },
      { year: 2005, dow: 2, recipes: 1 },
      { year: 2005, dow: 6, recipes: 4 },
    ];
    assert.deepEqual(
      recipesPerDay(perYear).map((d) => d.recipes),
      [0, 6, 0, 0, 0, 4, 3],
    );
    const v = analyseVolume(perYear);
    assert.equal(v.total, 13);
    assert.equal(v.weekendTotal, 7);
  });

  it("no recipe: says so, and missing days count as zero", () => {
    const v = analyseVolume([]);
    assert.equal(v.days.length, 7);
    assert.equal(v.total, 0);
    assert.ok(v.byType.warnings.includes("small-sample"));
    assert.equal(volumeInterpretation(v, "en"), "No recipe in the selected years.");
    assert.equal(dayInterpretation(v, "fr"), "Aucune recette sur les années choisies.");
  });

  it("the busiest and quietest days are named in the page's language", () => {
    const v = analyseVolume(days([10, 50, 10, 10, 10, 10, 5]));
    assert.equal(v.busiest, 2);
    assert.equal(v.quietest, 7);
    assert.match(
      dayInterpretation(v, "en"),
      /^Busiest day: Tuesday \(50 recipes\); quietest: Sunday \(5\)/,
    );
    assert.match(dayInterpretation(v, "fr"), /Mardi \(50 recettes\).*Dimanche \(5\)/);
  });

  const summary = (
    measure: string,
    weekday: Partial<GroupSummaryRow>,
    weekend: Partial<GroupSummaryRow>,
  ): GroupSummaryRow[] => [
    {
      measure,
      weekend: false,
      n: 0,
      mean: null,
      variance: null,
      median: null,
      skewness: 0,
      ...weekday,
    },
    {
      measure,
      weekend: true,
      n: 0,
      mean: null,
      variance: null,
      median: null,
      skewness: 0,
      ...weekend,
    },
  ];

  it("a tiny gap on many recipes is significant but called negligible", () => {
    const rows = summary(
      "minutes",
      { n: 140000, mean: 49.5, variance: 1600, median: 40 },
      { n: 56000, mean: 50.2, variance: 1600, median: 40 },
    );
    const c = compareMeasure(rows, "minutes");
    assert.ok(c.test.p < 0.001);
    assert.equal(c.effect, "negligible");
    close(c.difference, 0.7, 1e-9);
    const en = measureInterpretation(c, "unit.minutes", "en");
    assert.match(
      en,
      /^Weekend recipes average 0.7 minutes more than weekday recipes \(50.2 against 49.5; medians 40 and 40\)/,
    );
    assert.match(en, /but its effect size is negligible/);
    assert.match(
      measureInterpretation(c, "unit.minutes", "fr"),
      /0,7 minutes de plus.*négligeable/,
    );
  });

  it("a large gap on few recipes is not significant and flagged underpowered", () => {
    const rows = summary(
      "complexity",
      { n: 12, mean: 18, variance: 30, median: 17 },
      { n: 6, mean: 15, variance: 30, median: 14 },
    );
    const c = compareMeasure(rows, "complexity");
    assert.ok(c.test.p > 0.05);
    assert.ok(c.warnings.includes("underpowered"));
    const en = measureInterpretation(c, "unit.points", "en");
    assert.match(en, /3 points less/);
    assert.match(en, /not statistically significant/);
    assert.match(
      measureInterpretation(c, "unit.points", "fr"),
      /3 points de moins.*pas statistiquement significative/,
    );
  });

  it("heavy skew flags the t-test by Cochran's rule; an empty day type is said", () => {
    const skewed = compareMeasure(
      summary(
        "calories",
        { n: 5000, mean: 400, variance: 9e6, median: 300, skewness: 30 },
        { n: 2000, mean: 380, variance: 1e5, median: 300, skewness: 2 },
      ),
      "calories",
    );
    assert.ok(skewed.warnings.includes("non-normal")); // 5000 ≤ 25 × 30²
    const fine = compareMeasure(
      summary(
        "calories",
        { n: 5000, mean: 400, variance: 1e5, median: 300, skewness: 2 },
        { n: 2000, mean: 380, variance: 1e5, median: 300, skewness: 2 },
      ),
      "calories",
    );
    assert.ok(!fine.warnings.includes("non-normal"));
    const oneSide = compareMeasure(
      summary("minutes", { n: 10, mean: 5, variance: 1 }, {}),
      "minutes",
    );
    assert.ok(oneSide.warnings.includes("small-sample"));
    assert.match(measureInterpretation(oneSide, "unit.minutes", "en"), /nothing to compare/);
  });

  it("nutrients: BH decides significance, and the largest gap is named", () => {
    const rows = WEEKDAY_NUTRIENTS.flatMap((m, i) =>
      summary(
        m,
        { n: 50000, mean: 100, variance: 400, median: 90 },
        // calories 5 % lower at the weekend, the others nearly equal.
        { n: 20000, mean: i === 0 ? 95 : 100 + 0.02 * i, variance: 400, median: 90 },
      ),
    );
    const family = compareFamily(rows, WEEKDAY_NUTRIENTS);
    assert.equal(family.filter((c) => c.significant).length, 1);
    assert.equal(family[0].significant, true);
    const en = nutrientsInterpretation(family, "en");
    assert.match(
      en,
      /^Significant after the Benjamini–Hochberg correction: 1 of the 6 nutrients \(Calories\)/,
    );
    assert.match(en, /Calories, 5 % lower in weekend recipes \(effect size: small\)/);
    assert.match(nutrientsInterpretation(family, "fr"), /Calories, 5 % de moins/);
    const none = compareFamily(
      WEEKDAY_NUTRIENTS.flatMap((m) =>
        summary(m, { n: 100, mean: 10, variance: 4 }, { n: 40, mean: 10.1, variance: 4 }),
      ),
      WEEKDAY_NUTRIENTS,
    );
    assert.match(
      nutrientsInterpretation(none, "en"),
      /^None of the 6 nutrients differs significantly/,
    );
  });

  const item = (
    kind: ItemRow["kind"],
    name: string,
    weekday: number,
    weekend: number,
  ): ItemRow => ({
    kind,
    item: name,
    weekday,
    weekend,
  });

  it("items: strongest differences in both directions, thresholds applied", () => {
    const totals = { weekday: 100000, weekend: 40000 };
    const rows = [
      item("ingredient", "butter", 20000, 9000), // 20 % → 22.5 %: more at the weekend
      item("ingredient", "rice", 10000, 3400), // 10 % → 8.5 %: more on weekdays
      item("ingredient", "salt", 30000, 12040), // +0.1 point: below the 0.2 threshold
      item("ingredient", "saffron", 500, 260), // mean share 0.575 %: not tested
      item("tag", "easy", 50000, 20000),
    ];
    const a = analyseItems(rows, "ingredient", totals);
    assert.deepEqual(
      a.tested.map((d) => d.item),
      ["butter", "rice", "salt"],
    );
    assert.deepEqual(
      a.moreOnWeekend.map((d) => d.item),
      ["butter"],
    );
    assert.deepEqual(
      a.moreOnWeekdays.map((d) => d.item),
      ["rice"],
    );
    assert.equal(a.candidates, false);
    assert.equal(a.qualifying.length, 2);
    close(a.moreOnWeekend[0].delta, 0.025);
    const en = itemsInterpretation(a, "en");
    assert.match(
      en,
      /2 of the 3 ingredients tested, 1 more common at the weekend and 1 on weekdays/,
    );
    assert.match(en, /Largest weekend lead: butter \(\+2.5 points\)/);
    assert.match(en, /Largest weekday lead: rice \(\+1.5 points on weekdays\)/);
    assert.match(itemsInterpretation(a, "fr"), /butter \(\+2,5 points\)/);
  });

  it("items: a direction without findings shows its closest candidates, not as findings", () => {
    const totals = { weekday: 100000, weekend: 40000 };
    const rows = [
      item("ingredient", "butter", 20000, 9000), // +2.5 points, significant
      item("ingredient", "rice", 10000, 3990), // −0.025 point: below the threshold
      item("ingredient", "flour", 10000, 3900), // −0.25 point, p ≈ 0.15: not significant
    ];
    const a = analyseItems(rows, "ingredient", totals);
    assert.deepEqual(
      a.qualifying.map((d) => d.item),
      ["butter"],
    );
    assert.equal(a.candidates, false);
    assert.equal(a.weekendCandidates, false);
    assert.equal(a.weekdaysCandidates, true);
    assert.deepEqual(
      a.moreOnWeekdays.map((d) => d.item),
      ["flour", "rice"],
    );
    const en = itemsInterpretation(a, "en");
    assert.match(en, /Largest weekend lead: butter/);
    assert.match(en, /No item is significantly more common on weekdays\. Faded bars/);
    assert.doesNotMatch(en, /weekday lead/);
  });

  it("items: when none qualifies, says so and keeps the closest candidates", () => {
    const totals = { weekday: 500, weekend: 200 };
    const rows = [
      item("tag", "easy", 100, 44), // 20 % → 22 %, but far from significant on 700 recipes
      item("tag", "dinner", 60, 20),
      item("tag", "quick", 50, 20),
    ];
    const a = analyseItems(rows, "tag", totals);
    assert.equal(a.qualifying.length, 0);
    assert.equal(a.candidates, true);
    assert.deepEqual(
      a.moreOnWeekend.map((d) => d.item),
      ["easy"],
    );
    assert.deepEqual(
      a.moreOnWeekdays.map((d) => d.item),
      ["dinner"],
    );
    assert.match(itemsInterpretation(a, "en"), /^None of the 3 tags tested differs/);
    assert.match(itemsInterpretation(a, "fr"), /^Aucun des 3 tags testés ne diffère/);
    assert.match(
      itemsInterpretation(analyseItems([], "ingredient", totals), "en"),
      /^None of the ingredients reaches/,
    );
  });
});
