/**
 * One built site shared by every browser test (and by engineers taking screenshots): built offline
 * from a small generated sample the first time it is asked for, then reused while the sources are
 * unchanged. Sites live in test-results/sites/<hash of the sources>/, written to a temporary folder
 * and renamed, and builds take a lock: Framework's loader cache is shared, so two builds at once
 * would clear each other's cache.
 *
 * CLI: `npx tsx tests/helpers/shared-site.ts` prints the site's folder (building it if needed).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { type BuiltSite, buildSiteOffline } from "./site-build.ts";

export const SHARED_SAMPLE = { recipes: 2_000, interactions: 10_000, seed: 7 } as const;
const SITES = join(PROJECT_ROOT, "test-results", "sites");
const LOCK = join(SITES, ".lock");
const SOURCES = ["src", "loaders", "scripts", "observablehq.config.ts", "package-lock.json"];
const KEEP = 3;

/** A digest of every source file's path, size and mtime (Framework's cache is skipped). */
export function sourcesHash(): string {
  const hash = createHash("sha256").update(JSON.stringify(SHARED_SAMPLE));
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (path.endsWith(".observablehq")) return;
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else hash.update(`${relative(PROJECT_ROOT, path)}:${stat.size}:${stat.mtimeMs}\n`);
  };
  for (const source of SOURCES) visit(join(PROJECT_ROOT, source));
  return hash.digest("hex").slice(0, 16);
}

/** Runs `body` while no other site build runs (they share Framework's loader cache). */
export async function withBuildLock<T>(body: () => Promise<T>): Promise<T> {
  await mkdir(SITES, { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // A lock older than 20 minutes was left by a killed build.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 20 * 60_000) await rmdir(LOCK).catch(() => {});
      await sleep(1000);
    }
  }
  try {
    return await body();
  } finally {
    await rmdir(LOCK).catch(() => {});
  }
}

export async function sharedSite(): Promise<BuiltSite> {
  const key = sourcesHash();
  const dir = join(SITES, key);
  const manifest = join(dir, "site.json");
  if (!existsSync(manifest)) {
    await withBuildLock(async () => {
      if (existsSync(manifest)) return;
      const built = await buildSiteOffline(SHARED_SAMPLE);
      const staging = `${dir}.tmp-${process.pid}`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      await cp(built.dist, join(staging, "dist"), { recursive: true });
      await cp(built.dbPath, join(staging, "mangetamain.duckdb"));
      const site: BuiltSite = {
        dir,
        dbPath: join(dir, "mangetamain.duckdb"),
        dist: join(dir, "dist"),
        log: built.log,
      };
      await writeFile(join(staging, "site.json"), JSON.stringify(site));
      await rename(staging, dir);
      await prune(key);
    });
  }
  return JSON.parse(await readFile(manifest, "utf8")) as BuiltSite;
}

/** Keeps the newest few sites. */
async function prune(current: string): Promise<void> {
  const sites = readdirSync(SITES)
    .filter((name) => /^[0-9a-f]{16}$/.test(name) && name !== current)
    .map((name) => ({ name, mtime: statSync(join(SITES, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of sites.slice(KEEP - 1))
    await rm(join(SITES, name), { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await sharedSite()).dir);
