/**
 * The recipe explorer's browser tables, each defined once as SQL over the ingested database.
 * Lean by design (the explorer's first visit must stay small): one row per recipe with its numbers
 * and its tags and ingredients as lists of small integer ids into two vocabularies; descriptions
 * sit in their own table (with the names, both lowercased, in the recipes' order), fetched only
 * when the reader first searches text. The same SQL fills
 * temporary tables in Node, so the explorer's queries run natively (first paint, tests) as in the
 * browser. Counts are INTEGER and measures DOUBLE, so no BigInt reaches the browser.
 *
 * NUTRIENT_CODES: each %DV nutrient is stored as `<nutrient>_code`, the rank of its value among the
 * nutrient's distinct values (0 = the smallest; NULL when unknown), and `<nutrient>_values` holds
 * those distinct values in increasing order, value of code i on row i (NULL on the rows after).
 * The box plots count recipes per code (a direct-indexed GROUP BY in DuckDB, several times cheaper
 * in DuckDB-WASM than quantile_cont over the values) and read exact quantiles from the counts; the
 * filters turn a bound into a code by counting values. Same bytes as the values themselves.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { createExportTables } from "../export-store.ts";
import {
  CALORIE_BIN,
  MINUTE_BIN,
  RATING_BIN,
  TEXT_SEPARATOR,
} from "../../src/explorer/explorer-queries.ts";
import { PDV_NUTRIENTS } from "../../src/analysis/nutrients.ts";

/** Items (tags, ingredients) numbered by decreasing frequency: the common ones get small ids. */
const vocabulary = (column: "tags" | "ingredients", id: string, item: string) => `
    SELECT (row_number() OVER (ORDER BY count(*) DESC, ${item}) - 1)::SMALLINT AS ${id},
           ${item}, count(*)::INTEGER AS recipes
    FROM (SELECT DISTINCT recipe_id, unnest(${column}) AS ${item} FROM recipes)
    GROUP BY ${item} ORDER BY ${id}`;

/** One row per (item, recipe), sorted by item: a filter reads one item's run of rows. */
const links = (column: "tags" | "ingredients", vocab: string, id: string, item: string) => `
    SELECT DISTINCT v.${id}, r.recipe_id
    FROM (SELECT recipe_id, unnest(${column}) AS ${item} FROM recipes) r JOIN ${vocab} v USING (${item})
    ORDER BY v.${id}, r.recipe_id`;

/** explorer_recipes' order (newest first), which explorer_descriptions shares row for row. */
const RECIPE_ORDER = "submitted DESC NULLS LAST, recipe_id DESC";

export const EXPLORER_TABLES = {
  /** Every tag with its id and the number of recipes carrying it. */
  explorer_tags: vocabulary("tags", "tag_id", "tag"),
  /** Every ingredient with its id and the number of recipes using it. */
  explorer_ingredients: vocabulary("ingredients", "ingredient_id", "ingredient"),
  /**
   * One row per recipe, in the table's default order (newest first), so row groups prune by year
   * and the default order's page is the first matching rows read. Each recipe's bin in the
   * summary charts is stored with it (a small integer): the charts count bins instead of working
   * them out for every recipe at every filter change. The six %DV nutrients are stored as codes
   * (see NUTRIENT_CODES) with their values.
   */
  explorer_recipes: `
    WITH base AS (
      SELECT r.recipe_id, r.name, r.submitted, r.minutes,
             r.n_steps::SMALLINT AS n_steps, r.n_ingredients::SMALLINT AS n_ingredients,
             r.calories, ${PDV_NUTRIENTS.map((n) => `r.${n}`).join(", ")},
             coalesce(s.n_ratings, 0)::INTEGER AS n_ratings, s.mean_rating::DOUBLE AS mean_rating,
             (${MINUTE_BIN})::SMALLINT AS minutes_bin,
             (${RATING_BIN.replace("r.mean_rating", "s.mean_rating")})::SMALLINT AS rating_bin,
             (${CALORIE_BIN})::SMALLINT AS calories_bin,
             (row_number() OVER (ORDER BY ${RECIPE_ORDER}) - 1)::INTEGER AS pos
      FROM recipes r
      LEFT JOIN (
        -- rating is NULL for a review without a rating: count() and avg() skip it
        SELECT recipe_id, count(rating) AS n_ratings, avg(rating) AS mean_rating
        FROM interactions GROUP BY recipe_id
      ) s USING (recipe_id)
    )${PDV_NUTRIENTS.map(
      (n) => `,
    ${n}_dict AS (
      SELECT DISTINCT ${n} AS value, (dense_rank() OVER (ORDER BY ${n}) - 1)::INTEGER AS code
      FROM base WHERE ${n} IS NOT NULL
    )`,
    ).join("")}
    SELECT b.recipe_id, b.name, b.submitted, b.minutes, b.n_steps, b.n_ingredients, b.calories,
           b.n_ratings, b.mean_rating, b.minutes_bin, b.rating_bin, b.calories_bin,
           ${PDV_NUTRIENTS.map((n) => `${n}_code.code AS ${n}_code, ${n}_value.value AS ${n}_values`).join(",\n           ")}
    FROM base b
    ${PDV_NUTRIENTS.map(
      (n) =>
        `LEFT JOIN ${n}_dict ${n}_code ON ${n}_code.value = b.${n}\n    LEFT JOIN ${n}_dict ${n}_value ON ${n}_value.code = b.pos`,
    ).join("\n    ")}
    ORDER BY b.pos`,
  /** Which recipes carry each tag (fetched when the reader first filters by tag). */
  explorer_recipe_tags: links("tags", "explorer_tags", "tag_id", "tag"),
  /** Which recipes use each ingredient (fetched when the reader first filters by ingredient). */
  explorer_recipe_ingredients: links(
    "ingredients",
    "explorer_ingredients",
    "ingredient_id",
    "ingredient",
  ),
  /**
   * Each recipe's name and description for the text search only, lowercased (by DuckDB's lower(),
   * as the search lowercases the reader's text) and joined into one column, `text`: name, then
   * TEXT_SEPARATOR, then description. One row per recipe, in explorer_recipes' order (the same
   * ORDER BY as its `pos`), so the browser pairs the two tables by position (POSITIONAL JOIN)
   * instead of joining on recipe ids. One contains() per row instead of two; exact because the
   * separator is an uppercase letter, which a lowercased search text never contains, so no match
   * can straddle the name's end and the description's start.
   */
  explorer_descriptions: `
    SELECT recipe_id,
           lower(coalesce(name, '')) || '${TEXT_SEPARATOR}' || lower(coalesce(description, '')) AS text
    FROM recipes
    ORDER BY ${RECIPE_ORDER}`,
} as const;

export type ExplorerTable = keyof typeof EXPLORER_TABLES;
export const EXPLORER_TABLE_NAMES = Object.keys(EXPLORER_TABLES) as ExplorerTable[];

/**
 * The browser's tables under their names: views of the export store when the connection has it,
 * else temporary tables from their SQL (vocabularies first: the recipes use them).
 */
export async function createExplorerTables(
  connection: DuckDBConnection,
  names: readonly ExplorerTable[] = EXPLORER_TABLE_NAMES,
): Promise<void> {
  const needed = new Set<ExplorerTable>(names);
  if (needed.has("explorer_recipes")) {
    needed.add("explorer_tags");
    needed.add("explorer_ingredients");
  }
  await createExportTables(
    connection,
    EXPLORER_TABLE_NAMES.filter((n) => needed.has(n)),
  );
}
