import { writeAnalysisParquet } from "../../loaders/analysis/exports.ts";

await writeAnalysisParquet("recipe_ratings", process.stdout);
