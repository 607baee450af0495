/**
 * Makes the database the site is built from: the real Food.com files when data/raw holds them,
 * otherwise a generated sample (so a fresh clone works without a download), then the ingest,
 * which skips itself when its inputs are unchanged.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { INTERACTIONS_FILE, RECIPES_FILE } from "./foodcom-files.ts";
import { IngestError } from "./ingest/errors.ts";
import { SAMPLE_MANIFEST, ingest, type IngestResult } from "./ingest/ingest.ts";
import { startPipelineLog } from "./log-pipeline.ts";
import { RAW_DIR, SAMPLE_DIR } from "./paths.ts";
import { FULL_SCALE, generateSample } from "./sample/generate.ts";

/** Share of the full dataset the default sample has; SAMPLE_SCALE overrides it. */
export const DEFAULT_SAMPLE_SCALE = 1;
export const SAMPLE_SEED = 42;

export function parseSampleScale(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_SAMPLE_SCALE;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
    throw new IngestError(
      "SAMPLE_SCALE",
      null,
      `${JSON.stringify(value)} is not a share between 0 (excluded) and 1`,
    );
  }
  return scale;
}

/** Where the raw files are: data/raw when both real files are there, else the sample. */
export function realRawDir(dir = RAW_DIR): string | null {
  const present = [RECIPES_FILE, INTERACTIONS_FILE].filter((f) =>
    existsSync(join(dir, f.fileName)),
  );
  if (present.length === 2) return dir;
  if (present.length === 1) {
    const missing = [RECIPES_FILE, INTERACTIONS_FILE].find((f) => !present.includes(f))!;
    throw new IngestError(
      missing.fileName,
      null,
      `not found in ${dir}, which holds ${present[0]!.fileName}: add both files, or neither to use the sample`,
    );
  }
  return null;
}

async function ensureSample(scale: number, log: (m: string) => void): Promise<string> {
  const recipes = Math.round(FULL_SCALE.recipes * scale);
  const interactions = Math.round(FULL_SCALE.interactions * scale);
  const dir = join(SAMPLE_DIR, `scale-${scale}-seed-${SAMPLE_SEED}`);
  const manifest = await readFile(join(dir, SAMPLE_MANIFEST), "utf8").catch(() => null);
  if (manifest === null) {
    log(
      `no real files in ${RAW_DIR}: generating a synthetic sample (${recipes} recipes, ${interactions} reviews) in ${dir}`,
    );
    await generateSample({ outDir: dir, recipes, interactions, seed: SAMPLE_SEED });
  }
  return dir;
}

export async function prepareData(options: {
  dbPath: string;
  sampleScale: number;
  /** A folder holding both raw files, used as is (tests, or real files kept elsewhere). */
  rawDir?: string;
  log: (message: string) => void;
}): Promise<IngestResult & { rawDir: string }> {
  const run = startPipelineLog(options.dbPath);
  try {
    const rawDir =
      options.rawDir ?? realRawDir() ?? (await ensureSample(options.sampleScale, options.log));
    run.inputs(rawDir);
    const result = await ingest({ rawDir, dbPath: options.dbPath, log: options.log });
    await run.finished(result);
    return { ...result, rawDir };
  } catch (error) {
    await run.failed(error);
    throw error;
  }
}
