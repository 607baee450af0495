/**
 * The analysis set of recipes, as the predecessor cleaned it (kept so results compare):
 * 1. duplicate recipe ids dropped (the first row of an id is kept);
 * 2. 1 ≤ minutes ≤ 180;
 * 3. n_steps and n_ingredients both within their own 2.5 %–97.5 % quantiles, computed on what step 2
 *    keeps, each quantile being the sorted value at position p·(n−1) rounded to the nearest (ties to
 *    even, as numpy's and pandas' "nearest");
 * 4. calories present and at least one ingredient.
 * Calendar fields come from the recipe's `submitted` date; see CALENDAR_SQL.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryJson } from "../duckdb.ts";

export const MINUTES_RANGE = [1, 180] as const;
export const QUANTILE_RANGE = [0.025, 0.975] as const;

/** Month → season: 0 winter (Dec–Feb), 1 spring (Mar–May), 2 summer (Jun–Aug), 3 autumn (Sep–Nov). */
export const seasonSql = (date: string) => `((month(${date}) % 12) // 3)::TINYINT`;
/** ISO day of week: 1 Monday … 7 Sunday; the weekend is Saturday and Sunday. */
export const dowSql = (date: string) => `isodow(${date})::TINYINT`;
export const weekendSql = (date: string) => `(isodow(${date}) >= 6)`;
/** Complexity score = ln(1 + minutes) + n_steps + 0.5 × n_ingredients. */
export const COMPLEXITY_SQL = "(ln(1 + minutes) + n_steps + 0.5 * n_ingredients)";
/** Tags and ingredients compared lower-cased and trimmed; empty items ignored; once per recipe. */
export const normalizedItemsSql = (column: string) =>
  `list_distinct(list_filter(list_transform(${column}, x -> trim(lower(x))), x -> coalesce(x, '') <> ''))`;

/** The nearest-rank quantile of `column` over `table`, as described above. */
const nearestQuantileSql = (column: string, table: string, p: number) =>
  `(SELECT list_sort(list(${column}))[round_even(${p} * (count(*) - 1), 0)::BIGINT + 1] FROM ${table})`;

export interface AnalysisSetInfo {
  recipes_total: number;
  after_dedup: number;
  after_minutes: number;
  after_quantiles: number;
  analysis_recipes: number;
  steps_min: number;
  steps_max: number;
  ingredients_min: number;
  ingredients_max: number;
  first_year: number;
  last_year: number;
}

/**
 * Creates the tables `analysis_set` (the kept recipes with normalised tags/ingredients, calendar
 * fields and complexity) and `analysis_set_info` (how many recipes each step kept, the bounds).
 * The ingest runs it once, inside the database it builds, so every export reads the same set.
 */
export async function createAnalysisSet(connection: DuckDBConnection): Promise<AnalysisSetInfo> {
  const [lo, hi] = QUANTILE_RANGE;
  // The cleaning steps carry row ids and the few columns they test, not whole recipes (the lists
  // of tags, steps and ingredients): only the final table reads the wide columns, once.
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE analysis_step_dedup AS
      SELECT r.rowid AS row_id, r.minutes, r.n_steps, r.n_ingredients
      FROM recipes r
      WHERE r.rowid IN (SELECT min(rowid) FROM recipes GROUP BY recipe_id);
    CREATE OR REPLACE TEMP TABLE analysis_step_minutes AS
      SELECT * FROM analysis_step_dedup WHERE minutes BETWEEN ${MINUTES_RANGE[0]} AND ${MINUTES_RANGE[1]};
    CREATE OR REPLACE TEMP TABLE analysis_bounds AS SELECT
      ${nearestQuantileSql("n_steps", "analysis_step_minutes", lo)} AS steps_min,
      ${nearestQuantileSql("n_steps", "analysis_step_minutes", hi)} AS steps_max,
      ${nearestQuantileSql("n_ingredients", "analysis_step_minutes", lo)} AS ingredients_min,
      ${nearestQuantileSql("n_ingredients", "analysis_step_minutes", hi)} AS ingredients_max;
    CREATE OR REPLACE TEMP TABLE analysis_step_quantiles AS
      SELECT m.row_id FROM analysis_step_minutes m, analysis_bounds b
      WHERE m.n_steps BETWEEN b.steps_min AND b.steps_max
        AND m.n_ingredients BETWEEN b.ingredients_min AND b.ingredients_max;
    CREATE OR REPLACE TABLE analysis_set AS
      SELECT recipe_id, name, minutes, n_steps, n_ingredients, submitted,
             year(submitted)::SMALLINT AS year, month(submitted)::TINYINT AS month,
             ${seasonSql("submitted")} AS season, ${dowSql("submitted")} AS dow,
             ${weekendSql("submitted")} AS weekend,
             ${COMPLEXITY_SQL} AS complexity,
             calories, total_fat_pdv, sugar_pdv, sodium_pdv, protein_pdv, saturated_fat_pdv,
             carbohydrates_pdv,
             ${normalizedItemsSql("tags")} AS tags,
             ${normalizedItemsSql("ingredients")} AS ingredients
      FROM recipes
      WHERE rowid IN (SELECT row_id FROM analysis_step_quantiles)
        AND calories IS NOT NULL AND len(ingredients) > 0 AND submitted IS NOT NULL
      ORDER BY rowid;`);
  await connection.run(`CREATE OR REPLACE TABLE analysis_set_info AS SELECT (SELECT count(*) FROM recipes)::INTEGER AS recipes_total,
            (SELECT count(*) FROM analysis_step_dedup)::INTEGER AS after_dedup,
            (SELECT count(*) FROM analysis_step_minutes)::INTEGER AS after_minutes,
            (SELECT count(*) FROM analysis_step_quantiles)::INTEGER AS after_quantiles,
            (SELECT count(*) FROM analysis_set)::INTEGER AS analysis_recipes,
            steps_min::INTEGER AS steps_min, steps_max::INTEGER AS steps_max,
            ingredients_min::INTEGER AS ingredients_min, ingredients_max::INTEGER AS ingredients_max,
            (SELECT min(year) FROM analysis_set)::INTEGER AS first_year,
            (SELECT max(year) FROM analysis_set)::INTEGER AS last_year
     FROM analysis_bounds;
    DROP TABLE analysis_step_dedup; DROP TABLE analysis_step_minutes;
    DROP TABLE analysis_step_quantiles; DROP TABLE analysis_bounds;`);
  return readAnalysisSetInfo(connection);
}

export async function readAnalysisSetInfo(connection: DuckDBConnection): Promise<AnalysisSetInfo> {
  const [info] = await queryJson<AnalysisSetInfo>(connection, "SELECT * FROM analysis_set_info");
  if (!info) throw new Error("analysis_set_info is empty: rebuild the database (npm run data)");
  return info;
}
