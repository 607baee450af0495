import { writeExplorerParquet } from "../../loaders/explorer/exports.ts";

await writeExplorerParquet("explorer_descriptions", process.stdout);
