import { writeParquetExport } from "../../loaders/exports.ts";

await writeParquetExport("interactions", process.stdout);
