/** npm run status [-- --json] [--preprod-url u] [--prod-url u]: both environments side by side. */
import { parseArgs } from "node:util";
import { runCli } from "../loaders/cli/run.ts";
import { EXPECTED_ERRORS } from "./deploy/cli.ts";
import { layout } from "./deploy/layout.ts";
import { formatStatus, readStatus } from "./deploy/status.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      "preprod-url": { type: "string" },
      "prod-url": { type: "string" },
    },
  });
  const status = await readStatus(layout(), {
    preprod: values["preprod-url"],
    prod: values["prod-url"],
  });
  console.log(values.json ? JSON.stringify(status) : formatStatus(status));
}, EXPECTED_ERRORS);
