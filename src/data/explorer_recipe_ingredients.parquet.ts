import { writeExplorerParquet } from "../../loaders/explorer/exports.ts";

await writeExplorerParquet("explorer_recipe_ingredients", process.stdout);
