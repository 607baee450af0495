/**
 * Promotion and restore: put a complete site (and its database) in place of an environment's, check
 * it through a server, and switch back if the check fails. Every step leaves the environment serving
 * a complete release: copies land under temporary names and are renamed; `current` is switched by
 * rename; a backup of what was there is complete before anything changes.
 */
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { AppEnv } from "../../loaders/environment.ts";
import { PIPELINE_RUN_FILE } from "../../loaders/log-pipeline.ts";
import { BACKUP_RECORD, type BackupRecord, createBackup, locateBackup } from "./backup.ts";
import type { Layout } from "./layout.ts";
import {
  DeployError,
  addRelease,
  copyFileAtomically,
  currentRelease,
  pruneReleases,
  removeAbandoned,
  switchCurrent,
  withDeployLock,
} from "./releases.ts";
import { type Verdict, verifyEnvironment } from "./verify.ts";

export interface SwitchResult {
  readonly env: AppEnv;
  readonly build_id: string;
  readonly previous: string | null;
  readonly backup: BackupRecord;
  readonly verdict: Verdict;
}

interface SwitchOptions {
  readonly keep: number;
  /** The running server to check after the switch (else the one in env.json, else a temporary one). */
  readonly url?: string;
  readonly log: (line: string) => void;
}

async function clean(layout: Layout, env: AppEnv): Promise<void> {
  for (const dir of [layout.sites(env), layout.releases(env), layout.data(env)])
    await removeAbandoned(dir);
}

/** Copies a data folder's database and pipeline record over `env`'s (each file atomically). */
async function replaceData(layout: Layout, env: AppEnv, fromDir: string): Promise<void> {
  for (const name of ["mangetamain.duckdb", PIPELINE_RUN_FILE]) {
    const from = join(fromDir, name);
    const to = join(layout.data(env), name);
    if (existsSync(from)) await copyFileAtomically(from, to);
    else await rm(to, { force: true });
  }
}

/**
 * The switch shared by promote and restore: back up, put `siteDir` in as a release, switch, copy the
 * data, check; on a failed check, switch back and put the backed-up data back.
 */
async function switchTo(
  layout: Layout,
  env: AppEnv,
  source: { siteDir: string; dataDir: string | null; reason: string; protect?: string },
  options: SwitchOptions,
): Promise<SwitchResult> {
  options.log(`backing up ${env}…`);
  const backup = await createBackup(layout, env, {
    reason: source.reason,
    keep: options.keep,
    protect: source.protect,
  });
  options.log(`backup ${backup.id} written`);
  const previous = (await currentRelease(layout, env))?.id ?? null;
  options.log(`copying the site to ${env}…`);
  const release = await addRelease(layout, env, source.siteDir);
  options.log(`switching ${env} to ${release.id}…`);
  await switchCurrent(layout, env, release.id);
  if (source.dataDir) await replaceData(layout, env, source.dataDir);
  options.log(`checking ${env}…`);
  const verdict = await verifyEnvironment(layout, env, release.id, { url: options.url });
  if (!verdict.ok) {
    options.log(`${env} failed its check (${verdict.problems.join("; ")}): rolling back…`);
    if (previous) await switchCurrent(layout, env, previous);
    else await rm(layout.current(env), { force: true });
    await replaceData(layout, env, join(layout.backups(env), backup.id, "data"));
    throw new DeployError(
      `${env} failed its check after the switch (${verdict.problems.join("; ")}); ` +
        `rolled back to ${previous ?? "no site"} (backup ${backup.id})`,
    );
  }
  await pruneReleases(layout, env, options.keep);
  return { env, build_id: release.id, previous, backup, verdict };
}

export async function promote(
  layout: Layout,
  options: SwitchOptions & { preprodUrl?: string },
): Promise<SwitchResult> {
  return withDeployLock(layout, async () => {
    await clean(layout, "prod");
    const candidate = await currentRelease(layout, "preprod");
    if (!candidate)
      throw new DeployError(
        `preprod has no site (${layout.current("preprod")}): build one with APP_ENV=preprod npm run build`,
      );
    options.log(`checking preprod (build ${candidate.id})…`);
    const verdict = await verifyEnvironment(layout, "preprod", candidate.id, {
      url: options.preprodUrl,
    });
    if (!verdict.ok)
      throw new DeployError(
        `preprod is not healthy (${verdict.problems.join("; ")}): production is unchanged`,
      );
    options.log(`preprod is healthy (${verdict.via} ${verdict.url})`);
    return switchTo(
      layout,
      "prod",
      {
        siteDir: candidate.dir,
        dataDir: layout.data("preprod"),
        reason: `before promoting ${candidate.id}`,
      },
      options,
    );
  });
}

export async function restore(
  layout: Layout,
  id: string,
  options: SwitchOptions,
): Promise<SwitchResult> {
  return withDeployLock(layout, async () => {
    const { env, dir } = locateBackup(layout, id);
    await clean(layout, env);
    const record = JSON.parse(await readFile(join(dir, BACKUP_RECORD), "utf8")) as BackupRecord;
    if (!existsSync(join(dir, "site")))
      throw new DeployError(`backup ${id} holds no site (${env} had none when it was made)`);
    return switchTo(
      layout,
      env,
      {
        siteDir: join(dir, "site"),
        dataDir: record.database ? join(dir, "data") : null,
        reason: `before restoring ${id}`,
        protect: id,
      },
      options,
    );
  });
}
