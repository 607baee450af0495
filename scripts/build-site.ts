/**
 * npm run build [-- --out <dir>]: builds the site into a temporary folder and swaps it into place
 * only when the build succeeded, so a failed build leaves the previous site serving. (The data and
 * the npm cache are prepared by the prebuild hook.) Every build gets brotli/gzip copies of its files
 * and a build.json manifest; each page's own modules are bundled (scripts/site/bundle.ts). In
 * preprod or prod (APP_ENV, or the checkout's path) without --out, the build becomes a new release
 * of that environment and its current site: sites/<env>/current.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  type DetectedEnvironment,
  detectEnvironment,
  workingEnvironment,
} from "../loaders/environment.ts";
import { exportDatabasePath } from "../loaders/exports.ts";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { layout } from "./deploy/layout.ts";
import { addRelease, removeAbandoned, switchCurrent, tempName } from "./deploy/releases.ts";
import { bundlePages } from "./site/bundle.ts";
import { createManifest, writeManifest } from "./site/manifest.ts";
import { precompressSite } from "./site/precompress.ts";

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

/**
 * Framework's build, each page's modules bundled (before the copies and the manifest, which hash
 * the pages' rewritten inline scripts for the CSP), then what the server needs: compressed copies
 * and build.json.
 */
async function buildSite(output: string, env: DetectedEnvironment): Promise<boolean> {
  if (!(await observableBuild(output))) return false;
  const bundled = await bundlePages(output);
  console.error(
    `${bundled.pages} pages: ${bundled.modules} module loads bundled into ${bundled.files} files`,
  );
  const { files } = await precompressSite(output);
  const manifest = await createManifest(output, { builtIn: env, dbPath: exportDatabasePath() });
  await writeManifest(output, manifest);
  console.error(`build ${manifest.build_id}: ${files} compressed copies, build.json written`);
  return true;
}

const out = (flag: string | undefined) => resolve(PROJECT_ROOT, flag ?? "dist");

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const env = detectEnvironment();
  if (values.out === undefined && workingEnvironment() !== "local") {
    const paths = layout();
    await mkdir(paths.releases(env.env), { recursive: true });
    await removeAbandoned(paths.releases(env.env));
    const staging = resolve(paths.releases(env.env), tempName("build"));
    if (await buildAtomically(staging, (tmp) => buildSite(tmp, env))) {
      const release = await addRelease(paths, env.env, staging, { move: true });
      await switchCurrent(paths, env.env, release.id);
      console.error(`${env.label}: ${paths.current(env.env)} → ${release.dir}`);
    } else {
      console.error(`build failed: ${env.label}'s current site is unchanged`);
      process.exitCode = 1;
    }
  } else if (await buildAtomically(out(values.out), (tmp) => buildSite(tmp, env))) {
    console.error(`site written to ${out(values.out)}`);
  } else {
    const kept = existsSync(out(values.out))
      ? `the previous site in ${out(values.out)} is unchanged`
      : "no site was written";
    console.error(`build failed: ${kept}`);
    process.exitCode = 1;
  }
}
