/**
 * Which deployment environment this process belongs to, decided in one place for the pipeline, the
 * server and the deployment commands. Precedence: APP_ENV, then a folder of the project's path
 * naming preprod or prod (checkouts such as `00_preprod/`, `10_prod/`), then a container, then local.
 * The probes are parameters so that tests decide what the "host" looks like.
 */
import { existsSync } from "node:fs";
import { PROJECT_ROOT } from "./paths.ts";

export type AppEnv = "local" | "preprod" | "prod";
export const APP_ENVS: readonly AppEnv[] = ["local", "preprod", "prod"];

/** What decided the environment: the variable, the checkout's path, a container, or nothing. */
export type EnvSource = "APP_ENV" | "path" | "docker" | "default";

export interface DetectedEnvironment {
  readonly env: AppEnv;
  /** PREPROD, PRODUCTION, PROD (Docker) or LOCAL: the badge's text, the same in every language. */
  readonly label: EnvLabel;
  readonly source: EnvSource;
}

export type EnvLabel = "PREPROD" | "PRODUCTION" | "PROD (Docker)" | "LOCAL";

/** The variable the Docker image sets, for runtimes that do not create /.dockerenv (podman, k8s). */
export const CONTAINER_VARIABLE = "MANGETAMAIN_CONTAINER";

const ALIASES: Record<string, AppEnv> = {
  local: "local",
  preprod: "preprod",
  prod: "prod",
  production: "prod",
};

export class EnvironmentError extends Error {
  override name = "EnvironmentError";
}

/** APP_ENV's value as an environment (unset or blank: local); anything else is an error. */
export function parseAppEnv(value: string | undefined): AppEnv {
  if (value === undefined || value.trim() === "") return "local";
  const env = ALIASES[value.trim().toLowerCase()];
  if (!env) {
    throw new EnvironmentError(
      `APP_ENV=${JSON.stringify(value)} is not an environment: use local, preprod, prod (or production)`,
    );
  }
  return env;
}

// A folder names an environment when it is the word, or ends with it after a separator
// ("10_prod", "site-preprod", "00_pre-prod"): "prodigy" or "reproduction" do not.
const PREPROD_SEGMENT = /(?:^|[-_.])pre[-_.]?prod(?:uction)?$/i;
const PROD_SEGMENT = /(?:^|[-_.])prod(?:uction)?$/i;

/** The environment a path names; the folder nearest to the project wins over its parents. */
export function envFromPath(path: string): "preprod" | "prod" | null {
  const segments = path.split(/[\\/]+/).filter(Boolean);
  for (const segment of segments.reverse()) {
    if (PREPROD_SEGMENT.test(segment)) return "preprod";
    if (PROD_SEGMENT.test(segment)) return "prod";
  }
  return null;
}

export function labelOf(env: AppEnv, source: EnvSource): EnvLabel {
  if (env === "preprod") return "PREPROD";
  if (env === "local") return "LOCAL";
  return source === "docker" ? "PROD (Docker)" : "PRODUCTION";
}

export interface DetectionProbes {
  /** The process environment (APP_ENV, MANGETAMAIN_CONTAINER). */
  readonly env?: NodeJS.ProcessEnv;
  /** The project's root folder: `npm run` starts scripts there, so the working directory says nothing more. */
  readonly projectRoot?: string;
  readonly fileExists?: (path: string) => boolean;
}

export function detectEnvironment(probes: DetectionProbes = {}): DetectedEnvironment {
  const vars = probes.env ?? process.env;
  const root = probes.projectRoot ?? PROJECT_ROOT;
  const fileExists = probes.fileExists ?? existsSync;
  const decided = (env: AppEnv, source: EnvSource): DetectedEnvironment => ({
    env,
    label: labelOf(env, source),
    source,
  });

  if (vars.APP_ENV !== undefined && vars.APP_ENV.trim() !== "")
    return decided(parseAppEnv(vars.APP_ENV), "APP_ENV");
  const fromPath = envFromPath(root);
  if (fromPath) return decided(fromPath, "path");
  if (fileExists("/.dockerenv") || vars[CONTAINER_VARIABLE] === "1")
    return decided("prod", "docker");
  return decided("local", "default");
}

/**
 * The environment whose data and built site a command in this checkout works on: the detected one,
 * except that a container alone does not make a checkout production (a container serves what its
 * image was built with, and development machines are often containers themselves).
 */
export function workingEnvironment(probes: DetectionProbes = {}): AppEnv {
  const detected = detectEnvironment(probes);
  return detected.source === "docker" ? "local" : detected.env;
}
