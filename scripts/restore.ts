/** npm run restore -- <backup id> [--keep N] [--url u]: puts a backup back, checked, rolled back on failure. */
import { parseArgs } from "node:util";
import { runCli } from "../loaders/cli/run.ts";
import { EXPECTED_ERRORS } from "./deploy/cli.ts";
import { keepCount, layout } from "./deploy/layout.ts";
import { restore } from "./deploy/promote.ts";
import { DeployError } from "./deploy/releases.ts";

await runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      keep: { type: "string", default: process.env.MANGETAMAIN_KEEP },
      url: { type: "string" },
    },
  });
  if (positionals.length !== 1)
    throw new DeployError("give one backup id: npm run restore -- <id> (npm run backup -- --list)");
  const result = await restore(layout(), positionals[0]!, {
    keep: keepCount(values.keep),
    url: values.url,
    log: (line) => console.error(line),
  });
  console.log(
    `${result.env} now serves ${result.build_id} (was ${result.previous ?? "nothing"}; backup of it: ${result.backup.id})`,
  );
}, EXPECTED_ERRORS);
