/**
 * The Ratings page's queries (run natively for the first paint and in DuckDB-WASM for filters).
 * Ratings are the reviews rated 1–5, from all reviews; rating 0 in `review_calendar` is a review
 * without a rating, counted but never averaged. The year is the review's own year.
 */
import type { TableName } from "../components/foodcom-db.js";
import { defineGroup, defineQuery, yearParams } from "./query.js";
import {
  MEAN_BIN_WIDTH,
  PRIOR_WEIGHT_QUANTILE,
  TOP_COUNT,
  TOP_MIN_RATINGS,
} from "./ratings-definitions.js";

export const RATINGS_TABLES = [
  "review_calendar",
  "recipe_ratings",
  "recipe_rating_spans",
  "rated_recipes",
] as const satisfies readonly TableName[];

/** Reviews and ratings of one group (a season, a weekday, weekday/weekend); moments from counts. */
export interface GroupRow {
  group: number;
  reviews: number;
  ratings: number;
  five_star: number;
  low_star: number;
  /** Mean of the ratings 1–5 (NULL without any). */
  mean: number | null;
  /** Sample variance of the ratings, (Σc·r² − (Σc·r)²/n) / (n − 1) (NULL below 2 ratings). */
  variance: number | null;
}

/** Per group: counts, mean and variance of the ratings, from the (rating, reviews) frequencies. */
const groupSummarySql = (groupExpression: string, table: string) => `WITH g AS (
    SELECT ${groupExpression} AS grp, sum(reviews) AS reviews,
           sum(reviews) FILTER (rating > 0) AS n,
           sum(rating::DOUBLE * reviews) FILTER (rating > 0) AS s1,
           sum(rating::DOUBLE * rating * reviews) FILTER (rating > 0) AS s2,
           sum(reviews) FILTER (rating = 5) AS five,
           sum(reviews) FILTER (rating BETWEEN 1 AND 2) AS low
    FROM ${table} GROUP BY grp
  )
  SELECT grp::INTEGER AS "group", reviews::INTEGER AS reviews,
         coalesce(n, 0)::INTEGER AS ratings, coalesce(five, 0)::INTEGER AS five_star,
         coalesce(low, 0)::INTEGER AS low_star, (s1 / n)::DOUBLE AS mean,
         greatest((s2 - s1 * s1 / n) / nullif(n - 1, 0), 0)::DOUBLE AS variance
  FROM g`;
const IN_RANGE = "(SELECT * FROM review_calendar WHERE year BETWEEN ? AND ?)";
const groupSummary = (groupExpression: string) =>
  defineQuery<GroupRow>((range) => ({
    sql: `${groupSummarySql(groupExpression, IN_RANGE)} ORDER BY grp`,
    params: yearParams(range),
  }));

/**
 * Ratings and their sum per recipe in the range (recipe_ratings holds one row per review year).
 * INTEGER, not the HUGEINT sum() gives: 128-bit arithmetic is slow in DuckDB-WASM, and every value
 * fits (the same numbers, so the same means and quantiles).
 * MATERIALIZED where a query reads it twice: DuckDB-WASM (DuckDB 1.1) would group it twice.
 */
const perRecipe = (materialized: boolean) => `per_recipe AS ${materialized ? "MATERIALIZED " : ""}(
    SELECT recipe_id, n, s, s / n AS mean FROM (
      SELECT recipe_id, sum(ratings)::INTEGER AS n, sum(rating_sum)::INTEGER AS s
      FROM recipe_ratings WHERE year BETWEEN ? AND ? GROUP BY recipe_id)
  )`;
/** floor(log2 n) without trusting log2 at powers of two: 1 → 0, 2–3 → 1, 4–7 → 2, … */
const N_BIN = "floor(log2(n + 0.5))::INTEGER";
const MEAN_BINS = Math.round(4 / MEAN_BIN_WIDTH);

// The per-recipe results over `per_recipe`, for the single queries (the groups count from RANGE_COUNTS).
const CELLS = `SELECT ${N_BIN} AS n_bin,
         least(floor((mean - 1) / ${MEAN_BIN_WIDTH}), ${MEAN_BINS - 1})::INTEGER AS mean_bin,
         count(*)::INTEGER AS recipes
  FROM per_recipe GROUP BY ALL`;
const BINS = `SELECT ${N_BIN} AS n_bin, count(*)::INTEGER AS recipes, sum(n)::INTEGER AS ratings,
         avg(mean)::DOUBLE AS mean_of_means,
         quantile_cont(mean, 0.25)::DOUBLE AS q25, quantile_cont(mean, 0.75)::DOUBLE AS q75,
         count(*) FILTER (s = 5 * n)::INTEGER AS perfect
  FROM per_recipe GROUP BY n_bin`;
const PRIOR = `SELECT count(*)::INTEGER AS recipes,
         count(*) FILTER (n >= ${TOP_MIN_RATINGS})::INTEGER AS eligible,
         (sum(s) / sum(n))::DOUBLE AS m,
         quantile_disc(n, ${PRIOR_WEIGHT_QUANTILE})::INTEGER AS c
  FROM per_recipe`;
/** Reads `prior` (m, c) besides `per_recipe`. */
const TOP = `SELECT p.recipe_id::INTEGER AS recipe_id, r.name AS name, p.n::INTEGER AS ratings,
         p.mean::DOUBLE AS mean, ((prior.c * prior.m + p.s) / (prior.c + p.n))::DOUBLE AS bayes_mean
  FROM per_recipe p CROSS JOIN prior LEFT JOIN rated_recipes r USING (recipe_id)
  WHERE p.n >= ${TOP_MIN_RATINGS}
  ORDER BY bayes_mean DESC, ratings DESC, recipe_id
  LIMIT ${TOP_COUNT}`;

export const RATINGS_QUERIES = {
  /**
   * Reviews per year and rating, 0 (no rating) to 5. A range's distribution sums its years
   * (perRating in ratings-measures.ts), so the page takes it from its first paint (RATINGS_PER_YEAR).
   */
  distribution: defineQuery<{ year: number; rating: number; reviews: number }>((range) => ({
    sql: `SELECT year::INTEGER AS year, rating::INTEGER AS rating, sum(reviews)::INTEGER AS reviews
          FROM review_calendar WHERE year BETWEEN ? AND ?
          GROUP BY year, rating ORDER BY year, rating`,
    params: yearParams(range),
  })),

  /** Recipes per cell of (number of ratings, log2 bins) × (mean rating, MEAN_BIN_WIDTH bins). */
  recipeCells: defineQuery<{ n_bin: number; mean_bin: number; recipes: number }>((range) => ({
    sql: `WITH ${perRecipe(false)} ${CELLS} ORDER BY ALL`,
    params: yearParams(range),
  })),

  /** Per log2 bin of the number of ratings: recipes, mean of their means, quartiles, perfect 5s. */
  recipeBins: defineQuery<{
    n_bin: number;
    recipes: number;
    ratings: number;
    mean_of_means: number;
    q25: number;
    q75: number;
    perfect: number;
  }>((range) => ({
    sql: `WITH ${perRecipe(false)} ${BINS} ORDER BY n_bin`,
    params: yearParams(range),
  })),

  /** The Bayesian prior: m = mean of every rating in the range, C = a quantile of ratings per recipe. */
  prior: defineQuery<{ recipes: number; eligible: number; m: number | null; c: number | null }>(
    (range) => ({
      sql: `WITH ${perRecipe(false)} ${PRIOR}`,
      params: yearParams(range),
    }),
  ),

  /**
   * The top recipes by Bayesian mean (C·m + Σ ratings) / (C + n), among those with at least
   * TOP_MIN_RATINGS ratings in the range; ties broken by more ratings, then by id.
   */
  topRecipes: defineQuery<{
    recipe_id: number;
    name: string | null;
    ratings: number;
    mean: number;
    bayes_mean: number;
  }>((range) => ({
    sql: `WITH ${perRecipe(true)},
          prior AS (
            SELECT sum(s) / sum(n) AS m, quantile_disc(n, ${PRIOR_WEIGHT_QUANTILE}) AS c FROM per_recipe
          )
          ${TOP}`,
    params: yearParams(range),
  })),

  /** Per calendar month of review: reviews, ratings and their mean (months with a review only). */
  monthly: defineQuery<{
    year: number;
    month: number;
    reviews: number;
    ratings: number;
    mean: number | null;
  }>((range) => ({
    sql: `SELECT year::INTEGER AS year, month::INTEGER AS month, sum(reviews)::INTEGER AS reviews,
                 coalesce(sum(reviews) FILTER (rating > 0), 0)::INTEGER AS ratings,
                 (sum(rating::DOUBLE * reviews) FILTER (rating > 0)
                   / sum(reviews) FILTER (rating > 0))::DOUBLE AS mean
          FROM review_calendar WHERE year BETWEEN ? AND ?
          GROUP BY year, month ORDER BY year, month`,
    params: yearParams(range),
  })),

  /** Per season of the review (0 winter … 3 autumn). */
  seasons: groupSummary("season"),
  /** Ratings per season and star, the frequency tables of the Kruskal–Wallis test. */
  seasonCounts: defineQuery<{ season: number; rating: number; ratings: number }>((range) => ({
    sql: `SELECT season::INTEGER AS season, rating::INTEGER AS rating, sum(reviews)::INTEGER AS ratings
          FROM review_calendar WHERE year BETWEEN ? AND ? AND rating > 0
          GROUP BY season, rating ORDER BY season, rating`,
    params: yearParams(range),
  })),
  /** Per ISO day of the review (1 Monday … 7 Sunday). */
  days: groupSummary("dow"),
  /** Weekday (0) and weekend (1: Saturday, Sunday). */
  dayTypes: groupSummary("weekend::INTEGER"),
};

/**
 * Queries grouped by year: a range's rows are the full range's rows of its years, so the page takes
 * them from its first paint (src/analysis/page-data.ts) instead of running them again.
 */
export const RATINGS_PER_YEAR = [
  "distribution",
  "monthly",
] as const satisfies readonly (keyof typeof RATINGS_QUERIES)[];

/**
 * The range's recipes as counts of recipes per (ratings, sum of ratings) in the range: every figure
 * of recipeCells, recipeBins and prior depends on a recipe's (n, s) only, and the ~226k recipes of
 * the full data hold ~2.5k distinct pairs. A recipe whose rated years all lie in the range has its
 * all-years totals there (recipe_rating_spans counts them, ~18k rows); only the recipes rated both
 * inside and outside the range (`crossing`) are grouped from their per-year rows.
 * Parameters: from, to, from, to (crossing), from, to (spans).
 */
const RANGE_COUNTS = `crossing AS MATERIALIZED (
    SELECT recipe_id, sum(ratings)::INTEGER AS n, sum(rating_sum)::INTEGER AS s
    FROM recipe_ratings
    WHERE year BETWEEN ? AND ? AND (first_year < ? OR last_year > ?)
    GROUP BY recipe_id
  ),
  counts AS MATERIALIZED (
    SELECT n, s, s / n AS mean, sum(recipes)::INTEGER AS recipes FROM (
      SELECT ratings AS n, rating_sum AS s, recipes FROM recipe_rating_spans
      WHERE first_year >= ? AND last_year <= ?
      UNION ALL
      SELECT n, s, 1 AS recipes FROM crossing
    ) GROUP BY n, s
  )`;
const COUNT_CELLS = `SELECT ${N_BIN} AS n_bin,
         least(floor((mean - 1) / ${MEAN_BIN_WIDTH}), ${MEAN_BINS - 1})::INTEGER AS mean_bin,
         sum(recipes)::INTEGER AS recipes
  FROM counts GROUP BY ALL`;
/**
 * quantile_cont(mean, q) of a bin from its recipes' counts, with DuckDB's rule: the values at
 * 0-based positions floor(r) and ceil(r) of the sorted means, r = (N − 1)·q, interpolated
 * lo + (r − floor r)·(hi − lo). The value at position i is the least mean whose running count
 * (`upto`, recipes with that mean or less) exceeds i.
 */
const binQuantile = (q: number) => {
  const r = `(total - 1) * ${q}`;
  const lo = `min(mean) FILTER (upto > floor(${r}))`;
  const hi = `min(mean) FILTER (upto > ceil(${r}))`;
  return `(${lo} + (any_value(${r}) - floor(any_value(${r}))) * (${hi} - ${lo}))::DOUBLE`;
};
const COUNT_BINS = `WITH bin_means AS (
      SELECT n_bin, mean, sum(c) OVER (PARTITION BY n_bin ORDER BY mean) AS upto,
             sum(c) OVER (PARTITION BY n_bin) AS total
      FROM (SELECT ${N_BIN} AS n_bin, mean, sum(recipes) AS c FROM counts GROUP BY ALL)
    ),
    quartiles AS (
      SELECT n_bin, ${binQuantile(0.25)} AS q25, ${binQuantile(0.75)} AS q75
      FROM bin_means GROUP BY n_bin
    )
  SELECT n_bin, sum(recipes)::INTEGER AS recipes, sum(n * recipes)::INTEGER AS ratings,
         (sum(mean * recipes) / sum(recipes))::DOUBLE AS mean_of_means,
         any_value(q25) AS q25, any_value(q75) AS q75,
         coalesce(sum(recipes) FILTER (s = 5 * n), 0)::INTEGER AS perfect
  FROM (SELECT ${N_BIN} AS n_bin, * FROM counts) JOIN quartiles USING (n_bin) GROUP BY n_bin`;
/**
 * quantile_disc(n, q) over the recipes, with DuckDB's rule: the value at 0-based position
 * max(1, N − floor(N − N·q)) − 1 of the sorted values (ceil(N·q) − 1 without rounding trouble).
 */
const COUNT_PRIOR = `WITH by_n AS (
      SELECT n, sum(c) OVER (ORDER BY n) AS upto, sum(c) OVER () AS total
      FROM (SELECT n, sum(recipes) AS c FROM counts GROUP BY n)
    )
  SELECT coalesce((SELECT sum(recipes) FROM counts), 0)::INTEGER AS recipes,
         coalesce((SELECT sum(recipes) FILTER (n >= ${TOP_MIN_RATINGS}) FROM counts), 0)::INTEGER
           AS eligible,
         (SELECT sum(s::BIGINT * recipes) / sum(n::BIGINT * recipes) FROM counts)::DOUBLE AS m,
         (SELECT min(n) FILTER (
            upto > greatest(1, total - floor(total - total * ${PRIOR_WEIGHT_QUANTILE})) - 1)
          FROM by_n)::INTEGER AS c`;
/**
 * The top list's candidates: recipes with at least TOP_MIN_RATINGS ratings in the range. Each has
 * as many overall, so it is in rated_recipes, whole (its years within the range) or crossing.
 * Parameters: from, to. Reads `prior`.
 */
const COUNT_TOP = `WITH candidates AS (
      SELECT recipe_id, ratings AS n, rating_sum AS s FROM rated_recipes
      WHERE first_year >= ? AND last_year <= ?
      UNION ALL
      SELECT recipe_id, n, s FROM crossing WHERE n >= ${TOP_MIN_RATINGS}
    )
  SELECT p.recipe_id::INTEGER AS recipe_id, r.name AS name, p.n::INTEGER AS ratings,
         (p.s / p.n)::DOUBLE AS mean, ((prior.c * prior.m + p.s) / (prior.c + p.n))::DOUBLE AS bayes_mean
  FROM candidates p CROSS JOIN prior LEFT JOIN rated_recipes r USING (recipe_id)
  ORDER BY bayes_mean DESC, ratings DESC, recipe_id
  LIMIT ${TOP_COUNT}`;

/**
 * The page's sections run their own statements (src/ratings.md): a group serves one section only,
 * so that a section in view never waits for a statement of the sections below it.
 * tests/analysis-groups.test.ts checks that each group gives the rows of the queries it replaces.
 */

/**
 * The bias section's per-recipe results in one statement, from the range's counts of recipes per
 * (n, s) (RANGE_COUNTS) rather than from a grouping of every (recipe, year) row by recipe. The
 * browser runs this in place of recipeCells and recipeBins.
 */
const RECIPE_SPREAD_GROUP = defineGroup(
  {
    recipeCells: ["n_bin", "mean_bin", "recipes"],
    recipeBins: ["n_bin", "recipes", "ratings", "mean_of_means", "q25", "q75", "perfect"],
  },
  (range) => ({
    sql: `WITH ${RANGE_COUNTS}
          SELECT 'recipeCells' AS part, row_number() OVER (ORDER BY n_bin, mean_bin) AS ord, *
          FROM (${COUNT_CELLS})
          UNION ALL BY NAME
          SELECT 'recipeBins' AS part, row_number() OVER (ORDER BY n_bin) AS ord, *
          FROM (${COUNT_BINS})
          ORDER BY part, ord`,
    params: [...yearParams(range), ...yearParams(range), ...yearParams(range)],
  }),
);

/** The top section's prior and top list, from the same counts, in place of prior and topRecipes. */
const TOP_GROUP = defineGroup(
  {
    prior: ["recipes", "eligible", "m", "c"],
    topRecipes: ["recipe_id", "name", "ratings", "mean", "bayes_mean"],
  },
  (range) => ({
    sql: `WITH ${RANGE_COUNTS},
          prior AS MATERIALIZED (${COUNT_PRIOR})
          SELECT 'prior' AS part, 1 AS ord, * FROM prior
          UNION ALL BY NAME
          SELECT 'topRecipes' AS part,
                 row_number() OVER (ORDER BY bayes_mean DESC, ratings DESC, recipe_id) AS ord, *
          FROM (${COUNT_TOP})
          ORDER BY part, ord`,
    params: [
      ...yearParams(range),
      ...yearParams(range),
      ...yearParams(range),
      ...yearParams(range),
    ],
  }),
);

/**
 * The review calendar's results of one section in one statement over the range's rows (each
 * statement costs a round trip to DuckDB-WASM's worker). The distribution, at the top of the page,
 * runs alone: it is the one result the first section needs.
 */
const CALENDAR_PARTS = ["reviews", "ratings", "five_star", "low_star", "mean", "variance"];
const SEASON_GROUP = defineGroup(
  {
    seasons: ["group", ...CALENDAR_PARTS],
    seasonCounts: ["season", "rating", "ratings"],
  },
  (range) => ({
    sql: `WITH rc AS MATERIALIZED ${IN_RANGE}
          SELECT 'seasonCounts' AS part, season::INTEGER AS season, rating::INTEGER AS rating,
                 sum(reviews)::INTEGER AS ratings
          FROM rc WHERE rating > 0 GROUP BY season, rating
          UNION ALL BY NAME SELECT 'seasons' AS part, * FROM (${groupSummarySql("season", "rc")})
          ORDER BY part, season, rating, "group"`,
    params: yearParams(range),
  }),
);
const DAY_GROUP = defineGroup(
  {
    days: ["group", ...CALENDAR_PARTS],
    dayTypes: ["group", ...CALENDAR_PARTS],
  },
  (range) => ({
    sql: `WITH rc AS MATERIALIZED ${IN_RANGE}
          SELECT 'days' AS part, * FROM (${groupSummarySql("dow", "rc")})
          UNION ALL BY NAME
          SELECT 'dayTypes' AS part, * FROM (${groupSummarySql("weekend::INTEGER", "rc")})
          ORDER BY part, "group"`,
    params: yearParams(range),
  }),
);

export const RATINGS_GROUPS = [RECIPE_SPREAD_GROUP, TOP_GROUP, SEASON_GROUP, DAY_GROUP] as const;
