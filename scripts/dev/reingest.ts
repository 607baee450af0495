/**
 * Rebuilds the database from the raw files it was last built from, even though they are unchanged
 * (the ingest skips itself otherwise): run by `npm run dev` in a fresh process when a module of the
 * ingest changed, so the new code is the one loaded. Then clears Framework's cached loader outputs.
 */
import { refreshDataCache } from "../../loaders/data-cache.ts";
import { openDatabase, queryJson } from "../../loaders/duckdb.ts";
import { exportDatabasePath } from "../../loaders/exports.ts";
import { ingest } from "../../loaders/ingest/ingest.ts";
import { reportIngest } from "../../loaders/ingest/report.ts";

const log = (m: string) => console.error(m);
const dbPath = exportDatabasePath();
const db = await openDatabase(dbPath, { readOnly: true });
const [info] = await queryJson<{ raw_dir: string }>(
  db.connection,
  "SELECT raw_dir FROM ingest_info",
);
db.close();
const result = await ingest({ rawDir: info!.raw_dir, dbPath, force: true, log });
reportIngest(result, log, 5);
await refreshDataCache(dbPath);
