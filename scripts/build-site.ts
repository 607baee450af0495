/**
 * npm run build [-- --out <dir>]: builds the site into a temporary folder and swaps it into place
 * only when the build succeeded, so a failed build leaves the previous site serving. (The data and
 * the npm cache are prepared by the prebuild hook.)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../loaders/paths.ts";

const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
const out = resolve(PROJECT_ROOT, values.out!);
const tmp = `${out}.tmp-${process.pid}`;
const old = `${out}.old-${process.pid}`;

const code = await new Promise<number | null>((done, fail) => {
  const child = spawn(resolve(PROJECT_ROOT, "node_modules/.bin/observable"), ["build"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", MANGETAMAIN_BUILD_OUTPUT: tmp },
  });
  child.on("error", fail);
  child.on("close", done);
});
if (code !== 0) {
  await rm(tmp, { recursive: true, force: true });
  console.error(
    `build failed: ${existsSync(out) ? `the previous site in ${out} is unchanged` : "no site was written"}`,
  );
  process.exit(code ?? 1);
}
if (existsSync(out)) await rename(out, old);
await rename(tmp, out);
await rm(old, { recursive: true, force: true });
console.error(`site written to ${out}`);
