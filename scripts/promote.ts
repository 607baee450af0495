/**
 * npm run promote [-- --keep N] [--preprod-url u] [--prod-url u]: preprod's current build and its
 * data to production, checked before and after, rolled back if production fails its check.
 */
import { parseArgs } from "node:util";
import { runCli } from "../loaders/cli/run.ts";
import { EXPECTED_ERRORS } from "./deploy/cli.ts";
import { keepCount, layout } from "./deploy/layout.ts";
import { promote } from "./deploy/promote.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      keep: { type: "string", default: process.env.MANGETAMAIN_KEEP },
      "preprod-url": { type: "string" },
      "prod-url": { type: "string" },
    },
  });
  const result = await promote(layout(), {
    keep: keepCount(values.keep),
    preprodUrl: values["preprod-url"],
    url: values["prod-url"],
    log: (line) => console.error(line),
  });
  console.log(
    `production now serves ${result.build_id} (was ${result.previous ?? "nothing"}; backup ${result.backup.id}; checked by ${result.verdict.via} ${result.verdict.url})`,
  );
}, EXPECTED_ERRORS);
