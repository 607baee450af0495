/**
 * The Ratings page's figures, run natively on a generated sample, against independent SQL written
 * here straight from `interactions` (review year, season and day re-derived by hand), for the whole
 * range and a narrower one; and its interpretation sentences in both languages.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DuckDBConnection } from "@duckdb/node-api";
import { openDatabase, queryJson, type Database } from "../loaders/duckdb.ts";
import { computeFirstPaint } from "../loaders/analysis/exports.ts";
import { nativeRunner } from "../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../loaders/analysis/tables.ts";
import { runPageQueries, type YearRange } from "../src/analysis/query.ts";
import {
  MANY_RATINGS_BIN,
  MIN_MONTH_RATINGS,
  PRIOR_WEIGHT_QUANTILE,
  TOP_COUNT,
  TOP_MIN_RATINGS,
} from "../src/analysis/ratings-definitions.ts";
import {
  type Speaker,
  biasSentence,
  distributionSentence,
  monthlySentence,
  seasonSentence,
  verdict,
  weekendSentence,
} from "../src/analysis/ratings-interpret.ts";
import {
  type GroupStats,
  type MonthlyTrend,
  type RatingsResults,
  type SeasonTests,
  SEASONS,
  biasContrast,
  completeGroups,
  groupStats,
  meanTestWarnings,
  monthlyTrend,
  perRating,
  ratingDistribution,
  seasonTests,
  weekendTest,
} from "../src/analysis/ratings-measures.ts";
import { RATINGS_QUERIES, RATINGS_TABLES } from "../src/analysis/ratings-queries.ts";
import type { WeightedLinearFitResult, WelchTTestResult } from "../src/analysis/stats.ts";
import { type MessageKey, type MessageValues, translate } from "../src/i18n/index.ts";
import type { Lang } from "../src/i18n/dictionary.ts";
import { ingestedSample } from "./helpers/ingest-fixtures.ts";

const close = (actual: number, expected: number, tolerance = 1e-9, what = "") =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  );

async function rows<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
}

/** Independent figures, from `interactions` only; the year range is a WHERE on year(date). */
async function independent(connection: DuckDBConnection, { from, to }: YearRange) {
  const where = `date IS NOT NULL AND year(date) BETWEEN ${from} AND ${to}`;
  const [overall] = await rows<{
    reviews: number;
    ratings: number;
    unrated: number;
    mean: number;
    five: number;
    low: number;
  }>(
    connection,
    `SELECT count(*)::INTEGER AS reviews, count(rating)::INTEGER AS ratings,
            count(*) FILTER (rating IS NULL)::INTEGER AS unrated, avg(rating)::DOUBLE AS mean,
            count(*) FILTER (rating = 5)::INTEGER AS five, count(*) FILTER (rating <= 2)::INTEGER AS low
     FROM interactions WHERE ${where}`,
  );
  const perRecipe = `SELECT recipe_id, count(rating) AS n, sum(rating) AS s
                     FROM interactions WHERE ${where} AND rating IS NOT NULL GROUP BY recipe_id`;
  const [recipes] = await rows<{
    single: number;
    singlePerfect: number;
    many: number;
    manyPerfect: number;
  }>(
    connection,
    `SELECT count(*) FILTER (n = 1)::INTEGER AS single,
            count(*) FILTER (n = 1 AND s = 5)::INTEGER AS singlePerfect,
            count(*) FILTER (n >= ${2 ** MANY_RATINGS_BIN})::INTEGER AS many,
            count(*) FILTER (n >= ${2 ** MANY_RATINGS_BIN} AND s = 5 * n)::INTEGER AS manyPerfect
     FROM (${perRecipe})`,
  );
  const counts = (
    await rows<{ n: number }>(connection, `SELECT n::INTEGER AS n FROM (${perRecipe}) ORDER BY n`)
  ).map((r) => r.n);
  // Nearest rank: the ⌈q·N⌉-th smallest number of ratings per rated recipe.
  const c = counts[Math.ceil(PRIOR_WEIGHT_QUANTILE * counts.length) - 1];
  const top = await rows<{ recipe_id: number; n: number; bayes: number }>(
    connection,
    `SELECT recipe_id::INTEGER AS recipe_id, n::INTEGER AS n,
            ((${c} * ${overall.mean} + s) / (${c} + n))::DOUBLE AS bayes
     FROM (${perRecipe}) WHERE n >= ${TOP_MIN_RATINGS}
     ORDER BY bayes DESC, n DESC, recipe_id LIMIT ${TOP_COUNT}`,
  );
  const months = await rows<{ x: number; n: number; mean: number }>(
    connection,
    `SELECT (year(date) + (month(date) - 0.5) / 12)::DOUBLE AS x, count(rating)::INTEGER AS n,
            avg(rating)::DOUBLE AS mean
     FROM interactions WHERE ${where} GROUP BY year(date), month(date)
     HAVING count(rating) >= ${MIN_MONTH_RATINGS}`,
  );
  // Weighted least-squares slope with weights √n, straight from its definition.
  const [wls] = await rows<{ slope: number | null }>(
    connection,
    `WITH m AS (SELECT x, mean AS y, sqrt(n) AS w FROM (${monthsSql(where)})),
          c AS (SELECT sum(w * x) / sum(w) AS xm, sum(w * y) / sum(w) AS ym FROM m)
     SELECT (sum(w * (x - xm) * (y - ym)) / sum(w * (x - xm) * (x - xm)))::DOUBLE AS slope FROM m, c`,
  );
  // One-way ANOVA by season (December–February = winter …), from the raw ratings.
  const season =
    "CASE WHEN month(date) IN (12, 1, 2) THEN 0 WHEN month(date) <= 5 THEN 1 WHEN month(date) <= 8 THEN 2 ELSE 3 END";
  const [anova] = await rows<{ f: number; eta: number }>(
    connection,
    `WITH g AS (SELECT ${season} AS season, count(rating) AS n, avg(rating) AS mean, var_samp(rating) AS v
                FROM interactions WHERE ${where} AND rating IS NOT NULL GROUP BY season),
          t AS (SELECT sum(n * mean) / sum(n) AS grand, sum(n) AS total, count(*) AS k FROM g),
          ss AS (SELECT sum(n * (mean - grand) ^ 2) AS ssb, sum((n - 1) * coalesce(v, 0)) AS ssw,
                        any_value(total) AS total, any_value(k) AS k FROM g, t)
     SELECT ((ssb / (k - 1)) / (ssw / (total - k)))::DOUBLE AS f, (ssb / (ssb + ssw))::DOUBLE AS eta FROM ss`,
  );
  // Kruskal–Wallis H with midranks over the pooled ratings, tie-corrected.
  const [kw] = await rows<{ h: number }>(
    connection,
    `WITH r AS (SELECT ${season} AS season, rating FROM interactions WHERE ${where} AND rating IS NOT NULL),
          ranked AS (SELECT season, rank() OVER (ORDER BY rating) + (count(*) OVER (PARTITION BY rating) - 1) / 2 AS mr FROM r),
          g AS (SELECT sum(mr) AS rs, count(*) AS n FROM ranked GROUP BY season),
          ties AS (SELECT sum(t ^ 3 - t) AS tt FROM (SELECT count(*) AS t FROM r GROUP BY rating)),
          total AS (SELECT count(*) AS big FROM r)
     SELECT (((12 / (big * (big + 1))) * sum(rs * rs / n) - 3 * (big + 1)) / (1 - any_value(tt) / (big ^ 3 - big)))::DOUBLE AS h
     FROM g, ties, total GROUP BY big`,
  );
  // Welch's t and Cohen's d of weekend (Saturday, Sunday) against weekday ratings.
  const [welch] = await rows<{ t: number; d: number; nEnd: number; nDay: number }>(
    connection,
    `WITH g AS (SELECT dayofweek(date) IN (0, 6) AS weekend, count(rating) AS n, avg(rating) AS m,
                       var_samp(rating) AS v
                FROM interactions WHERE ${where} AND rating IS NOT NULL GROUP BY weekend),
          a AS (SELECT * FROM g WHERE weekend), b AS (SELECT * FROM g WHERE NOT weekend)
     SELECT ((a.m - b.m) / sqrt(a.v / a.n + b.v / b.n))::DOUBLE AS t,
            ((a.m - b.m) / sqrt(((a.n - 1) * a.v + (b.n - 1) * b.v) / (a.n + b.n - 2)))::DOUBLE AS d,
            a.n::INTEGER AS nEnd, b.n::INTEGER AS nDay
     FROM a, b`,
  );
  return { overall, recipes, c, top, months, wls, anova, kw, welch };
}

const monthsSql = (where: string) =>
  `SELECT (year(date) + (month(date) - 0.5) / 12) AS x, count(rating) AS n, avg(rating) AS mean
   FROM interactions WHERE ${where} GROUP BY year(date), month(date)
   HAVING count(rating) >= ${MIN_MONTH_RATINGS}`;

describe("Ratings page data", { timeout: 300_000 }, () => {
  let dbPath: string;
  let db: Database;
  let full: RatingsResults;
  let fullRange: YearRange;
  const narrow: YearRange = { from: 2005, to: 2009 };
  let narrowResults: RatingsResults;

  before(async () => {
    dbPath = await ingestedSample({ recipes: 3_000, interactions: 40_000, seed: 5 });
    const first = await computeFirstPaint(RATINGS_QUERIES, RATINGS_TABLES, dbPath);
    full = first.results;
    fullRange = first.range;
    db = await openDatabase(dbPath, { readOnly: true });
    await createAnalysisTables(db.connection, RATINGS_TABLES);
    narrowResults = await runPageQueries(nativeRunner(db.connection), RATINGS_QUERIES, narrow);
  });

  after(() => db?.close());

  const ranges = () =>
    [
      ["full range", fullRange, full],
      ["2005–2009", narrow, narrowResults],
    ] as const;

  it("distribution: counts, mean over 1–5 only, and the share without a rating", async () => {
    for (const [name, range, results] of ranges()) {
      const { overall } = await independent(db.connection, range);
      const d = ratingDistribution(results.distribution);
      assert.ok(overall.unrated > 0 && overall.ratings > 0, `${name}: both kinds of review exist`);
      assert.equal(d.reviews, overall.reviews, name);
      assert.equal(d.ratings, overall.ratings, name);
      assert.equal(d.unrated, overall.unrated, name);
      close(d.mean, overall.mean, 1e-12, `${name} mean`);
      close(d.fiveShare, overall.five / overall.ratings, 1e-12, `${name} 5★`);
      close(d.lowShare, overall.low / overall.ratings, 1e-12, `${name} ≤2★`);
      close(d.unratedShare, overall.unrated / overall.reviews, 1e-12, `${name} unrated`);
    }
  });

  it("positive bias: recipes per bin, single-rating and many-rating recipes", async () => {
    for (const [name, range, results] of ranges()) {
      const { recipes } = await independent(db.connection, range);
      const contrast = biasContrast(results.recipeBins, MANY_RATINGS_BIN);
      assert.equal(contrast.single.recipes, recipes.single, name);
      close(contrast.single.perfectShare, recipes.singlePerfect / recipes.single, 1e-12, name);
      assert.equal(contrast.many.recipes, recipes.many, name);
      const cells = results.recipeCells.reduce((s, c) => s + c.recipes, 0);
      const bins = results.recipeBins.reduce((s, b) => s + b.recipes, 0);
      assert.equal(cells, bins, `${name}: the heatmap holds every rated recipe once`);
      assert.equal(bins, results.prior[0].recipes, name);
    }
  });

  it("top list: Bayesian means with the stated C and m, every recipe named", async () => {
    for (const [name, range, results] of ranges()) {
      const { overall, c, top } = await independent(db.connection, range);
      const [prior] = results.prior;
      assert.equal(prior.c, c, `${name}: C`);
      close(prior.m!, overall.mean, 1e-12, `${name}: m`);
      assert.ok(top.length > 0, `${name}: some recipe has ${TOP_MIN_RATINGS} ratings`);
      assert.deepEqual(
        results.topRecipes.map((r) => r.recipe_id),
        top.map((r) => r.recipe_id),
        name,
      );
      results.topRecipes.forEach((r, i) => close(r.bayes_mean, top[i].bayes, 1e-12, name));
      for (const r of results.topRecipes) assert.ok(r.name, `${name}: recipe ${r.recipe_id} named`);
    }
  });

  it("rated_recipes names the top list of every single year", async () => {
    let checked = 0;
    for (let year = fullRange.from; year <= fullRange.to; year++) {
      const results = await runPageQueries(nativeRunner(db.connection), RATINGS_QUERIES, {
        from: year,
        to: year,
      });
      const ids = results.topRecipes.map((r) => r.recipe_id);
      if (ids.length === 0) continue;
      const [{ named }] = await queryJson<{ named: number }>(
        db.connection,
        `SELECT count(*)::INTEGER AS named FROM rated_recipes WHERE recipe_id IN (${ids.join(", ")})`,
      );
      assert.equal(named, ids.length, `${year}`);
      checked++;
    }
    assert.ok(checked > 3, "several years have a top list");
  });

  it("recipe_rating_spans, rated_recipes and recipe_ratings' years: every recipe's totals", async () => {
    // Independent of the tables' SQL: each rated recipe's years and totals from the reviews.
    const per = `SELECT recipe_id, min(year(date)) AS first_year, max(year(date)) AS last_year,
                        count(*) AS ratings, sum(rating) AS rating_sum
                 FROM interactions WHERE rating IS NOT NULL AND date IS NOT NULL GROUP BY recipe_id`;
    const differences = async (sql: string) =>
      (
        await queryJson<{ n: number }>(db.connection, `SELECT count(*)::INTEGER AS n FROM (${sql})`)
      )[0].n;
    const spans = `SELECT first_year, last_year, ratings, rating_sum, count(*) AS recipes
                   FROM (${per}) GROUP BY ALL`;
    const stored = `SELECT first_year, last_year, ratings, rating_sum, recipes FROM recipe_rating_spans`;
    assert.equal(await differences(`(${spans}) EXCEPT ALL (${stored})`), 0, "spans ⊆ stored");
    assert.equal(await differences(`(${stored}) EXCEPT ALL (${spans})`), 0, "stored ⊆ spans");
    const rated = `SELECT recipe_id, first_year, last_year, ratings, rating_sum FROM (${per})
                   WHERE ratings >= ${TOP_MIN_RATINGS}`;
    const storedRated = `SELECT recipe_id, first_year, last_year, ratings, rating_sum FROM rated_recipes`;
    assert.equal(await differences(`(${rated}) EXCEPT ALL (${storedRated})`), 0, "rated ⊆ stored");
    assert.equal(await differences(`(${storedRated}) EXCEPT ALL (${rated})`), 0, "stored ⊆ rated");
    assert.equal(
      await differences(
        `SELECT 1 FROM recipe_ratings r JOIN (${per}) p USING (recipe_id)
         WHERE r.first_year <> p.first_year OR r.last_year <> p.last_year`,
      ),
      0,
      "recipe_ratings' first and last years",
    );
    assert.ok(
      (await differences(`SELECT 1 FROM recipe_rating_spans WHERE first_year < last_year`)) > 0,
    );
  });

  it("monthly trend: qualifying months and the weighted slope", async () => {
    for (const [name, range, results] of ranges()) {
      const { months, wls } = await independent(db.connection, range);
      const trend = monthlyTrend(results.monthly);
      assert.equal(trend.qualifying.length, months.length, name);
      assert.ok(months.length >= 3, `${name}: the sample has months with ≥ ${MIN_MONTH_RATINGS}`);
      close(trend.fit!.slope, wls.slope!, 1e-9, `${name}: slope`);
      assert.ok(trend.volumeQuality!.n === months.length);
    }
  });

  it("seasons: ANOVA F, η² and Kruskal–Wallis H", async () => {
    for (const [name, range, results] of ranges()) {
      const { anova, kw } = await independent(db.connection, range);
      const tests = seasonTests(results.seasons, results.seasonCounts);
      close(tests.anova.statistic, anova.f, 1e-8, `${name}: F`);
      close(tests.anova.etaSquared, anova.eta, 1e-8, `${name}: η²`);
      close(tests.kruskal.statistic, kw.h, 1e-8, `${name}: H`);
      assert.equal(tests.anova.df1, 3);
    }
  });

  it("weekday vs weekend: Welch's t and Cohen's d", async () => {
    for (const [name, range, results] of ranges()) {
      const { welch } = await independent(db.connection, range);
      const test = weekendTest(results.dayTypes);
      close(test.statistic, welch.t, 1e-9, `${name}: t`);
      close(test.cohenD, welch.d, 1e-9, `${name}: d`);
      assert.equal(test.n, welch.nEnd + welch.nDay, name);
      const days = results.days.reduce((s, d) => s + d.ratings, 0);
      assert.equal(days, welch.nEnd + welch.nDay, `${name}: days add up`);
    }
  });
});

// --- pure functions: measures and sentences ---

const speaker = (lang: Lang): Speaker => {
  const locale = lang === "fr" ? "fr-FR" : "en-US";
  const format = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
  return {
    t: (key: MessageKey, values?: MessageValues) => translate(lang, key, values),
    integer: (n) => format({ maximumFractionDigits: 0 }).format(n),
    fixed: (n, d) => format({ minimumFractionDigits: d, maximumFractionDigits: d }).format(n),
    signed: (n, d) =>
      format({
        signDisplay: "exceptZero",
        minimumFractionDigits: d,
        maximumFractionDigits: d,
      }).format(n),
    percent: (n, d = 1) =>
      format({ style: "percent", minimumFractionDigits: d, maximumFractionDigits: d }).format(n),
  };
};
const en = speaker("en");
const fr = speaker("fr");

describe("Ratings measures", () => {
  it("never averages rating 0", () => {
    const d = ratingDistribution([
      { rating: 0, reviews: 50 },
      { rating: 1, reviews: 10 },
      { rating: 5, reviews: 30 },
    ]);
    assert.equal(d.reviews, 90);
    assert.equal(d.ratings, 40);
    assert.equal(d.mean, (10 + 150) / 40);
    assert.equal(d.unratedShare, 50 / 90);
    assert.equal(d.lowShare, 10 / 40);
  });

  it("a group's variance from star counts is the sample variance of the ratings", () => {
    const sample = [5, 5, 5, 4, 3, 1, 5, 4];
    const n = sample.length;
    const mean = sample.reduce((a, b) => a + b) / n;
    const variance = sample.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    const g = groupStats({
      group: 0,
      reviews: 10,
      ratings: n,
      five_star: 4,
      low_star: 1,
      mean,
      variance,
    });
    close(g.sd, Math.sqrt(variance), 1e-12, "sd");
    assert.ok(g.ciLow < mean && mean < g.ciHigh);
    assert.equal(g.unratedShare, 2 / 10);
  });

  it("fills missing groups, and flags groups too small for a test on means", () => {
    const groups = completeGroups([], SEASONS);
    assert.deepEqual(
      groups.map((g) => g.ratings),
      [0, 0, 0, 0],
    );
    assert.deepEqual(meanTestWarnings([{ ratings: 12 }, { ratings: 5000 }]), ["non-normal"]);
    assert.deepEqual(meanTestWarnings([{ ratings: 0 }, { ratings: 5000 }]), []);
  });

  it("keeps only months with enough ratings in the trend", () => {
    const monthly = Array.from({ length: 24 }, (_, i) => ({
      year: 2005 + Math.floor(i / 12),
      month: (i % 12) + 1,
      reviews: 200,
      ratings: i % 4 === 0 ? 50 : 150,
      mean: 4 + i * 0.01,
    }));
    const trend = monthlyTrend(monthly);
    assert.equal(trend.months.length, 24);
    assert.equal(trend.qualifying.length, 18);
    assert.ok(trend.fit!.slope > 0 && trend.fit!.p < 0.05);
    close(trend.qualifying[0].x, 2005 + 1.5 / 12, 1e-12, "x of February");
  });
});

const group = (groupId: number, mean: number, ratings = 100_000): GroupStats => ({
  group: groupId,
  reviews: ratings,
  ratings,
  mean,
  sd: 0.7,
  ciLow: mean - 0.01,
  ciHigh: mean + 0.01,
  fiveShare: 0.7,
  lowShare: 0.03,
  unratedShare: 0,
});

const seasonResult = (p: number, eta: number): SeasonTests =>
  ({
    anova: { p, etaSquared: eta, statistic: 5, df1: 3, df2: 400_000, n: 400_004 },
    kruskal: { p, epsilonSquared: eta, statistic: 15, df: 3, n: 400_004 },
  }) as unknown as SeasonTests;

describe("Ratings sentences", () => {
  it("calls a significant 0.01-star gap negligible, in both languages", () => {
    const seasons = [group(0, 4.66), group(1, 4.65), group(2, 4.66), group(3, 4.67)];
    const text = seasonSentence(en, seasons, seasonResult(0.001, 0.00004));
    assert.match(text, /from 4\.650 \(Spring\) to 4\.670 \(Autumn\), a gap of 0\.020 stars/);
    assert.match(text, /statistically significant, but negligible/);
    assert.match(text, /η² < 0\.0001 \(negligible\)/);
    const small = seasonSentence(en, seasons, seasonResult(0.001, 0.0123));
    assert.match(small, /a significant, small effect\. ANOVA significant, η² = 0\.0123 \(small\)/);
    const french = seasonSentence(fr, seasons, seasonResult(0.001, 0.00004));
    assert.match(french, /de 4,650 \(Printemps\) à 4,670 \(Automne\)/);
    assert.match(french, /significatif, mais d’une taille négligeable/);
  });

  it("says no difference when not significant, and names a real effect", () => {
    assert.equal(verdict(en, 0.4, "negligible"), "no significant difference");
    assert.equal(verdict(en, 0.001, "medium"), "a significant, medium effect");
    assert.equal(verdict(fr, 0.001, "large"), "un effet significatif, fort");
    assert.equal(verdict(fr, 0.2, null), "aucune différence significative");
  });

  it("follows the trend's direction and significance", () => {
    const trend = (slope: number, p: number, rho: number, rhoP: number): MonthlyTrend =>
      ({
        months: new Array(30).fill({}),
        qualifying: new Array(20).fill({}),
        fit: { slope, p } as WeightedLinearFitResult,
        volumeQuality: { rho, p: rhoP, n: 20, warnings: [] },
      }) as unknown as MonthlyTrend;
    const range = { from: 2002, to: 2012 };
    const up = monthlySentence(en, trend(0.01, 0.001, 0.5, 0.01), range);
    assert.match(up, /^20 of the 30 months with ratings in 2002–2012 have at least 100 ratings/);
    assert.match(up, /increases \(\+0\.100 stars per decade, significant\)/);
    assert.match(up, /busier months are rated higher/);
    const down = monthlySentence(en, trend(-0.02, 0.01, -0.1, 0.6), range);
    assert.match(down, /decreases \(-0\.200 stars per decade, significant\)/);
    assert.match(down, /neither better nor worse/);
    const flat = monthlySentence(fr, trend(0.001, 0.5, -0.6, 0.001), range);
    assert.match(
      flat,
      /ne montre pas de tendance significative \(\+0,010 étoile par décennie, non significatif\)/,
    );
    assert.match(flat, /moins bien notés/);
    const none = monthlySentence(
      en,
      { months: [], qualifying: [], fit: null, volumeQuality: null },
      range,
    );
    assert.match(none, /^0 of the 0 months.*no trend can be fitted/);
  });

  it("reads the weekend test: difference, verdict and Cohen's d", () => {
    const test = {
      p: 0.03,
      difference: 0.0143,
      cohenD: 0.02,
      n: 10,
      warnings: [],
    } as unknown as WelchTTestResult;
    const text = weekendSentence(en, group(0, 4.661), group(1, 4.6753), test);
    assert.match(
      text,
      /Weekend ratings average 4\.675 and weekday ratings 4\.661, a difference of \+0\.014 stars/,
    );
    assert.match(text, /negligible in size.*significant, Cohen's d = \+0\.020, negligible/);
    const french = weekendSentence(fr, group(0, 4.661), group(1, 4.6753), { ...test, p: 0.3 });
    assert.match(french, /aucune différence significative \(test t de Welch non significatif/);
  });

  it("states distribution and bias from the computed shares", () => {
    const d = ratingDistribution([
      { rating: 0, reviews: 100 },
      { rating: 1, reviews: 20 },
      { rating: 2, reviews: 30 },
      { rating: 3, reviews: 50 },
      { rating: 4, reviews: 200 },
      { rating: 5, reviews: 700 },
    ]);
    assert.match(
      distributionSentence(en, d),
      /^70\.0% of the 1,000 ratings are 5 stars and 5\.0% are 1 or 2/,
    );
    assert.match(distributionSentence(fr, d), /^70,0\s%\sdes 1\s000 notes/);
    assert.match(distributionSentence(en, d), /9\.1% of the 1,100 reviews carry no rating/);
    const contrast = {
      single: { recipes: 400, meanOfMeans: 4.6, perfectShare: 0.75 },
      many: { recipes: 50, meanOfMeans: 4.62, perfectShare: 0.02, manyFrom: 16 },
    };
    assert.match(
      biasSentence(en, d, contrast),
      /75\.0% of the 400 recipes with a single rating have a perfect 5, against 2\.0% of the 50 recipes with 16 ratings or more/,
    );
    const noMany = { ...contrast, many: { ...contrast.many, recipes: 0 } };
    assert.match(biasSentence(fr, d, noMany), /Trop peu de recettes/);
    assert.equal(distributionSentence(en, ratingDistribution([])), "No review in this range.");
  });

  it("sums a rating's reviews over the years of the range", () => {
    const perYear = [
      { year: 2003, rating: 5, reviews: 10 },
      { year: 2003, rating: 0, reviews: 2 },
      { year: 2004, rating: 5, reviews: 6 },
      { year: 2004, rating: 1, reviews: 4 },
    ];
    assert.deepEqual(perRating(perYear), [
      { rating: 0, reviews: 2 },
      { rating: 1, reviews: 4 },
      { rating: 5, reviews: 16 },
    ]);
    const d = ratingDistribution(perYear);
    assert.equal(d.ratings, 20);
    assert.equal(d.unrated, 2);
    assert.equal(d.mean, (16 * 5 + 4) / 20);
  });
});
