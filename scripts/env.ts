/** npm run -s env: the detected environment as one JSON line; a bad APP_ENV exits 1 with why. */
import { runCli } from "../loaders/cli/run.ts";
import { detectEnvironment } from "../loaders/environment.ts";

await runCli(async () => {
  console.log(JSON.stringify(detectEnvironment()));
});
