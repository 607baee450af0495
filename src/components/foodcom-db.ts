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
  recipe_rating_spans: () => FileAttachment("../data/recipe_rating_spans.parquet"),
  rated_recipes: () => FileAttachment("../data/rated_recipes.parquet"),
  // The recipe explorer's tables (loaders/explorer/tables.ts); only explorer_recipes is loaded up
  // front, the others when a filter first needs them (addTables).
  explorer_recipes: () => FileAttachment("../data/explorer_recipes.parquet"),
  explorer_recipe_tags: () => FileAttachment("../data/explorer_recipe_tags.parquet"),
  explorer_recipe_ingredients: () => FileAttachment("../data/explorer_recipe_ingredients.parquet"),
  explorer_descriptions: () => FileAttachment("../data/explorer_descriptions.parquet"),
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

/** The AsyncDuckDB behind Framework's client (not in its public API, stable in Framework 1.13). */
interface ArrowInserter {
  _db: {
    connect(): Promise<{
      insertArrowTable(table: unknown, options: { name: string; schema: string }): Promise<void>;
      close(): Promise<void>;
    }>;
  };
}

/** Adds tables to a client made by foodcomDatabase, for data a page fetches only when needed. */
export async function addTables(db: DuckDBClient, names: readonly TableName[]): Promise<void> {
  const tables = await Promise.all(names.map((name) => TABLES[name]().parquet()));
  const connection = await (db as unknown as ArrowInserter)._db.connect();
  try {
    for (const [i, name] of names.entries())
      await connection.insertArrowTable(tables[i], { name, schema: "main" });
  } finally {
    await connection.close();
  }
}
