import { writeAnalysisParquet } from "../../loaders/analysis/exports.ts";

await writeAnalysisParquet("review_calendar", process.stdout);
