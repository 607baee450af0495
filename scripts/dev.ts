/**
 * npm run dev [-- <observable preview options>]: the live preview, plus what Framework does not
 * watch. The data and the npm cache are prepared first (the predev hook); then `observable preview`
 * serves the pages, and a watcher over loaders/ and src/ touches the data loaders that import a
 * changed module (Framework re-runs a loader only when the loader file itself changes), rebuilding
 * the database first when the module belongs to the ingest. Pages and components are Framework's.
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { watchSources } from "./dev/watch.ts";

function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: "inherit" });
    child.on("error", fail);
    child.on("close", done);
  });
}

const preview = spawn(
  resolve(PROJECT_ROOT, "node_modules/.bin/observable"),
  ["preview", ...process.argv.slice(2)],
  {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
  },
);

const watcher = watchSources({
  root: PROJECT_ROOT,
  ingestEntry: join(PROJECT_ROOT, "loaders", "cli", "prepare-data.ts"),
  async reingest() {
    const code = await run(process.execPath, [
      "--import",
      "tsx",
      join(PROJECT_ROOT, "scripts", "dev", "reingest.ts"),
    ]);
    if (code !== 0) console.error(`[dev] the ingest failed (exit ${code}): the old database stays`);
  },
});
console.error("[dev] watching loaders/ and src/ for modules the data loaders import");

const stop = () => {
  watcher.close();
  preview.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
preview.on("close", (code) => {
  watcher.close();
  process.exitCode = code ?? 0;
});
