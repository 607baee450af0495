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

/** The first row of each recipe id (step 1). */
const FIRST_OF_EACH_ID = `rowid IN (SELECT min(rowid) FROM recipes GROUP BY recipe_id)`;
const IN_MINUTES = `minutes BETWEEN ${MINUTES_RANGE[0]} AND ${MINUTES_RANGE[1]}`;
const IN_BOUNDS = `n_steps BETWEEN b.steps_min AND b.steps_max
        AND n_ingredients BETWEEN b.ingredients_min AND b.ingredients_max`;

/**
 * The analysis set as tables of the export store (loaders/export-store.ts), in build order: the
 * store computes them from the ingested `recipes` before the analysis tables that read them
 * (a bare database gets them as temporary tables, see createExportTables). Not in the ingest: the
 * database holds the data as read; what the pages make of it is the store's, rebuilt when this
 * SQL changes.
 * - `analysis_set_steps`: how many recipes each cleaning step keeps and the quantile bounds (the
 *   steps test only scalar columns, so they never read the wide list columns);
 * - `analysis_set`: the kept recipes with normalised tags/ingredients, calendar fields and
 *   complexity, in the file's order;
 * - `analysis_set_info`: the counts and bounds the pages show.
 */
export const ANALYSIS_SET_TABLES = {
  analysis_set_steps: `
    WITH dedup AS MATERIALIZED (
      SELECT minutes, n_steps, n_ingredients FROM recipes WHERE ${FIRST_OF_EACH_ID}),
    kept AS MATERIALIZED (SELECT * FROM dedup WHERE ${IN_MINUTES}),
    b AS (SELECT
      ${nearestQuantileSql("n_steps", "kept", QUANTILE_RANGE[0])} AS steps_min,
      ${nearestQuantileSql("n_steps", "kept", QUANTILE_RANGE[1])} AS steps_max,
      ${nearestQuantileSql("n_ingredients", "kept", QUANTILE_RANGE[0])} AS ingredients_min,
      ${nearestQuantileSql("n_ingredients", "kept", QUANTILE_RANGE[1])} AS ingredients_max)
    SELECT (SELECT count(*) FROM recipes) AS recipes_total,
           (SELECT count(*) FROM dedup) AS after_dedup,
           (SELECT count(*) FROM kept) AS after_minutes,
           (SELECT count(*) FROM kept WHERE ${IN_BOUNDS}) AS after_quantiles,
           b.*
    FROM b`,
  analysis_set: `
    SELECT recipe_id, name, minutes, n_steps, n_ingredients, submitted,
           year(submitted)::SMALLINT AS year, month(submitted)::TINYINT AS month,
           ${seasonSql("submitted")} AS season, ${dowSql("submitted")} AS dow,
           ${weekendSql("submitted")} AS weekend,
           ${COMPLEXITY_SQL} AS complexity,
           calories, total_fat_pdv, sugar_pdv, sodium_pdv, protein_pdv, saturated_fat_pdv,
           carbohydrates_pdv,
           ${normalizedItemsSql("tags")} AS tags,
           ${normalizedItemsSql("ingredients")} AS ingredients
    FROM (SELECT rowid AS row_id, * FROM recipes WHERE ${FIRST_OF_EACH_ID}), analysis_set_steps b
    WHERE ${IN_MINUTES} AND ${IN_BOUNDS}
      AND calories IS NOT NULL AND len(ingredients) > 0 AND submitted IS NOT NULL
    ORDER BY row_id`,
  analysis_set_info: `
    SELECT recipes_total::INTEGER AS recipes_total, after_dedup::INTEGER AS after_dedup,
           after_minutes::INTEGER AS after_minutes, after_quantiles::INTEGER AS after_quantiles,
           (SELECT count(*) FROM analysis_set)::INTEGER AS analysis_recipes,
           steps_min::INTEGER AS steps_min, steps_max::INTEGER AS steps_max,
           ingredients_min::INTEGER AS ingredients_min, ingredients_max::INTEGER AS ingredients_max,
           (SELECT min(year) FROM analysis_set)::INTEGER AS first_year,
           (SELECT max(year) FROM analysis_set)::INTEGER AS last_year
    FROM analysis_set_steps`,
} as const;

/**
 * The analysis set's counts and bounds: from the export store when the connection has it
 * (openExportDatabase), else computed into temporary tables (a bare database, in tests).
 */
export async function readAnalysisSetInfo(connection: DuckDBConnection): Promise<AnalysisSetInfo> {
  // Imported here: the store imports this module's SQL, and the analysis tables its helpers.
  const { STORE, createExportTables, hasExportStore } = await import("../export-store.ts");
  const table = (await hasExportStore(connection))
    ? `${STORE}.main.analysis_set_info`
    : (await createExportTables(connection, ["analysis_set_info"]), "analysis_set_info");
  const [info] = await queryJson<AnalysisSetInfo>(connection, `SELECT * FROM ${table}`);
  if (!info) throw new Error("analysis_set_info is empty: rebuild the database (npm run data)");
  return info;
}
