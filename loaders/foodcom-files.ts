/**
 * The two Food.com files as published (see shared/foodcom-format.md): their names, their exact
 * header, and the type DuckDB's CSV reader casts each column to while reading. List columns are
 * read as text and parsed afterwards, because their Python escapes need our own parser.
 */

export interface RawFileSpec {
  /** Short name used in messages and in the quality record. */
  readonly key: "recipes" | "interactions";
  readonly fileName: string;
  /** Columns in file order, with the DuckDB type the reader casts to. */
  readonly columns: ReadonlyArray<readonly [name: string, duckdbType: string]>;
}

export const RECIPES_FILE: RawFileSpec = {
  key: "recipes",
  fileName: "RAW_recipes.csv",
  columns: [
    ["name", "VARCHAR"],
    ["id", "INTEGER"],
    ["minutes", "INTEGER"],
    ["contributor_id", "INTEGER"],
    ["submitted", "DATE"],
    ["tags", "VARCHAR"],
    ["nutrition", "VARCHAR"],
    ["n_steps", "INTEGER"],
    ["steps", "VARCHAR"],
    ["description", "VARCHAR"],
    ["ingredients", "VARCHAR"],
    ["n_ingredients", "INTEGER"],
  ],
};

export const INTERACTIONS_FILE: RawFileSpec = {
  key: "interactions",
  fileName: "RAW_interactions.csv",
  columns: [
    ["user_id", "INTEGER"],
    ["recipe_id", "INTEGER"],
    ["date", "DATE"],
    ["rating", "TINYINT"],
    ["review", "VARCHAR"],
  ],
};

export const RAW_FILES = [RECIPES_FILE, INTERACTIONS_FILE] as const;

export function headerOf(spec: RawFileSpec): string {
  return spec.columns.map(([name]) => name).join(",");
}

/** The Python-list columns of RAW_recipes.csv that hold strings. */
export const STRING_LIST_COLUMNS = ["tags", "steps", "ingredients"] as const;

/** `nutrition` holds these seven values, in this order. */
export { NUTRIENTS as NUTRITION_COLUMNS } from "../src/analysis/nutrients.ts";
