/** Writes RAW_recipes.csv (to its temporary name): runs in-process or in the recipes worker. */
import { ChunkedFileWriter, type LineEndings } from "./csv-writer.ts";
import {
  RECIPES_HEADER,
  RecipeBuilder,
  formatRecipe,
  planRecipes,
  type RecipePlan,
  type RecipeRow,
} from "./recipes.ts";
import { Rng } from "./rng.ts";
import { TextKit } from "./text.ts";
import { RECIPE_TRAPS, TrapLog, TrapSchedule, type RecipeTrap } from "./traps.ts";

export interface FileJob {
  path: string;
  recipes: number;
  interactions: number;
  seed: number;
  lineEndings: LineEndings;
}

export type TrapSummary = Record<string, { count: number; examples: string[] }>;

export interface FileOutcome {
  bytes: number;
  traps: TrapSummary;
}

/** Leaves the complete file under its temporary name; the caller commits or discards it. */
export async function writeRecipesFile(
  job: FileJob,
  plan: RecipePlan = planRecipes(job.recipes, job.interactions, job.seed),
  signal?: AbortSignal,
  collect?: RecipeRow[],
): Promise<FileOutcome> {
  const { seed } = job;
  const writer = new ChunkedFileWriter(job.path, job.lineEndings);
  try {
    const traps = new TrapSchedule<RecipeTrap>(
      RECIPE_TRAPS,
      plan.count,
      new Rng(seed, "recipe-trap-rows"),
    );
    const trapRng = new Rng(seed, "recipe-traps");
    const rng = new Rng(seed, "recipes");
    const log = new TrapLog(traps.kinds);
    const builder = new RecipeBuilder(plan, new TextKit(seed), traps);
    // Rows in a random order: the plan is sorted by id, the real file is not.
    const order = new Rng(seed, "recipe-order").shuffle(
      Int32Array.from({ length: plan.count }, (_, i) => i),
    );
    await writer.write(RECIPES_HEADER + "\r\n");
    for (let row = 0; row < plan.count; row++) {
      const { row: values, applied } = builder.build(order[row]!, traps.draw(row, trapRng), rng);
      if (applied !== 0) log.record(applied, String(values.id));
      collect?.push(values);
      const full = writer.write(formatRecipe(values));
      if (full) await full;
      if ((row & 1023) === 0) signal?.throwIfAborted();
    }
    signal?.throwIfAborted();
    await writer.close();
    return { bytes: writer.bytes, traps: log.summary() };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
