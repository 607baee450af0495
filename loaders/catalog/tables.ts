/**
 * Which tables the browser gets, and the SQL that defines each: every `src/data/<name>.parquet.ts`
 * loader is one table, so a new loader appears in the catalog without a list to keep in sync. Its
 * SQL comes from the export store's registry (loaders/export-store.ts); a table defined elsewhere is
 * read back from its own loader's output instead (see catalog.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PARQUET_EXPORTS } from "../exports.ts";
import { PROJECT_ROOT } from "../paths.ts";

export const DATA_DIR = join(PROJECT_ROOT, "src", "data");
const FOODCOM_DB = join(PROJECT_ROOT, "src", "components", "foodcom-db.ts");

/** The tables the browser can load: one per Parquet loader in src/data, sorted by name. */
export function browserTables(dataDir = DATA_DIR): string[] {
  return readdirSync(dataDir)
    .map((file) => /^(\w+)\.parquet\.(?:ts|js)$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** The names `foodcomDatabase([...])` accepts: the Parquet files its TABLES map attaches. */
export function foodcomDatabaseTables(source = readFileSync(FOODCOM_DB, "utf8")): string[] {
  return [...source.matchAll(/FileAttachment\(\s*"\.\.\/data\/(\w+)\.parquet"\s*\)/g)].map(
    (m) => m[1]!,
  );
}

/** Catalog order: the general tables first (recipes, interactions), then the others by name. */
export function catalogOrder(names: readonly string[]): string[] {
  const first = Object.keys(PARQUET_EXPORTS);
  return [...names].sort((a, b) => {
    const ia = first.indexOf(a);
    const ib = first.indexOf(b);
    if (ia !== ib) return (ia < 0 ? first.length : ia) - (ib < 0 ? first.length : ib);
    return a.localeCompare(b);
  });
}
