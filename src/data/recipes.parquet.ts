import { writeParquetExport } from "../../loaders/exports.ts";

await writeParquetExport("recipes", process.stdout);
