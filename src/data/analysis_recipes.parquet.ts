import { writeAnalysisParquet } from "../../loaders/analysis/exports.ts";

await writeAnalysisParquet("analysis_recipes", process.stdout);
