import { writeAnalysisParquet } from "../../loaders/analysis/exports.ts";

await writeAnalysisParquet("rated_recipes", process.stdout);
