/**
 * Where each environment keeps its things, under one home (the project root unless
 * MANGETAMAIN_HOME says otherwise):
 *   sites/<env>/releases/<build id>/   complete built sites, never modified once in place
 *   sites/<env>/current -> releases/<id>   the one served; switched by renaming a new symlink over it
 *   sites/<env>/env.json               written by the server at start: who serves this environment, where
 *   data/<env>/mangetamain.duckdb      the environment's database (and pipeline-run.json)
 *   backups/<env>/<backup id>/         complete copies: site/, data/, backup.json
 *   logs/<env>/                        app.log, error.log, access.log (rotated)
 */
import { join, resolve } from "node:path";
import type { AppEnv } from "../../loaders/environment.ts";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { DeployError } from "./releases.ts";

export interface Layout {
  readonly home: string;
  sites(env: AppEnv): string;
  current(env: AppEnv): string;
  releases(env: AppEnv): string;
  release(env: AppEnv, buildId: string): string;
  runtimeEnv(env: AppEnv): string;
  data(env: AppEnv): string;
  database(env: AppEnv): string;
  backups(env: AppEnv): string;
  logs(env: AppEnv): string;
}

export function layout(vars: NodeJS.ProcessEnv = process.env): Layout {
  const home = resolve(vars.MANGETAMAIN_HOME || PROJECT_ROOT);
  const logRoot = vars.MANGETAMAIN_LOG_DIR ? resolve(vars.MANGETAMAIN_LOG_DIR) : join(home, "logs");
  return {
    home,
    sites: (env) => join(home, "sites", env),
    current: (env) => join(home, "sites", env, "current"),
    releases: (env) => join(home, "sites", env, "releases"),
    release: (env, id) => join(home, "sites", env, "releases", id),
    runtimeEnv: (env) => join(home, "sites", env, "env.json"),
    data: (env) => join(home, "data", env),
    database: (env) => join(home, "data", env, "mangetamain.duckdb"),
    backups: (env) => join(home, "backups", env),
    logs: (env) => join(logRoot, env),
  };
}

/** Backups keep the last N (MANGETAMAIN_KEEP, default 5); so do releases, besides the current one. */
export function keepCount(value: string | undefined, fallback = 5): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new DeployError(`keep ${JSON.stringify(value)}: not a whole number of at least 1`);
  return n;
}
