/**
 * The Trends page's figures, run natively on a generated sample, against independent SQL and
 * arithmetic written here straight from `recipes` (the analysis set's cleaning, the year, the
 * complexity score and the item normalisation re-derived by hand), for the whole range and a
 * narrower one; and its interpretation sentences in both languages.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DuckDBConnection } from "@duckdb/node-api";
import { openDatabase, type Database } from "../loaders/duckdb.ts";
import { computeFirstPaint } from "../loaders/analysis/exports.ts";
import { nativeRunner } from "../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../loaders/analysis/tables.ts";
import { runPageQueries, type YearRange } from "../src/analysis/query.ts";
import { analyseTrends, type TrendsAnalysis } from "../src/analysis/trends-analysis.ts";
import { fitTrend, residuals, volumeSeries, type YearValue } from "../src/analysis/trends-fits.ts";
import {
  type Wording,
  digitsFor,
  fitStatsText,
  headlineFinding,
  moversSentence,
  normalitySentence,
  shareMargin,
  topItemSentence,
  trendCautions,
  trendSentence,
  trendVerdict,
} from "../src/analysis/trends-interpret.ts";
import {
  CURVES_PER_DIRECTION,
  MINUTE_QUANTILES,
  MOVERS_PER_DIRECTION,
  TRENDS_QUERIES,
  TRENDS_TABLES,
  type TrendsResults,
  quantileColumn,
} from "../src/analysis/trends-queries.ts";
import { shapiroWilk } from "../src/analysis/stats.ts";
import { type MessageKey, type MessageValues, translate } from "../src/i18n/index.ts";
import type { Lang } from "../src/i18n/dictionary.ts";
import { ingestedSample } from "./helpers/ingest-fixtures.ts";

const close = (actual: number, expected: number, what: string, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  );

async function rows<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  const values = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return values.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
    ),
  ) as T[];
}

/** numpy's "nearest" quantile: the sorted value at p·(n − 1) rounded half to even. */
function nearest(sorted: readonly number[], p: number): number {
  const position = p * (sorted.length - 1);
  const floor = Math.floor(position);
  const rounded =
    position - floor === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(position);
  return sorted[rounded];
}

/** pandas' default (linear) quantile. */
function linear(sorted: readonly number[], p: number): number {
  const position = p * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}

interface CleanRecipe {
  recipe_id: number;
  year: number;
  minutes: number;
  n_steps: number;
  n_ingredients: number;
  calories: number;
  carbohydrates_pdv: number;
  total_fat_pdv: number;
  protein_pdv: number;
  tags: string[];
  ingredients: string[];
}

/**
 * The analysis set re-derived from `recipes` in the test's own way: first row per id, 1–180 minutes,
 * steps and ingredients within their nearest-rank 2.5–97.5 % quantiles (computed here in JS), calories
 * present and at least one ingredient; items lower-cased, trimmed, empty ones dropped, once per recipe.
 */
async function cleanRecipes(connection: DuckDBConnection): Promise<CleanRecipe[]> {
  const raw = await rows<
    Omit<CleanRecipe, "year" | "tags" | "ingredients"> & {
      submitted: Date | null;
      tags: (string | null)[] | null;
      ingredients: (string | null)[] | null;
    }
  >(
    connection,
    `SELECT recipe_id, minutes, n_steps, n_ingredients, submitted, calories, carbohydrates_pdv,
            total_fat_pdv, protein_pdv, tags, ingredients
     FROM recipes ORDER BY rowid`,
  );
  const seen = new Set<number>();
  const kept = raw.filter((r) => {
    if (seen.has(r.recipe_id)) return false;
    seen.add(r.recipe_id);
    return r.minutes >= 1 && r.minutes <= 180;
  });
  const bounds = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [nearest(sorted, 0.025), nearest(sorted, 0.975)];
  };
  const [stepsMin, stepsMax] = bounds(kept.map((r) => r.n_steps));
  const [ingMin, ingMax] = bounds(kept.map((r) => r.n_ingredients));
  const normalise = (items: (string | null)[] | null) => [
    ...new Set(
      (items ?? []).map((s) => (s ?? "").toLowerCase().trim()).filter((s) => s.length > 0),
    ),
  ];
  return kept
    .filter(
      (r) =>
        r.n_steps >= stepsMin &&
        r.n_steps <= stepsMax &&
        r.n_ingredients >= ingMin &&
        r.n_ingredients <= ingMax &&
        r.calories !== null &&
        (r.ingredients?.length ?? 0) > 0 &&
        r.submitted !== null,
    )
    .map((r) => ({
      ...r,
      year: (r.submitted as Date).getUTCFullYear(),
      tags: normalise(r.tags),
      ingredients: normalise(r.ingredients),
    }));
}

const inRange = (recipes: CleanRecipe[], { from, to }: YearRange) =>
  recipes.filter((r) => r.year >= from && r.year <= to);

const byYear = (recipes: CleanRecipe[]) => {
  const groups = new Map<number, CleanRecipe[]>();
  for (const r of recipes) groups.set(r.year, [...(groups.get(r.year) ?? []), r]);
  return new Map([...groups].sort((a, b) => a[0] - b[0]));
};

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** Closed-form weighted least squares: slope, intercept and weighted R². */
function wls(points: { x: number; y: number; w: number }[]) {
  const sw = points.reduce((s, p) => s + p.w, 0);
  const xm = points.reduce((s, p) => s + p.w * p.x, 0) / sw;
  const ym = points.reduce((s, p) => s + p.w * p.y, 0) / sw;
  const sxy = points.reduce((s, p) => s + p.w * (p.x - xm) * (p.y - ym), 0);
  const sxx = points.reduce((s, p) => s + p.w * (p.x - xm) ** 2, 0);
  const syy = points.reduce((s, p) => s + p.w * (p.y - ym) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: ym - slope * xm, r2: (sxy * sxy) / (sxx * syy) };
}

const kindItems = (r: CleanRecipe, kind: "ingredient" | "tag") =>
  kind === "tag" ? r.tags : r.ingredients;

/** Share of each item among the recipes (recipes containing it / recipes). */
function shares(recipes: CleanRecipe[], kind: "ingredient" | "tag"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of recipes)
    for (const item of kindItems(r, kind)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return new Map([...counts].map(([item, n]) => [item, n / recipes.length]));
}

describe("Trends page data", { timeout: 300_000 }, () => {
  let db: Database;
  let clean: CleanRecipe[];
  let full: TrendsResults;
  let fullRange: YearRange;
  const narrow: YearRange = { from: 2004, to: 2009 };
  let narrowResults: TrendsResults;

  before(async () => {
    const dbPath = await ingestedSample({ recipes: 3_000, interactions: 3_000, seed: 11 });
    const first = await computeFirstPaint(TRENDS_QUERIES, TRENDS_TABLES, dbPath);
    full = first.results;
    fullRange = first.range;
    db = await openDatabase(dbPath, { readOnly: true });
    await createAnalysisTables(db.connection, TRENDS_TABLES);
    narrowResults = await runPageQueries(nativeRunner(db.connection), TRENDS_QUERIES, narrow);
    clean = await cleanRecipes(db.connection);
  });

  after(() => db?.close());

  const ranges = () =>
    [
      ["full range", fullRange, full],
      ["2004–2009", narrow, narrowResults],
    ] as const;

  it("the sample spans many years, some with few recipes", () => {
    assert.ok(fullRange.to - fullRange.from >= 15, `${fullRange.from}–${fullRange.to}`);
    assert.equal(
      full.yearly.reduce((s, d) => s + d.recipes, 0),
      clean.length,
      "the page's recipes are the independently cleaned set",
    );
    assert.ok(
      full.yearly.some((d) => d.recipes < 30),
      "a year with few recipes",
    );
  });

  it("volume: recipes per year and the equal-weight line", () => {
    for (const [name, range, results] of ranges()) {
      const years = byYear(inRange(clean, range));
      assert.deepEqual(
        results.yearly.map((d) => [d.year, d.recipes]),
        [...years].map(([year, list]) => [year, list.length]),
        name,
      );
      const analysis = analyseTrends(results, range);
      // Every year of the range counts once, a year without recipes as 0.
      const points = Array.from({ length: range.to - range.from + 1 }, (_, i) => ({
        x: range.from + i,
        y: years.get(range.from + i)?.length ?? 0,
        w: 1,
      }));
      const expected = wls(points);
      const fit = analysis.volume.trend.fit!;
      assert.equal(fit.n, points.length, name);
      close(fit.slope, expected.slope, `${name} volume slope`);
      close(fit.r2, expected.r2, `${name} volume R²`);
      // The normality view tests the same counts and residuals.
      close(
        analysis.volume.normality.countsTest!.statistic,
        shapiroWilk(points.map((p) => p.y)).statistic,
        `${name} Shapiro–Wilk W of the counts`,
      );
      const resid = points.map((p) => p.y - (expected.intercept + expected.slope * p.x));
      close(
        analysis.volume.normality.residualsTest!.statistic,
        shapiroWilk(resid).statistic,
        `${name} Shapiro–Wilk W of the residuals`,
        1e-6,
      );
    }
  });

  it("preparation time: mean, every quantile, and the recipe-weighted fit of the mean", () => {
    for (const [name, range, results] of ranges()) {
      const years = byYear(inRange(clean, range));
      for (const row of results.yearly) {
        const minutes = years
          .get(row.year)!
          .map((r) => r.minutes)
          .sort((a, b) => a - b);
        close(row.minutes_mean, mean(minutes), `${name} ${row.year} mean`);
        for (const q of MINUTE_QUANTILES)
          close(row[quantileColumn(q)], linear(minutes, q / 100), `${name} ${row.year} Q${q}`);
      }
      const expected = wls(
        [...years].map(([year, list]) => ({
          x: year,
          y: mean(list.map((r) => r.minutes)),
          w: list.length,
        })),
      );
      const fit = analyseTrends(results, range).minutes.trend.fit!;
      close(fit.slope, expected.slope, `${name} minutes slope`);
      close(fit.r2, expected.r2, `${name} minutes R²`);
    }
  });

  it("complexity, steps, ingredients and nutrients: yearly means and fits", () => {
    const measures = {
      complexity: (r: CleanRecipe) => Math.log(1 + r.minutes) + r.n_steps + 0.5 * r.n_ingredients,
      n_steps: (r: CleanRecipe) => r.n_steps,
      n_ingredients: (r: CleanRecipe) => r.n_ingredients,
      calories: (r: CleanRecipe) => r.calories,
      carbohydrates_pdv: (r: CleanRecipe) => r.carbohydrates_pdv,
      total_fat_pdv: (r: CleanRecipe) => r.total_fat_pdv,
      protein_pdv: (r: CleanRecipe) => r.protein_pdv,
    } as const;
    for (const [name, range, results] of ranges()) {
      const years = byYear(inRange(clean, range));
      const analysis: TrendsAnalysis = analyseTrends(results, range);
      for (const [measure, value] of Object.entries(measures) as [
        keyof typeof measures,
        (r: CleanRecipe) => number,
      ][]) {
        for (const row of results.yearly)
          close(
            row[`${measure}_mean`],
            mean(years.get(row.year)!.map(value)),
            `${name} ${row.year} ${measure}`,
          );
        const expected = wls(
          [...years].map(([year, list]) => ({ x: year, y: mean(list.map(value)), w: list.length })),
        );
        const trend =
          measure in analysis.size
            ? analysis.size[measure as keyof TrendsAnalysis["size"]].trend
            : analysis.nutrition[measure as keyof TrendsAnalysis["nutrition"]].trend;
        close(trend.fit!.slope, expected.slope, `${name} ${measure} slope`, 1e-8);
      }
    }
  });

  it("items: the most frequent, as shares of the range's recipes", () => {
    for (const [name, range, results] of ranges()) {
      const recipes = inRange(clean, range);
      for (const kind of ["ingredient", "tag"] as const) {
        const expected = [...shares(recipes, kind)]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, 10);
        const top = results.topItems.filter((d) => d.kind === kind);
        assert.deepEqual(
          top.map((d) => d.item),
          expected.map(([item]) => item),
          `${name} ${kind}`,
        );
        for (const [i, d] of top.entries())
          close(d.share, expected[i][1], `${name} ${kind} ${d.item} share`);
      }
    }
  });

  it("items: movers between the first and last year, and their yearly curves", () => {
    for (const [name, range, results] of ranges()) {
      const years = byYear(inRange(clean, range));
      const yearList = [...years.keys()];
      const [first, last] = [yearList[0], yearList[yearList.length - 1]];
      for (const kind of ["ingredient", "tag"] as const) {
        const a = shares(years.get(first)!, kind);
        const b = shares(years.get(last)!, kind);
        const change = (item: string) => (b.get(item) ?? 0) - (a.get(item) ?? 0);
        const movers = results.movers.filter((d) => d.kind === kind);
        assert.ok(movers.length > 0, `${name} ${kind} has movers`);
        for (const d of movers) {
          assert.equal(d.first_year, first);
          assert.equal(d.last_year, last);
          close(d.share_first, a.get(d.item) ?? 0, `${name} ${d.item} first share`);
          close(d.share_last, b.get(d.item) ?? 0, `${name} ${d.item} last share`);
          close(d.change, change(d.item), `${name} ${d.item} change`);
          assert.equal(Math.sign(d.change), d.direction === "increase" ? 1 : -1);
        }
        for (const direction of ["increase", "decrease"] as const) {
          const list = movers.filter((d) => d.direction === direction);
          assert.ok(list.length <= MOVERS_PER_DIRECTION);
          assert.deepEqual(
            list.map((d) => d.rank),
            list.map((_, i) => i + 1),
          );
          // The largest change over EVERY item (not only the shipped ones) heads the list whenever
          // it exceeds 1 point, since such an item is shipped (≥ 1 % in one of the two years).
          const all = [...new Set([...a.keys(), ...b.keys()])].map(change);
          const extreme = direction === "increase" ? Math.max(...all) : Math.min(...all);
          if (Math.abs(extreme) > 0.01) close(list[0].change, extreme, `${name} ${direction}`);
        }
        const curves = results.moverShares.filter((d) => d.kind === kind);
        const drawn = new Set(curves.map((d) => d.item));
        assert.equal(
          drawn.size,
          movers.filter((d) => d.rank <= CURVES_PER_DIRECTION).length,
          `${name} ${kind} curves`,
        );
        for (const d of curves) {
          const list = years.get(d.year)!;
          const n = list.filter((r) => kindItems(r, kind).includes(d.item)).length;
          assert.equal(d.item_recipes, n, `${name} ${d.item} ${d.year}`);
          assert.equal(d.recipes, list.length);
          close(d.share, n / list.length, `${name} ${d.item} ${d.year} share`);
        }
        assert.equal(curves.length, drawn.size * yearList.length, "one point per year and item");
      }
    }
  });

  it("items: diversity per year over every item", () => {
    for (const [name, range, results] of ranges()) {
      const years = byYear(inRange(clean, range));
      for (const kind of ["ingredient", "tag"] as const) {
        const rowsOfKind = results.diversity.filter((d) => d.kind === kind);
        assert.deepEqual(
          rowsOfKind.map((d) => d.year),
          [...years.keys()],
        );
        for (const row of rowsOfKind) {
          const list = years.get(row.year)!;
          const counts = new Map<string, number>();
          for (const r of list)
            for (const item of kindItems(r, kind)) counts.set(item, (counts.get(item) ?? 0) + 1);
          const total = [...counts.values()].reduce((s, n) => s + n, 0);
          const entropy = -[...counts.values()].reduce(
            (s, n) => s + (n / total) * Math.log(n / total),
            0,
          );
          assert.equal(row.distinct_items, counts.size, `${name} ${kind} ${row.year}`);
          assert.equal(row.recipes, list.length);
          close(row.entropy, entropy, `${name} ${kind} ${row.year} entropy`);
        }
      }
    }
  });

  it("a one-year range has no movers and no fit, and says so", () => {
    const year = full.yearly[Math.floor(full.yearly.length / 2)].year;
    return runPageQueries(nativeRunner(db.connection), TRENDS_QUERIES, {
      from: year,
      to: year,
    }).then((results) => {
      assert.deepEqual(results.movers, []);
      assert.deepEqual(results.moverShares, []);
      const analysis = analyseTrends(results, { from: year, to: year });
      assert.equal(trendVerdict(analysis.volume.trend), "too-few");
      assert.equal(trendVerdict(analysis.minutes.trend), "too-few");
      assert.match(
        moversSentence(wordingFor("en"), results.movers, analysis.yearRecipes),
        /two years/,
      );
    });
  });
});

/** The page's wording in a given language (the page itself uses the reader's). */
function wordingFor(lang: Lang): Wording {
  const locale = lang === "fr" ? "fr-FR" : "en-US";
  const fmt = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
  return {
    t: (key: MessageKey, values?: MessageValues) => translate(lang, key, values),
    number: (n, digits = 2) => fmt({ maximumFractionDigits: digits }).format(n),
    fixed: (n, digits) =>
      fmt({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    p: (p) =>
      p < 0.001
        ? `< ${fmt({ minimumFractionDigits: 3 }).format(0.001)}`
        : fmt({ maximumSignificantDigits: 2 }).format(p),
    percent: (share) =>
      fmt({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share),
  };
}

/** A series y = a + b·year + noise, with the given recipes per year. */
function series(slope: number, noise: number[], recipes = 100): YearValue[] {
  return noise.map((e, i) => ({ year: 2000 + i, value: 50 + slope * i + e, recipes }));
}
const NOISE = [0.3, -0.5, 0.2, 0.6, -0.4, -0.1, 0.5, -0.6, 0.1, -0.2];
const subject = { subject: "Recipe volume", unit: "recipes" };

describe("Trends interpretations", () => {
  const en = wordingFor("en");
  const fr = wordingFor("fr");

  it("says 'increases' / 'decreases' for a significant slope, with R², p and n", () => {
    const up = fitTrend(series(12, NOISE), "recipes");
    assert.equal(trendVerdict(up), "increase");
    const text = trendSentence(en, up, subject);
    assert.match(
      text,
      /^Recipe volume increases by 12(\.\d+)? recipes per year \(weighted R² \d\.\d\d, p < 0\.001, n = 10 years\)\.$/,
    );
    const down = fitTrend(
      series(
        -1234,
        NOISE.map((e) => e * 100),
      ),
      "equal",
    );
    assert.equal(trendVerdict(down), "decrease");
    assert.match(trendSentence(en, down, subject), /decreases by 1,23\d recipes per year \(R² /);
    assert.match(
      trendSentence(fr, down, { subject: "Le nombre de recettes", unit: "recettes" }),
      /^Le nombre de recettes diminue de 1\u202f23\d recettes par an \(R² \d,\d\d, p < 0,001, n = 10 ans\)\.$/,
    );
  });

  it("says 'not significant' when p ≥ 0.05, giving the signed slope", () => {
    const flat = fitTrend(series(0.01, NOISE), "recipes");
    assert.ok(flat.fit!.p >= 0.05);
    assert.equal(trendVerdict(flat), "flat");
    const text = trendSentence(en, flat, subject);
    assert.match(text, /shows no significant trend: -?0\.0\d+ recipes per year, not significant/);
    assert.match(text, /p = 0\.\d+, n = 10 years/);
    assert.match(
      trendSentence(fr, flat, subject),
      /ne montre pas de tendance significative.*non significatif.*n = 10 ans/,
    );
  });

  it("warns when fewer than 3 years or the values do not vary", () => {
    const two = fitTrend(series(5, [0, 1]), "recipes");
    assert.equal(trendVerdict(two), "too-few");
    assert.match(trendSentence(en, two, subject), /too few years.*n = 2/);
    assert.match(trendSentence(fr, two, subject), /trop peu d’années.*n = 2/);
    const constant = fitTrend(series(0, [0, 0, 0, 0]), "recipes");
    assert.equal(trendVerdict(constant), "degenerate");
    assert.match(trendSentence(en, constant, subject), /do not vary over the 4 years/);
    assert.deepEqual(constant.fit!.warnings, ["constant-data"]);
    assert.equal(trendVerdict(fitTrend([], "recipes")), "no-data");
  });

  it("cautions about fits on few years or few recipes", () => {
    assert.deepEqual(trendCautions(en, fitTrend(series(12, NOISE), "recipes")), []);
    const three = fitTrend(series(2, [0.1, -0.3, 0.2], 20), "recipes");
    assert.deepEqual(trendCautions(en, three), [
      "Only 3 years: a line through so few points is fragile, whatever its p-value.",
      "Only 60 recipes behind these 3 yearly values: each value is noisy, read the trend with care.",
    ]);
    // Equal weights (the volume) do not rest on recipes per value.
    assert.equal(trendCautions(fr, fitTrend(series(2, [0.1, -0.3, 0.2], 20), "equal")).length, 1);
    const constant = trendCautions(fr, fitTrend(series(0, [0, 0, 0, 0, 0, 0]), "recipes"));
    assert.deepEqual(constant, [translate("fr", "warning.constant-data")]);
    assert.deepEqual(trendCautions(en, fitTrend(series(1, [0, 1]), "recipes")), [
      translate("en", "warning.small-sample"),
    ]);
  });

  it("states the fit's figures in the stats line, weights included", () => {
    const up = fitTrend(series(12, NOISE, 50), "recipes");
    const text = fitStatsText(en, up, "minutes");
    assert.match(text, /^Slope 12(\.\d+)? minutes\/year \(95 % CI 1\d(\.\d+)? to 1\d(\.\d+)?\)/);
    assert.match(text, /n = 10 years \(df 8\) · weights = the recipes of each year \(500 in all\)/);
    assert.match(fitStatsText(fr, up, "minutes"), /Pente 12(,\d+)? minutes\/an .*ddl 8/);
  });

  it("fills the years without recipes with 0 for the volume, and fits every year once", () => {
    const counts = volumeSeries(
      [
        { year: 2001, recipes: 5 },
        { year: 2003, recipes: 9 },
      ],
      { from: 2000, to: 2004 },
    );
    assert.deepEqual(
      counts.map((d) => d.value),
      [0, 5, 0, 9, 0],
    );
    const trend = fitTrend(counts, "equal");
    assert.equal(trend.fit!.n, 5);
    assert.equal(residuals(counts, trend).length, 5);
    assert.equal(fitTrend(counts, "recipes").fit!.n, 2, "weights = recipes leave empty years out");
  });

  it("reads normality from the residuals' test", () => {
    const skewed = [1, 1, 1, 2, 2, 3, 50, 1, 2, 1, 2, 1];
    const normalish = [-1.2, 0.3, 0.8, -0.4, 0.1, 1.5, -0.9, 0.2, -0.1, 0.6, -0.5, 0.05];
    const text = normalitySentence(en, shapiroWilk(skewed), shapiroWilk(normalish));
    assert.match(
      text,
      /^Yearly counts: Shapiro–Wilk W = 0\.\d+, p < 0\.001, n = 12, normality rejected/,
    );
    assert.match(
      text,
      /Residuals of the line: W = 0\.9\d+, p = [\d.]+, n = 12, normality not rejected/,
    );
    assert.match(
      normalitySentence(fr, shapiroWilk(normalish), shapiroWilk(skewed)),
      /Effectifs annuels : .*normalité non rejetée.*Résidus de la droite : .*normalité rejetée/,
    );
    assert.match(normalitySentence(en, null, shapiroWilk([1, 2])), /not computed \(n = 2/);
  });

  it("names the top item and the movers from the rows", () => {
    const top = [{ kind: "tag" as const, item: "easy", rank: 1, recipes: 120, share: 0.6 }];
    assert.equal(
      topItemSentence(en, top, "tags", 200, { from: 2001, to: 2003 }),
      "Most frequent of the tags: easy, in 60.0% of the 200 recipes of 2001–2003.",
    );
    assert.equal(
      topItemSentence(fr, top, "tags", 2000, { from: 2001, to: 2003 }),
      "Le plus fréquent des tags : easy, dans 60,0\u00a0% des 2\u202f000 recettes de 2001–2003.",
    );
    const mover = (item: string, direction: "increase" | "decrease", a: number, b: number) => ({
      kind: "tag" as const,
      item,
      direction,
      rank: 1,
      first_year: 2001,
      last_year: 2003,
      share_first: a,
      share_last: b,
      change: b - a,
    });
    const recipes = new Map([
      [2001, 40],
      [2003, 1500],
    ]);
    const both = moversSentence(
      en,
      [mover("vegan", "increase", 0.1, 0.25), mover("lard", "decrease", 0.3, 0.2)],
      recipes,
    );
    assert.equal(
      both,
      "From 2001 (40 recipes) to 2003 (1,500 recipes): the largest increase is vegan, from 10.0% to 25.0% of the recipes (+15 points); the largest decrease is lard, from 30.0% to 20.0% (−10 points). " +
        "With these years' recipes, a share is measured to within ±15.5 points in 2001 and ±2.5 points in 2003 at most (95 %): smaller changes may be noise.",
    );
    close(shareMargin(40), 1.96 * Math.sqrt(0.25 / 40), "margin");
    assert.match(
      moversSentence(fr, [mover("lard", "decrease", 0.3, 0.2)], recipes),
      /^De 2001 \(40 recettes\) à 2003 \(1\u202f500 recettes\) : la plus forte baisse est celle de lard, de 30,0\u00a0% à 20,0\u00a0% \(−10 points\)\. Avec les recettes de ces années, une part est mesurée à ±15,5 points près en 2001/,
    );
  });

  it("gives the Overview card's finding: the peak year, then the volume trend", () => {
    const counts = volumeSeries(
      [
        { year: 2001, recipes: 10 },
        { year: 2002, recipes: 900 },
        { year: 2003, recipes: 400 },
        { year: 2004, recipes: 30 },
      ],
      { from: 2000, to: 2004 },
    );
    const trend = fitTrend(counts, "equal");
    assert.equal(
      headlineFinding(en, counts, trend),
      `Submissions peaked in 2002 with 900 analysis recipes. ${trendSentence(en, trend, subject)}`,
    );
    assert.match(
      headlineFinding(fr, counts, trend),
      /^Les publications culminent en 2002 avec 900 recettes analysées\. Le nombre de recettes ne montre pas de tendance significative/,
    );
    const empty = volumeSeries([], { from: 2000, to: 2002 });
    assert.match(
      headlineFinding(en, empty, fitTrend(empty, "equal")),
      /^Recipe volume: the values do not vary/,
    );
  });

  it("shows about three significant digits", () => {
    assert.deepEqual([1234, 56.7, 1.5, 0.0123, 0].map(digitsFor), [0, 1, 2, 4, 0]);
  });
});
