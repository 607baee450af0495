/**
 * Writers for the explorer's data: its browser tables as Parquet, the tag and ingredient
 * vocabularies as JSON, and the first paint (the unfiltered view computed natively, so the page
 * shows its count, first rows and charts before DuckDB-WASM has started).
 */
import type { Writable } from "node:stream";
import { queryJson } from "../duckdb.ts";
import { openExportDatabase, STORE, writeStoredTable } from "../export-store.ts";
import { exportDatabasePath } from "../exports.ts";
import { nativeRunner } from "../analysis/native-runner.ts";
import { createExplorerTables, type ExplorerTable } from "./tables.ts";
import {
  type ExplorerPage,
  type ExplorerSummary,
  runPage,
  runSummary,
} from "../../src/explorer/explorer-queries.ts";
import { ABSURD_MINUTES, DEFAULT_SORT, NO_FILTERS } from "../../src/explorer/filters.ts";

/** One explorer table as Parquet (format version 2), copied from the export store. */
export const writeExplorerParquet = (name: ExplorerTable, output: Writable, dbPath?: string) =>
  writeStoredTable(name, output, { parquetV2: true }, dbPath);

/** Names and recipe counts, indexed by id (ids are the position in the arrays). */
export interface Vocabulary {
  readonly names: string[];
  readonly recipes: number[];
}

export interface ExplorerVocabularies {
  readonly tags: Vocabulary;
  readonly ingredients: Vocabulary;
}

export async function readVocabularies(
  dbPath = exportDatabasePath(),
): Promise<ExplorerVocabularies> {
  const db = await openExportDatabase(dbPath);
  try {
    const read = async (table: "explorer_tags" | "explorer_ingredients", item: string) => {
      const rows = await queryJson<{ item: string; recipes: number }>(
        db.connection,
        `SELECT ${item} AS item, recipes FROM ${STORE}.main.${table} ORDER BY ${table === "explorer_tags" ? "tag_id" : "ingredient_id"}`,
      );
      return { names: rows.map((r) => r.item), recipes: rows.map((r) => r.recipes) };
    };
    return {
      tags: await read("explorer_tags", "tag"),
      ingredients: await read("explorer_ingredients", "ingredient"),
    };
  } finally {
    db.close();
  }
}

/** The explorer before any filter: its page, its charts, and the bounds the controls offer. */
export interface ExplorerFirstPaint {
  readonly page: ExplorerPage;
  readonly summary: ExplorerSummary;
  readonly bounds: {
    readonly first_year: number;
    readonly last_year: number;
    readonly max_steps: number;
    readonly max_ingredients: number;
    readonly max_ratings: number;
  };
  readonly absurd_minutes: number;
}

export async function computeExplorerFirstPaint(
  dbPath = exportDatabasePath(),
): Promise<ExplorerFirstPaint> {
  const db = await openExportDatabase(dbPath);
  try {
    await createExplorerTables(db.connection, ["explorer_recipes"]);
    const run = nativeRunner(db.connection);
    const [bounds] = await queryJson<ExplorerFirstPaint["bounds"]>(
      db.connection,
      `SELECT year(min(submitted))::INTEGER AS first_year, year(max(submitted))::INTEGER AS last_year,
              max(n_steps)::INTEGER AS max_steps, max(n_ingredients)::INTEGER AS max_ingredients,
              max(n_ratings)::INTEGER AS max_ratings
       FROM explorer_recipes`,
    );
    return {
      page: await runPage(run, NO_FILTERS, DEFAULT_SORT, 1),
      summary: await runSummary(run, NO_FILTERS),
      bounds: bounds!,
      absurd_minutes: ABSURD_MINUTES,
    };
  } finally {
    db.close();
  }
}
