/**
 * Framework re-runs a data loader only when the loader file is newer than its cached output; it
 * knows nothing of the database or of the modules (loaders/, src/analysis/) that the entries import. This stamp
 * records what the cached outputs were built from, and clears them when that changes.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "./paths.ts";

export const FRAMEWORK_DATA_CACHE = join(PROJECT_ROOT, "src", ".observablehq", "cache", "data");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Clears cached loader outputs unless they were built from this database and these modules. */
export async function refreshDataCache(
  dbPath: string,
  cacheDir = FRAMEWORK_DATA_CACHE,
): Promise<boolean> {
  const stampPath = join(cacheDir, ".built-from.json");
  const current = JSON.stringify({
    db: dbPath,
    dbMtime: existsSync(dbPath) ? statSync(dbPath).mtimeMs : null,
    loaders: newestMtime(join(PROJECT_ROOT, "loaders")),
    // The pages' queries (src/analysis/) are run by the first-paint loaders too.
    queries: newestMtime(join(PROJECT_ROOT, "src", "analysis")),
  });
  const previous = await readFile(stampPath, "utf8").catch(() => null);
  if (previous === current) return false;
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(stampPath, current);
  return true;
}
