import { writeAnalysisParquet } from "../../loaders/analysis/exports.ts";

await writeAnalysisParquet("item_diversity", process.stdout);
