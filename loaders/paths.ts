/** Where the pipeline reads and writes, relative to the project root (not the working directory). */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppEnv } from "./environment.ts";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = join(PROJECT_ROOT, "data");
/** The real Food.com files go here; when they are absent the sample is used. */
export const RAW_DIR = join(DATA_DIR, "raw");
export const SAMPLE_DIR = join(DATA_DIR, "sample");

export function databasePath(env: AppEnv): string {
  return join(DATA_DIR, env, "mangetamain.duckdb");
}
