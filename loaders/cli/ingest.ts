/**
 * npm run ingest -- [--raw <dir>] [--db <file>] [--force]
 * Defaults: --raw data/raw, --db data/<APP_ENV>/mangetamain.duckdb.
 */
import { parseArgs } from "node:util";
import { parseAppEnv } from "../environment.ts";
import { IngestError } from "../ingest/errors.ts";
import { ingest } from "../ingest/ingest.ts";
import { RAW_DIR, databasePath } from "../paths.ts";
import { runCli } from "./run.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: { raw: { type: "string" }, db: { type: "string" }, force: { type: "boolean", default: false } },
    strict: true,
  });
  const dbPath = values.db ?? databasePath(parseAppEnv(process.env.APP_ENV));
  const result = await ingest({
    rawDir: values.raw ?? RAW_DIR,
    dbPath,
    force: values.force,
    log: (m) => console.error(m),
  });
  if (result.skipped) return;
  for (const r of result.rejects.slice(0, 50)) console.error(`rejected ${r.file}, line ${r.line}: ${r.reason}`);
  if (result.rejects.length > 50) console.error(`... ${result.rejects.length - 50} more in the quality_rejects table`);
  const { recipes, interactions } = result;
  console.error(
    `recipes: ${recipes?.loaded} loaded of ${recipes?.read} read (${recipes?.rejected} rejected); ` +
      `interactions: ${interactions?.loaded} loaded of ${interactions?.read} read (${interactions?.rejected} rejected); ` +
      `${result.seconds.toFixed(1)} s`,
  );
}, [IngestError]);
