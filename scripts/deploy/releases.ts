/**
 * An environment's releases and the `current` symlink, changed only in ways an interruption cannot
 * break: a new release is copied to a temporary folder and renamed into place; `current` is switched
 * by renaming a new symlink over it (rename is atomic), so it always names a complete release.
 */
import { existsSync } from "node:fs";
import {
  cp,
  mkdir,
  open,
  readFile,
  readdir,
  readlink,
  rename,
  rm,
  symlink,
} from "node:fs/promises";
import { basename, join } from "node:path";
import type { AppEnv } from "../../loaders/environment.ts";
import { type BuildManifest, readManifest } from "../site/manifest.ts";
import type { Layout } from "./layout.ts";

export class DeployError extends Error {
  override name = "DeployError";
}

export interface Release {
  readonly id: string;
  readonly dir: string;
  readonly manifest: BuildManifest;
}

/** A temporary name that says which process made it, so a later run knows when it is abandoned. */
export const tempName = (kind: string) =>
  `.${kind}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes what killed runs left in `dir` (`.kind-<pid>-…` of processes that are gone). */
export async function removeAbandoned(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of entries) {
    const pid = /^\.[a-z]+-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Copies a folder as a whole: into a temporary sibling, renamed to `to` once complete. */
export async function copyDirAtomically(from: string, to: string): Promise<void> {
  const parent = join(to, "..");
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, tempName("copy"));
  try {
    await cp(from, tmp, { recursive: true });
    await rename(tmp, to);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Copies a file via a temporary sibling and a rename. */
export async function copyFileAtomically(from: string, to: string): Promise<void> {
  await mkdir(join(to, ".."), { recursive: true });
  const tmp = join(to, "..", tempName("copy"));
  try {
    await cp(from, tmp);
    await rename(tmp, to);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** The release `current` points to, or null when the environment has none yet. */
export async function currentRelease(layout: Layout, env: AppEnv): Promise<Release | null> {
  let target: string;
  try {
    target = await readlink(layout.current(env));
  } catch {
    return null;
  }
  const id = basename(target);
  const dir = layout.release(env, id);
  if (!existsSync(dir))
    throw new DeployError(`${layout.current(env)} points to ${target}, which does not exist`);
  return { id, dir, manifest: await readManifest(dir) };
}

/** Makes `siteDir` a release of `env` (copied, or moved when it is a staging folder); returns it. */
export async function addRelease(
  layout: Layout,
  env: AppEnv,
  siteDir: string,
  options: { move?: boolean } = {},
): Promise<Release> {
  const manifest = await readManifest(siteDir);
  const dir = layout.release(env, manifest.build_id);
  if (existsSync(dir)) {
    if (options.move) await rm(siteDir, { recursive: true, force: true });
  } else if (options.move) {
    await mkdir(layout.releases(env), { recursive: true });
    await rename(siteDir, dir);
  } else {
    await copyDirAtomically(siteDir, dir);
  }
  return { id: manifest.build_id, dir, manifest };
}

/** Points `current` at release `id`, atomically. */
export async function switchCurrent(layout: Layout, env: AppEnv, id: string): Promise<void> {
  await readManifest(layout.release(env, id)); // never point at an incomplete release
  const link = join(layout.sites(env), tempName("current"));
  await symlink(join("releases", id), link); // relative: the same inside a container's volume
  try {
    await rename(link, layout.current(env));
  } catch (error) {
    await rm(link, { force: true });
    throw error;
  }
}

/** Deletes releases beyond the newest `keep`, never the current one. */
export async function pruneReleases(layout: Layout, env: AppEnv, keep: number): Promise<string[]> {
  const current = (await currentRelease(layout, env))?.id;
  const ids = (await readdir(layout.releases(env)).catch(() => [] as string[]))
    .filter((n) => !n.startsWith("."))
    .sort()
    .reverse(); // ids start with the build time
  const removed: string[] = [];
  for (const id of ids.slice(keep)) {
    if (id === current) continue;
    await rm(layout.release(env, id), { recursive: true, force: true });
    removed.push(id);
  }
  return removed;
}

/**
 * Runs `task` while holding the deployment lock, so two promotions cannot interleave. A lock whose
 * process is gone (killed) is taken over.
 */
export async function withDeployLock<T>(layout: Layout, task: () => Promise<T>): Promise<T> {
  const dir = join(layout.home, "sites");
  await mkdir(dir, { recursive: true });
  const path = join(dir, ".deploy.lock");
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST")
          throw new DeployError(`another deployment command is running (lock ${path})`);
        throw error;
      }
      const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder))
        throw new DeployError(`another deployment command (pid ${holder}) is running`);
      await rm(path, { force: true }); // abandoned by a killed run
    }
  }
  try {
    return await task();
  } finally {
    await rm(path, { force: true });
  }
}
