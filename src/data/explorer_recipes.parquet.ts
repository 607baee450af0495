import { writeExplorerParquet } from "../../loaders/explorer/exports.ts";

await writeExplorerParquet("explorer_recipes", process.stdout);
