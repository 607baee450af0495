/**
 * npm run export-store -- [--db <file>]: computes the browser's tables into the export store beside
 * the database (loaders/export-store.ts), unless it is already up to date. `npm run data` does
 * this after the ingest; the benchmark times it as its own step.
 */
import { parseArgs } from "node:util";
import { refreshExportStore } from "../export-store.ts";
import { exportDatabasePath } from "../exports.ts";
import { runCli } from "./run.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { db: { type: "string" } }, strict: true });
  const dbPath = values.db ?? exportDatabasePath();
  const rebuilt = await refreshExportStore(dbPath);
  console.error(rebuilt ? `export store: rebuilt for ${dbPath}` : "export store: up to date");
});
