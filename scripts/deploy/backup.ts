/**
 * Backups of an environment: complete copies of its current site and database, written to a
 * temporary folder and renamed into backups/<env>/<id> once complete, the last N kept. Each records
 * what differs from the other environment at that moment (the "differential" backup): build ids,
 * data fingerprints, row counts and the files that differ.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { APP_ENVS, type AppEnv } from "../../loaders/environment.ts";
import { PIPELINE_RUN_FILE } from "../../loaders/log-pipeline.ts";
import { type BuildManifest, writeJsonAtomically } from "../site/manifest.ts";
import type { Layout } from "./layout.ts";
import {
  DeployError,
  copyDirAtomically,
  copyFileAtomically,
  currentRelease,
  removeAbandoned,
  tempName,
} from "./releases.ts";

export const otherEnv = (env: AppEnv): AppEnv => (env === "prod" ? "preprod" : "prod");

const LIST_LIMIT = 200;

export interface SnapshotDiff {
  readonly other_env: AppEnv;
  readonly same_build: boolean;
  readonly build_id: { readonly here: string | null; readonly there: string | null };
  readonly data_fingerprint: {
    readonly here: string | null;
    readonly there: string | null;
    readonly same: boolean;
  };
  readonly rows: Record<
    "recipes" | "interactions",
    { here: number | null; there: number | null; delta: number | null }
  >;
  /** Site files only here, only there, or with other content (each list capped, with its count). */
  readonly files: Record<
    "only_here" | "only_there" | "changed",
    { count: number; paths: string[] }
  >;
}

export function diffSnapshots(
  here: BuildManifest | null,
  there: BuildManifest | null,
  otherName: AppEnv,
): SnapshotDiff {
  const a = here?.files ?? {};
  const b = there?.files ?? {};
  const list = (paths: string[]) => ({ count: paths.length, paths: paths.slice(0, LIST_LIMIT) });
  const rows = (table: "recipes" | "interactions") => {
    const x = here?.data.rows[table] ?? null;
    const y = there?.data.rows[table] ?? null;
    return { here: x, there: y, delta: x !== null && y !== null ? x - y : null };
  };
  return {
    other_env: otherName,
    same_build: here !== null && here.build_id === there?.build_id,
    build_id: { here: here?.build_id ?? null, there: there?.build_id ?? null },
    data_fingerprint: {
      here: here?.data.fingerprint ?? null,
      there: there?.data.fingerprint ?? null,
      same: here !== null && here.data.fingerprint === there?.data.fingerprint,
    },
    rows: { recipes: rows("recipes"), interactions: rows("interactions") },
    files: {
      only_here: list(Object.keys(a).filter((f) => !(f in b))),
      only_there: list(Object.keys(b).filter((f) => !(f in a))),
      changed: list(Object.keys(a).filter((f) => f in b && a[f] !== b[f])),
    },
  };
}

export interface BackupRecord {
  readonly id: string;
  readonly env: AppEnv;
  readonly created_at: string;
  readonly reason: string;
  readonly build_id: string | null;
  readonly data: BuildManifest["data"] | null;
  readonly database: boolean;
  readonly diff: SnapshotDiff;
}

export const BACKUP_RECORD = "backup.json";

function backupId(env: AppEnv, now: Date): string {
  return `${env}-${now.toISOString().replace(/[-:]/g, "").replace(".", "")}`;
}

export async function createBackup(
  layout: Layout,
  env: AppEnv,
  options: { reason: string; keep: number; now?: Date; protect?: string },
): Promise<BackupRecord> {
  const dir = layout.backups(env);
  await mkdir(dir, { recursive: true });
  await removeAbandoned(dir);
  const release = await currentRelease(layout, env);
  const other = await currentRelease(layout, otherEnv(env)).catch(() => null);
  const id = backupId(env, options.now ?? new Date());
  const tmp = join(dir, tempName("tmp"));
  try {
    await mkdir(tmp);
    if (release) await copyDirAtomically(release.dir, join(tmp, "site"));
    const db = layout.database(env);
    const hasDb = existsSync(db);
    if (hasDb) await copyFileAtomically(db, join(tmp, "data", "mangetamain.duckdb"));
    const run = join(layout.data(env), PIPELINE_RUN_FILE);
    if (existsSync(run)) await copyFileAtomically(run, join(tmp, "data", PIPELINE_RUN_FILE));
    const record: BackupRecord = {
      id,
      env,
      created_at: new Date().toISOString(),
      reason: options.reason,
      build_id: release?.id ?? null,
      data: release?.manifest.data ?? null,
      database: hasDb,
      diff: diffSnapshots(release?.manifest ?? null, other?.manifest ?? null, otherEnv(env)),
    };
    await writeJsonAtomically(join(tmp, BACKUP_RECORD), record);
    await rename(tmp, join(dir, id));
    await pruneBackups(layout, env, options.keep, options.protect);
    return record;
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Complete backups of `env`, newest first. */
export async function listBackups(layout: Layout, env: AppEnv): Promise<BackupRecord[]> {
  const names = (await readdir(layout.backups(env)).catch(() => [] as string[]))
    .filter((n) => !n.startsWith("."))
    .sort()
    .reverse();
  const records: BackupRecord[] = [];
  for (const name of names) {
    const text = await readFile(join(layout.backups(env), name, BACKUP_RECORD), "utf8").catch(
      () => null,
    );
    if (text) records.push(JSON.parse(text) as BackupRecord);
  }
  return records;
}

/** Deletes all but the newest `keep` backups (and `protect`, the one being restored). */
export async function pruneBackups(
  layout: Layout,
  env: AppEnv,
  keep: number,
  protect?: string,
): Promise<string[]> {
  const old = (await listBackups(layout, env)).map((r) => r.id).slice(keep);
  const removed = old.filter((id) => id !== protect);
  for (const id of removed)
    await rm(join(layout.backups(env), id), { recursive: true, force: true });
  return removed;
}

/** The environment a backup id belongs to, and its folder; an unknown id is an error naming it. */
export function locateBackup(layout: Layout, id: string): { env: AppEnv; dir: string } {
  const env = APP_ENVS.find((e) => id.startsWith(`${e}-`));
  const dir = env ? join(layout.backups(env), id) : null;
  if (!env || !dir || !/^[a-z]+-\d{8}T\d{9}Z$/.test(id) || !existsSync(join(dir, BACKUP_RECORD)))
    throw new DeployError(
      `no backup "${id}": ids look like prod-20250101T120000000Z (npm run backup -- --list shows them)`,
    );
  return { env, dir };
}
