/**
 * The Seasonality page's queries (run natively for the first paint and in DuckDB-WASM for filters).
 * Seasons come from the recipe's submitted month: 0 winter (Dec–Feb), 1 spring, 2 summer, 3 autumn.
 * Every query follows the year range; the statistics are computed from these aggregates in
 * seasonality-stats.ts.
 */
import type { TableName } from "../components/foodcom-db.js";
import { defineGroup, defineQuery, yearParams } from "./query.js";

export const SEASONALITY_TABLES = [
  "analysis_recipes",
  "analysis_items",
] as const satisfies readonly TableName[];

export const SEASONS = [0, 1, 2, 3] as const;
export type Season = (typeof SEASONS)[number];

/** The measures compared across seasons with a Kruskal–Wallis test (box plots). */
export const MEASURES = ["minutes", "complexity", "n_steps", "n_ingredients"] as const;
export type Measure = (typeof MEASURES)[number];

import { NUTRIENTS, type Nutrient } from "./nutrients.js";

export { NUTRIENTS, type Nutrient };

/**
 * Which items are tested for seasonality: the mean of the four seasonal shares ≥ 1 % and the gap
 * between the highest and lowest seasonal share ≥ 0.5 percentage points (the issue's thresholds).
 */
export const ITEM_MIN_MEAN_SHARE = 0.01;
export const ITEM_MIN_SHARE_RANGE = 0.005;

/** The analysis recipes of the range; every query starts from it. */
const IN_RANGE = "in_range AS (SELECT * FROM analysis_recipes WHERE year BETWEEN ? AND ?)";

/** One row per measure × recipe (measure names are constants, never reader input). */
const LONG_MEASURES = MEASURES.map(
  (m) => `SELECT '${m}' AS measure, season, ${m}::DOUBLE AS value FROM in_range`,
).join(" UNION ALL ");

/**
 * Each (measure, season)'s box from `boxes` (n, mean, variance, quartiles) and the value counts in
 * `counted`: Tukey's whiskers (the extreme values within 1.5 IQR of the quartiles) and the number of
 * recipes beyond them. Shared by the single query and the browser's grouped statement.
 */
const BOX_SUMMARY = `SELECT q.measure, q.season::INTEGER AS season, q.n::INTEGER AS n, q.mean::DOUBLE AS mean,
       q.variance::DOUBLE AS variance, q.q1::DOUBLE AS q1, q.median::DOUBLE AS median,
       q.q3::DOUBLE AS q3,
       min(l.value) FILTER (l.value >= q.q1 - 1.5 * (q.q3 - q.q1))::DOUBLE AS whisker_low,
       max(l.value) FILTER (l.value <= q.q3 + 1.5 * (q.q3 - q.q1))::DOUBLE AS whisker_high,
       coalesce(sum(l.c) FILTER (l.value < q.q1 - 1.5 * (q.q3 - q.q1)
                                 OR l.value > q.q3 + 1.5 * (q.q3 - q.q1)), 0)::INTEGER AS outliers
FROM boxes q JOIN counted l USING (measure, season)
GROUP BY q.measure, q.season, q.n, q.mean, q.variance, q.q1, q.median, q.q3`;

/**
 * Per nutrient and season from `in_range`: one aggregate per column (NULLs skipped, a season without
 * a value left out) rather than a UNION ALL that copies every value first. The exact medians make
 * it the page's dearest statement after the measures: it runs on its own, for its own section.
 */
const NUTRITION_SELECT = NUTRIENTS.map(
  (n) => `SELECT '${n}' AS nutrient, season::INTEGER AS season, count(${n})::INTEGER AS n,
                 avg(${n}::DOUBLE)::DOUBLE AS mean, var_samp(${n}::DOUBLE)::DOUBLE AS variance,
                 median(${n}::DOUBLE)::DOUBLE AS median
          FROM in_range GROUP BY season HAVING count(${n}) > 0`,
).join(" UNION ALL ");

/** Recipes submitted in one month (1–12) of one year. */
export type SeasonMonthRow = {
  year: number;
  month: number;
  recipes: number;
};

/** Recipes per season over a range, derived from its months (seasonRows in seasonality-stats.ts). */
export type SeasonRow = {
  season: number;
  recipes: number;
  /** Calendar days of this season in the months from the range's first to its last recipe. */
  days: number;
  /** First and last month with a recipe in the range, as YYYY-MM (null when the range is empty). */
  first_month: string | null;
  last_month: string | null;
};

export type MeasureSummaryRow = {
  measure: Measure;
  season: number;
  n: number;
  mean: number;
  variance: number | null;
  q1: number;
  median: number;
  q3: number;
  /** Tukey whiskers: the most extreme values within 1.5 × IQR of the quartiles. */
  whisker_low: number;
  whisker_high: number;
  /** Values beyond the whiskers. */
  outliers: number;
};

/**
 * A measure's frequency table in one season, for the Kruskal–Wallis test. Values are replaced by
 * their dense rank among the distinct values of the range (1 = smallest): the test only uses ranks,
 * so H is unchanged, and integers in two lists keep the first-paint file small (complexity alone
 * has thousands of distinct values).
 */
export type RankFrequencyRow = {
  measure: Measure;
  season: number;
  ranks: number[];
  counts: number[];
};

export type NutritionRow = {
  nutrient: Nutrient;
  season: number;
  n: number;
  mean: number;
  variance: number | null;
  median: number;
};

export type ItemRow = {
  kind: "ingredient" | "tag";
  item: string;
  /** Recipes of the range containing the item, per season (0 winter … 3 autumn). */
  n0: number;
  n1: number;
  n2: number;
  n3: number;
};

export const SEASONALITY_QUERIES = {
  /**
   * Recipes per month of each year: the recipes per season, the range's span and the calendar days
   * of each season in it follow from them (seasonRows), and a range's rows are the full range's rows
   * of its years, so the page takes them from its first paint (SEASONALITY_PER_YEAR).
   */
  seasonMonths: defineQuery<SeasonMonthRow>((range) => ({
    sql: `SELECT year::INTEGER AS year, month::INTEGER AS month, count(*)::INTEGER AS recipes
          FROM analysis_recipes WHERE year BETWEEN ? AND ?
          GROUP BY year, month ORDER BY year, month`,
    params: yearParams(range),
  })),

  /** Per measure and season: n, mean, variance, quartiles (linear interpolation) and whiskers. */
  measureSummaries: defineQuery<MeasureSummaryRow>((range) => ({
    // The whiskers and outliers scan the (value, count) pairs rather than every row again: the
    // same figures, about half the time (the quartiles come from one sort per group).
    sql: `WITH ${IN_RANGE}, long AS MATERIALIZED (${LONG_MEASURES}),
          counted AS (SELECT measure, season, value, count(*) AS c FROM long GROUP BY ALL),
          quartiles AS (
            SELECT measure, season, count(*) AS n, avg(value) AS mean,
                   var_samp(value) AS variance, quantile_cont(value, [0.25, 0.5, 0.75]) AS q
            FROM long GROUP BY measure, season),
          boxes AS (
            SELECT measure, season, n, mean, variance, q[1] AS q1, q[2] AS median, q[3] AS q3
            FROM quartiles)
          ${BOX_SUMMARY}
          ORDER BY q.measure, q.season`,
    params: yearParams(range),
  })),

  /** Frequency tables (measure × season: dense rank of the value → recipes), see RankFrequencyRow. */
  rankFrequencies: defineQuery<RankFrequencyRow>((range) => ({
    sql: `WITH ${IN_RANGE}, long AS (${LONG_MEASURES}),
          counted AS (SELECT measure, season, value, count(*) AS n FROM long GROUP BY ALL),
          ranked AS (SELECT *, dense_rank() OVER (PARTITION BY measure ORDER BY value) AS r
                     FROM counted)
          SELECT measure, season::INTEGER AS season, list(r::INTEGER ORDER BY r) AS ranks,
                 list(n::INTEGER ORDER BY r) AS counts
          FROM ranked GROUP BY measure, season ORDER BY measure, season`,
    params: yearParams(range),
  })),

  /** Per nutrient and season: n, mean, sample variance (for the ANOVA) and median. */
  nutrition: defineQuery<NutritionRow>((range) => ({
    sql: `WITH in_range AS MATERIALIZED (
            SELECT season, ${NUTRIENTS.join(", ")} FROM analysis_recipes WHERE year BETWEEN ? AND ?)
          ${NUTRITION_SELECT}
          ORDER BY nutrient, season`,
    params: yearParams(range),
  })),

  /**
   * Ingredients and tags that pass the thresholds above, with the recipes containing each per
   * season. Shares use the analysis recipes of each season as denominator; a season without any
   * recipe in the range has no share and is left out of the mean and range.
   */
  items: defineQuery<ItemRow>((range) => ({
    sql: `WITH ${IN_RANGE},
          totals AS (SELECT count(*) FILTER (season = 0) AS t0, count(*) FILTER (season = 1) AS t1,
                            count(*) FILTER (season = 2) AS t2, count(*) FILTER (season = 3) AS t3
                     FROM in_range),
          counts AS (SELECT kind, item,
                            coalesce(sum(recipes) FILTER (season = 0), 0) AS n0,
                            coalesce(sum(recipes) FILTER (season = 1), 0) AS n1,
                            coalesce(sum(recipes) FILTER (season = 2), 0) AS n2,
                            coalesce(sum(recipes) FILTER (season = 3), 0) AS n3
                     FROM analysis_items WHERE year BETWEEN ? AND ? GROUP BY kind, item),
          shares AS (SELECT c.*, [n0 / nullif(t0, 0), n1 / nullif(t1, 0), n2 / nullif(t2, 0),
                                  n3 / nullif(t3, 0)] AS s
                     FROM counts c, totals)
          SELECT kind, item, n0::INTEGER AS n0, n1::INTEGER AS n1, n2::INTEGER AS n2,
                 n3::INTEGER AS n3
          FROM shares
          WHERE list_avg(s) >= ? AND list_max(s) - list_min(s) >= ?
          ORDER BY kind, item`,
    params: [...yearParams(range), ...yearParams(range), ITEM_MIN_MEAN_SHARE, ITEM_MIN_SHARE_RANGE],
  })),
};

/**
 * The quantile p of `value` per group of `keys` in `counted` (one row per distinct value, its count
 * in `c`), as quantile_cont gives it over the rows themselves: position RN = (n − 1)·p in the sorted
 * values, linear interpolation between the values at ⌊RN⌋ and ⌈RN⌉, lo + (hi − lo)·(RN − ⌊RN⌋). The
 * value at position i is the smallest whose running count exceeds i. Reads `upto` (running count)
 * and `n` (the group's count) from the caller's window columns.
 */
const quantileFromCounts = (p: number) => {
  const rn = `(any_value(n) - 1)::DOUBLE * ${p}`;
  const lo = `min(value) FILTER (upto > floor((n - 1)::DOUBLE * ${p}))`;
  const hi = `min(value) FILTER (upto > ceil((n - 1)::DOUBLE * ${p}))`;
  return `CASE WHEN floor(${rn}) = ceil(${rn}) THEN ${lo}
               ELSE ${lo} + (${hi} - ${lo}) * (${rn} - floor(${rn})) END`;
};

const GROUP_IN_RANGE = `in_range AS MATERIALIZED (
    SELECT season, ${MEASURES.join(", ")} FROM analysis_recipes WHERE year BETWEEN ? AND ?)`;

/**
 * The measure summaries and their frequency tables in one statement, from one count of each
 * (measure, season, value): the quartiles come from the running counts of the distinct values
 * instead of sorting every value (complexity has about 1,600 distinct values, the other measures
 * fewer than 100), and the frequency tables reuse the counts. Means and variances are taken over
 * the counts (Σ c·x / n, then Σ c·(x − mean)² / (n − 1)): the same figures up to the last bits of a
 * sum of doubles. Each measure is counted by its own GROUP BY on the range's rows rather than from a
 * long copy of every value (a third of the time natively). Only the measures' two sections use it:
 * the recipes per season (the top of the page, from the first paint) and the nutrition are not in it, so a
 * section in view never waits for another's queries (src/analysis/sections.ts).
 * tests/analysis-groups.test.ts checks it against the single queries.
 */
const MEASURE_GROUP = defineGroup(
  {
    measureSummaries: [
      "measure",
      "season",
      "n",
      "mean",
      "variance",
      "q1",
      "median",
      "q3",
      "whisker_low",
      "whisker_high",
      "outliers",
    ],
    rankFrequencies: ["measure", "season", "ranks", "counts"],
  },
  (range) => ({
    sql: `WITH ${GROUP_IN_RANGE},
          counted AS MATERIALIZED (${MEASURES.map(
            (m) => `SELECT '${m}' AS measure, season, ${m}::DOUBLE AS value, count(*) AS c
                    FROM in_range GROUP BY season, ${m}`,
          ).join(" UNION ALL ")}),
          running AS (
            SELECT *, sum(c) OVER (PARTITION BY measure, season ORDER BY value
                                   ROWS UNBOUNDED PRECEDING) AS upto,
                   sum(c) OVER (PARTITION BY measure, season) AS n,
                   sum(value * c) OVER (PARTITION BY measure, season) / n AS mean
            FROM counted),
          boxes AS (
            SELECT measure, season, any_value(n) AS n, any_value(mean) AS mean,
                   sum(c * (value - mean) * (value - mean)) / nullif(any_value(n) - 1, 0) AS variance,
                   ${quantileFromCounts(0.25)} AS q1, ${quantileFromCounts(0.5)} AS median,
                   ${quantileFromCounts(0.75)} AS q3
            FROM running GROUP BY measure, season),
          summaries AS (
            ${BOX_SUMMARY}),
          ranked AS (SELECT *, dense_rank() OVER (PARTITION BY measure ORDER BY value) AS r
                     FROM counted),
          frequencies AS (
            SELECT measure, season::INTEGER AS season, list(r::INTEGER ORDER BY r) AS ranks,
                   list(c::INTEGER ORDER BY r) AS counts
            FROM ranked GROUP BY measure, season)
          SELECT 'measureSummaries' AS part, * FROM summaries
          UNION ALL BY NAME
          SELECT 'rankFrequencies' AS part, * FROM frequencies
          ORDER BY part, measure, season`,
    params: yearParams(range),
  }),
);

export const SEASONALITY_GROUPS = [MEASURE_GROUP] as const;

/** Queries grouped by year, taken from the first paint for a narrower range (page-data.ts). */
export const SEASONALITY_PER_YEAR = [
  "seasonMonths",
] as const satisfies readonly (keyof typeof SEASONALITY_QUERIES)[];
