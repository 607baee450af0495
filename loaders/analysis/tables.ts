/**
 * The tables the analysis pages load into DuckDB-WASM, each defined once as SQL over the ingested
 * database and the analysis set (which the export store builds first). The same SQL fills temporary
 * tables of the same names in Node, so a page's queries give the same rows natively (first paint,
 * tests) and in the browser (filters).
 * Every count is INTEGER and every measure DOUBLE, so no BigInt reaches the browser.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { createExportTables } from "../export-store.ts";
import { dowSql, seasonSql, weekendSql } from "./analysis-set.ts";
import { TOP_MIN_RATINGS } from "../../src/analysis/ratings-definitions.ts";

/**
 * An item (tag or ingredient) is shipped when it is in ≥ 0.1 % of the analysis recipes overall or in
 * ≥ 1 % of the recipes of some year: rarer items cannot reach the pages' share thresholds.
 */
export const ITEM_MIN_SHARE_OVERALL = 0.001;
export const ITEM_MIN_SHARE_YEAR = 0.01;

/** Each rated recipe's years first and last rated and its ratings over all years (count, sum). */
const RATING_TOTALS = `SELECT recipe_id, min(year(date))::SMALLINT AS first_year,
             max(year(date))::SMALLINT AS last_year,
             count(*)::INTEGER AS ratings, sum(rating)::INTEGER AS rating_sum
      FROM interactions WHERE rating IS NOT NULL AND date IS NOT NULL
      GROUP BY recipe_id`;

export const ANALYSIS_TABLES = {
  /** One row per analysis recipe: calendar, size and nutrition; sorted by date for pruning. */
  analysis_recipes: `
    SELECT recipe_id, year, month, season, dow, weekend,
           minutes::SMALLINT AS minutes, n_steps::SMALLINT AS n_steps,
           n_ingredients::SMALLINT AS n_ingredients, complexity::DOUBLE AS complexity,
           calories::DOUBLE AS calories, total_fat_pdv::DOUBLE AS total_fat_pdv,
           sugar_pdv::DOUBLE AS sugar_pdv, sodium_pdv::DOUBLE AS sodium_pdv,
           protein_pdv::DOUBLE AS protein_pdv, saturated_fat_pdv::DOUBLE AS saturated_fat_pdv,
           carbohydrates_pdv::DOUBLE AS carbohydrates_pdv
    FROM analysis_set ORDER BY submitted, recipe_id`,
  /** Recipes containing each frequent item, per year × season × weekday/weekend. */
  analysis_items: `
    WITH exploded AS (
      SELECT 'tag' AS kind, unnest(tags) AS item, year, season, weekend FROM analysis_set
      UNION ALL
      SELECT 'ingredient' AS kind, unnest(ingredients) AS item, year, season, weekend FROM analysis_set
    ),
    per_year AS (SELECT year, count(*) AS recipes FROM analysis_set GROUP BY year),
    item_years AS (SELECT kind, item, year, count(*) AS n FROM exploded GROUP BY ALL),
    kept AS (
      SELECT kind, item FROM item_years JOIN per_year USING (year)
      GROUP BY kind, item
      HAVING sum(n) >= ${ITEM_MIN_SHARE_OVERALL} * (SELECT count(*) FROM analysis_set)
          OR max(n / recipes) >= ${ITEM_MIN_SHARE_YEAR}
    )
    SELECT kind, item, year, season, weekend, count(*)::INTEGER AS recipes
    FROM exploded SEMI JOIN kept USING (kind, item)
    GROUP BY ALL ORDER BY kind, item, year, season, weekend`,
  /** How varied the items are each year, over every item (not only the shipped ones). */
  item_diversity: `
    WITH exploded AS (
      SELECT 'tag' AS kind, unnest(tags) AS item, year FROM analysis_set
      UNION ALL
      SELECT 'ingredient' AS kind, unnest(ingredients) AS item, year FROM analysis_set
    ),
    counts AS (SELECT kind, year, item, count(*) AS n FROM exploded GROUP BY ALL)
    SELECT kind, year, count(*)::INTEGER AS distinct_items,
           (-sum((n / total) * ln(n / total)))::DOUBLE AS entropy,
           (SELECT count(*) FROM analysis_set a WHERE a.year = c.year)::INTEGER AS recipes
    FROM (SELECT *, sum(n) OVER (PARTITION BY kind, year) AS total FROM counts) c
    GROUP BY kind, year ORDER BY kind, year`,
  /** Every review counted by its date and rating (0 = a review without a rating). */
  review_calendar: `
    SELECT year(date)::SMALLINT AS year, month(date)::TINYINT AS month,
           ${seasonSql("date")} AS season, ${dowSql("date")} AS dow, ${weekendSql("date")} AS weekend,
           coalesce(rating, 0)::TINYINT AS rating, count(*)::INTEGER AS reviews
    FROM interactions WHERE date IS NOT NULL
    GROUP BY ALL ORDER BY year, month, dow, rating`,
  /**
   * Ratings of each recipe per review year: count, sum, 5-star and ≤ 2-star counts, with the first
   * and last year the recipe was rated (the Ratings page groups by recipe only the rows of recipes
   * that cross an end of the range; the others come whole from recipe_rating_spans).
   */
  recipe_ratings: `
    WITH per_year AS (
      SELECT recipe_id, year(date)::SMALLINT AS year,
             count(*)::INTEGER AS ratings, sum(rating)::INTEGER AS rating_sum,
             count(*) FILTER (rating = 5)::INTEGER AS five_star,
             count(*) FILTER (rating <= 2)::INTEGER AS low_star
      FROM interactions WHERE rating IS NOT NULL AND date IS NOT NULL
      GROUP BY ALL
    )
    SELECT *, min(year) OVER w AS first_year, max(year) OVER w AS last_year
    FROM per_year WINDOW w AS (PARTITION BY recipe_id) ORDER BY recipe_id, year`,
  /**
   * Rated recipes counted by the years they were first and last rated and their ratings over all
   * years (count, sum): a recipe whose years all lie in a range has these totals in the range.
   */
  recipe_rating_spans: `
    WITH per_recipe AS (
      ${RATING_TOTALS}
    )
    SELECT first_year, last_year, ratings, rating_sum, count(*)::INTEGER AS recipes
    FROM per_recipe GROUP BY ALL ORDER BY ALL`,
  /**
   * Names of the recipes that can reach the Ratings page's top list: those with at least
   * TOP_MIN_RATINGS ratings over all years (the list needs as many within the range). A rated
   * recipe missing from `recipes` (an orphan review) keeps a NULL name. With the years it was first
   * and last rated and its ratings over all years, like recipe_rating_spans.
   */
  rated_recipes: `
    WITH rated AS (
      ${RATING_TOTALS} HAVING count(*) >= ${TOP_MIN_RATINGS}
    ),
    named AS (
      SELECT recipe_id, name FROM recipes
      QUALIFY row_number() OVER (PARTITION BY recipe_id ORDER BY rowid) = 1
    )
    SELECT recipe_id, name, first_year, last_year, ratings, rating_sum
    FROM rated LEFT JOIN named USING (recipe_id) ORDER BY recipe_id`,
} as const;

export type AnalysisTable = keyof typeof ANALYSIS_TABLES;
export const ANALYSIS_TABLE_NAMES = Object.keys(ANALYSIS_TABLES) as AnalysisTable[];

/**
 * The browser's tables under their names, for native runs of the pages' queries: views of the
 * export store when the connection has it, else computed from their SQL.
 */
export async function createAnalysisTables(
  connection: DuckDBConnection,
  names: readonly AnalysisTable[] = ANALYSIS_TABLE_NAMES,
): Promise<void> {
  await createExportTables(connection, names);
}
