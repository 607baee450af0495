/**
 * The analyst's entry point to the data in the browser: `await foodcomDatabase(["recipes"])` gives a
 * DuckDB-WASM client holding those tables, and `db.sql` powers ```sql blocks. The Parquet files are
 * decoded by parquet-wasm into Arrow and handed to DuckDB-WASM as tables, because DuckDB-WASM would
 * otherwise download its Parquet extension from the internet.
 */
import { DuckDBClient } from "npm:@observablehq/duckdb";
import { FileAttachment } from "observablehq:stdlib";

/** The tables a page can ask for. The literal paths let Framework find and ship the files. */
const TABLES = {
  recipes: () => FileAttachment("../data/recipes.parquet"),
  interactions: () => FileAttachment("../data/interactions.parquet"),
  // The analysis pages' tables (loaders/analysis/tables.ts says what each holds).
  analysis_recipes: () => FileAttachment("../data/analysis_recipes.parquet"),
  analysis_items: () => FileAttachment("../data/analysis_items.parquet"),
  item_diversity: () => FileAttachment("../data/item_diversity.parquet"),
  review_calendar: () => FileAttachment("../data/review_calendar.parquet"),
  recipe_ratings: () => FileAttachment("../data/recipe_ratings.parquet"),
  rated_recipes: () => FileAttachment("../data/rated_recipes.parquet"),
};

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export async function foodcomDatabase(
  names: readonly TableName[] = TABLE_NAMES,
): Promise<DuckDBClient> {
  const unknown = names.filter((name) => !(name in TABLES));
  if (unknown.length)
    throw new Error(`unknown table ${unknown.join(", ")}: choose from ${TABLE_NAMES.join(", ")}`);
  const sources = Object.fromEntries(names.map((name) => [name, TABLES[name]().parquet()]));
  return DuckDBClient.of(sources);
}
