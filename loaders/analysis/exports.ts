/**
 * Writers for the analysis pages' data: each browser table as Parquet, the analysis-set record as
 * JSON, and a page's pre-aggregated first paint (its queries run natively for the full range).
 */
import type { Writable } from "node:stream";
import type { Database } from "../duckdb.ts";
import { openExportDatabase, writeStoredTable } from "../export-store.ts";
import { exportDatabasePath } from "../exports.ts";
import { readAnalysisSetInfo, type AnalysisSetInfo } from "./analysis-set.ts";
import { createAnalysisTables, type AnalysisTable } from "./tables.ts";
import { nativeRunner } from "./native-runner.ts";
import type { PageQueries, PageResults, YearRange } from "../../src/analysis/query.ts";
import { runPageQueries } from "../../src/analysis/query.ts";

async function withAnalysisSet<T>(
  dbPath: string,
  body: (db: Database, info: AnalysisSetInfo) => Promise<T>,
): Promise<T> {
  const db = await openExportDatabase(dbPath);
  try {
    return await body(db, await readAnalysisSetInfo(db.connection));
  } finally {
    db.close();
  }
}

/** One analysis table as Parquet, copied from the export store. */
export const writeAnalysisParquet = (name: AnalysisTable, output: Writable, dbPath?: string) =>
  writeStoredTable(name, output, {}, dbPath);

/** What a page draws before DuckDB-WASM starts: its queries over the whole range, plus the set. */
export interface FirstPaint<R> {
  readonly set: AnalysisSetInfo;
  readonly range: YearRange;
  readonly results: R;
}

export async function computeFirstPaint<Q extends PageQueries>(
  queries: Q,
  tables: readonly AnalysisTable[],
  dbPath = exportDatabasePath(),
): Promise<FirstPaint<PageResults<Q>>> {
  return withAnalysisSet(dbPath, async (db, set) => {
    await createAnalysisTables(db.connection, tables);
    const range = { from: set.first_year, to: set.last_year };
    const results = await runPageQueries(nativeRunner(db.connection), queries, range);
    return { set, range, results };
  });
}

export async function writeFirstPaint<Q extends PageQueries>(
  queries: Q,
  tables: readonly AnalysisTable[],
  output: Writable = process.stdout,
): Promise<void> {
  output.write(JSON.stringify(await computeFirstPaint(queries, tables)));
}
