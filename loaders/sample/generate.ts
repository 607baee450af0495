/**
 * Writes a synthetic RAW_recipes.csv and RAW_interactions.csv in exactly the published format
 * (see shared/foodcom-format.md), deterministic for a seed: same arguments, same bytes.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { commitFile, discardFile, temporaryPathFor, type LineEndings } from "./csv-writer.ts";
import { FULL_INTERACTIONS, FULL_RECIPES } from "./distributions.ts";
import { writeInteractionsFile } from "./interaction-file.ts";
import type { InteractionRow } from "./interactions.ts";
import {
  writeRecipesFile,
  type FileJob,
  type FileOutcome,
  type TrapSummary,
} from "./recipe-file.ts";
import { planRecipes, type RecipeRow } from "./recipes.ts";
import type { WorkerTask } from "./file-worker.ts";

export type { TrapSummary } from "./recipe-file.ts";

export interface SampleOptions {
  outDir: string;
  recipes: number;
  interactions: number;
  seed: number;
  lineEndings?: LineEndings;
  /** Keep every row's values in the result (for tests on small samples; implies one thread). */
  collect?: boolean;
  /** Write the two files at once, each in its own worker thread (default). */
  parallel?: boolean;
  /** Stops the run; the temporary files are removed and no final file is written. */
  signal?: AbortSignal;
}

export interface SampleResult {
  recipes: number;
  interactions: number;
  users: number;
  contributors: number;
  files: {
    recipes: { path: string; bytes: number };
    interactions: { path: string; bytes: number };
  };
  /** Rows holding each trap: count and the first few keys (recipe id, or user_id/recipe_id/date). */
  traps: { recipes: TrapSummary; interactions: TrapSummary };
  rows?: { recipes: RecipeRow[]; interactions: InteractionRow[] };
}

const YOUNG_GENERATION_MB = 96;

export const RECIPES_FILE_NAME = "RAW_recipes.csv";
export const INTERACTIONS_FILE_NAME = "RAW_interactions.csv";
/** Written last: its presence means both files are complete; it says how they were made. */
export const SAMPLE_MANIFEST_NAME = "SAMPLE.json";
/** `--scale 1`: the sizes of the real files. */
export const FULL_SCALE = { recipes: FULL_RECIPES, interactions: FULL_INTERACTIONS } as const;

export async function generateSample(options: SampleOptions): Promise<SampleResult> {
  const { recipes, interactions, seed, signal } = options;
  if (!Number.isSafeInteger(recipes) || recipes < 1)
    throw new RangeError("recipes must be an integer >= 1");
  if (!Number.isSafeInteger(interactions) || interactions < recipes) {
    throw new RangeError("interactions must be an integer >= recipes (every recipe has a review)");
  }
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError("seed must be a non-negative integer");
  await mkdir(options.outDir, { recursive: true });

  const base = { recipes, interactions, seed, lineEndings: options.lineEndings ?? "crlf" } as const;
  const recipeJob: FileJob = { ...base, path: join(options.outDir, RECIPES_FILE_NAME) };
  const interactionJob: FileJob = { ...base, path: join(options.outDir, INTERACTIONS_FILE_NAME) };
  const plan = planRecipes(recipes, interactions, seed);
  const collected = options.collect
    ? { recipes: [] as RecipeRow[], interactions: [] as InteractionRow[] }
    : undefined;
  const parallel = (options.parallel ?? true) && !collected;

  // Both promises are settled before deciding, so no temporary file is left behind.
  const [recipeOutcome, interactionOutcome] = await Promise.allSettled(
    parallel
      ? [
          inWorker<FileOutcome>({ file: "recipes", job: recipeJob, plan }, signal),
          inWorker<FileOutcome & { users: number }>(
            { file: "interactions", job: interactionJob, plan },
            signal,
          ),
        ]
      : [
          writeRecipesFile(recipeJob, plan, signal, collected?.recipes),
          writeInteractionsFile(interactionJob, plan, signal, collected?.interactions),
        ],
  );
  if (recipeOutcome.status === "rejected" || interactionOutcome.status === "rejected") {
    await Promise.all([discardFile(recipeJob.path), discardFile(interactionJob.path)]);
    throw recipeOutcome.status === "rejected"
      ? recipeOutcome.reason
      : (interactionOutcome as PromiseRejectedResult).reason;
  }
  // Rename only once both files are complete; a stale manifest goes first, the new one last.
  const manifestPath = join(options.outDir, SAMPLE_MANIFEST_NAME);
  await rm(manifestPath, { force: true });
  await commitFile(recipeJob.path);
  await commitFile(interactionJob.path);
  const result: SampleResult = {
    recipes,
    interactions,
    users: interactionOutcome.value.users,
    contributors: plan.distinctContributors,
    files: {
      recipes: { path: recipeJob.path, bytes: recipeOutcome.value.bytes },
      interactions: { path: interactionJob.path, bytes: interactionOutcome.value.bytes },
    },
    traps: { recipes: recipeOutcome.value.traps, interactions: interactionOutcome.value.traps },
  };
  const manifest = {
    generator: "npm run sample (loaders/sample)",
    ...base,
    users: result.users,
    contributors: result.contributors,
    bytes: {
      [RECIPES_FILE_NAME]: result.files.recipes.bytes,
      [INTERACTIONS_FILE_NAME]: result.files.interactions.bytes,
    },
    traps: result.traps,
  };
  await writeFile(temporaryPathFor(manifestPath), JSON.stringify(manifest, null, 2) + "\n");
  await commitFile(manifestPath);
  return collected ? { ...result, rows: collected } : result;
}

/**
 * Runs one file's writer in a worker thread. tsx registers its TypeScript hooks in the main
 * thread only, so the worker registers them before loading the entry. A larger young generation
 * than V8's default roughly halves the time spent collecting the many short-lived strings.
 */
function inWorker<T>(task: WorkerTask, signal: AbortSignal | undefined): Promise<T> {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./file-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: task,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let outcome: T | undefined;
    const onAbort = () => void worker.terminate();
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.on("message", (message: T) => (outcome = message));
    worker.on("error", reject);
    worker.on("exit", (code) => {
      signal?.removeEventListener("abort", onAbort);
      if (outcome) resolve(outcome);
      else
        reject(
          signal?.aborted
            ? signal.reason
            : new Error(`${task.file} worker exited with code ${code}`),
        );
    });
  });
}
