/** Worker entry: writes one of the two files, so both are written at once on two cores. */
import { parentPort, workerData } from "node:worker_threads";
import { writeInteractionsFile } from "./interaction-file.ts";
import { writeRecipesFile, type FileJob } from "./recipe-file.ts";
import type { RecipePlan } from "./recipes.ts";

export interface WorkerTask {
  file: "recipes" | "interactions";
  job: FileJob;
  plan: RecipePlan;
}

const task = workerData as WorkerTask;
const outcome =
  task.file === "recipes"
    ? await writeRecipesFile(task.job, task.plan)
    : await writeInteractionsFile(task.job, task.plan);
parentPort!.postMessage(outcome);
