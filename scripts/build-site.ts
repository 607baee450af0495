/**
 * npm run build [-- --out <dir>]: builds the site into a temporary folder and swaps it into place
 * only when the build succeeded, so a failed build leaves the previous site serving. (The data and
 * the npm cache are prepared by the prebuild hook.)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../loaders/paths.ts";

/** Runs `build(tmp)`; on success `tmp` replaces `out`, on failure `out` is left as it was. */
export async function buildAtomically(
  out: string,
  build: (tmp: string) => Promise<boolean>,
): Promise<boolean> {
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  if (!(await build(tmp))) {
    await rm(tmp, { recursive: true, force: true });
    return false;
  }
  if (existsSync(out)) await rename(out, old);
  await rename(tmp, out);
  await rm(old, { recursive: true, force: true });
  return true;
}

function observableBuild(output: string): Promise<boolean> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(PROJECT_ROOT, "node_modules/.bin/observable"), ["build"], {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", MANGETAMAIN_BUILD_OUTPUT: output },
    });
    child.on("error", fail);
    child.on("close", (code) => done(code === 0));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const out = resolve(PROJECT_ROOT, values.out!);
  if (await buildAtomically(out, observableBuild)) {
    console.error(`site written to ${out}`);
  } else {
    const kept = existsSync(out)
      ? `the previous site in ${out} is unchanged`
      : "no site was written";
    console.error(`build failed: ${kept}`);
    process.exitCode = 1;
  }
}
