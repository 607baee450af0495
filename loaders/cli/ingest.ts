/**
 * npm run ingest -- [--raw <dir>] [--db <file>] [--force]
 * Defaults: --raw data/raw, --db data/<APP_ENV>/mangetamain.duckdb.
 */
import { parseArgs } from "node:util";
import { workingEnvironment } from "../environment.ts";
import { IngestError } from "../ingest/errors.ts";
import { ingest } from "../ingest/ingest.ts";
import { reportIngest } from "../ingest/report.ts";
import { RAW_DIR, databasePath } from "../paths.ts";
import { runCli } from "./run.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      raw: { type: "string" },
      db: { type: "string" },
      force: { type: "boolean", default: false },
    },
    strict: true,
  });
  const dbPath = values.db ?? databasePath(workingEnvironment());
  const result = await ingest({
    rawDir: values.raw ?? RAW_DIR,
    dbPath,
    force: values.force,
    log: (m) => console.error(m),
  });
  reportIngest(result, (line) => console.error(line));
}, [IngestError]);
