/**
 * The Overview's yearly chart for every choice of its filters (6 preparation times × 21 minimum
 * numbers of ratings): the page's query, run natively on the recipes export. A few kilobytes of
 * JSON instead of the 5.6 MB recipes Parquet and DuckDB-WASM on the home page.
 */
import type { Writable } from "node:stream";
import { createExportTables, openExportDatabase } from "../export-store.ts";
import { exportDatabasePath } from "../exports.ts";
import { nativeRunner } from "./native-runner.ts";
import {
  MAX_MIN_RATINGS,
  MAX_MINUTES_CHOICES,
  type OverviewYearly,
  type YearRow,
  YEARLY_SQL,
  yearlyKey,
} from "../../src/analysis/overview-queries.ts";

export async function computeOverviewYearly(
  dbPath = exportDatabasePath(),
): Promise<OverviewYearly> {
  const db = await openExportDatabase(dbPath);
  try {
    // The browser's `recipes` table is this export; a temporary view shadows the database's own.
    await createExportTables(db.connection, ["recipes"]);
    const run = nativeRunner(db.connection);
    const table: OverviewYearly = {};
    for (const [, maxMinutes] of MAX_MINUTES_CHOICES)
      for (let minRatings = 0; minRatings <= MAX_MIN_RATINGS; minRatings++)
        table[yearlyKey(maxMinutes, minRatings)] = (await run(YEARLY_SQL, [
          maxMinutes,
          minRatings,
        ])) as unknown as YearRow[];
    return table;
  } finally {
    db.close();
  }
}

export async function writeOverviewYearly(output: Writable = process.stdout): Promise<void> {
  output.write(JSON.stringify(await computeOverviewYearly()));
}
