/**
 * npm run data — builds data/<APP_ENV>/mangetamain.duckdb from data/raw, or from a generated sample
 * when data/raw has no real files (SAMPLE_SCALE=0.05 for a smaller one), and clears Framework's
 * cached loader outputs when the database changed. Runs before every build and preview.
 * MANGETAMAIN_RAW_DIR reads the raw files from another folder; MANGETAMAIN_DB writes another database.
 */
import { refreshDataCache } from "../data-cache.ts";
import { IngestError } from "../ingest/errors.ts";
import { reportIngest } from "../ingest/report.ts";
import { parseSampleScale, prepareData } from "../prepare-data.ts";
import { databasePath } from "../paths.ts";
import { workingEnvironment } from "../environment.ts";
import { runCli } from "./run.ts";

await runCli(async () => {
  const log = (m: string) => console.error(m);
  // exportDatabasePath() of loaders/exports.ts, not imported: the dev watcher re-ingests when a
  // module the ingest imports changes, and that one imports the export store and the analysis set.
  const dbPath = process.env.MANGETAMAIN_DB || databasePath(workingEnvironment());
  const result = await prepareData({
    dbPath,
    sampleScale: parseSampleScale(process.env.SAMPLE_SCALE),
    rawDir: process.env.MANGETAMAIN_RAW_DIR || undefined,
    log,
  });
  reportIngest(result, log, 20);
  if (await refreshDataCache(dbPath))
    log("cleared Framework's cached data: the pages will be rebuilt from the new database");
}, [IngestError]);
