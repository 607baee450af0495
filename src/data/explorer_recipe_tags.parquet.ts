import { writeExplorerParquet } from "../../loaders/explorer/exports.ts";

await writeExplorerParquet("explorer_recipe_tags", process.stdout);
