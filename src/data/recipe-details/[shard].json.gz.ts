/**
 * data/recipe-details/<shard>.json.gz: one shard of the recipe detail view. The first shard
 * Framework asks for writes all of them (see loaders/recipe-detail/details.ts).
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeRecipeDetailShard } from "../../../loaders/recipe-detail/details.ts";
import { SHARD_COUNT } from "../../components/recipe/shard.ts";

const { values } = parseArgs({ options: { shard: { type: "string" } } });
const shard = Number(values.shard);
if (!/^\d{4}$/.test(values.shard ?? "") || shard >= SHARD_COUNT)
  throw new Error(`recipe details: no shard "${values.shard}"`);
// Framework's cache of this folder: <root>/.observablehq/cache/data/recipe-details/.
const cacheDir = fileURLToPath(new URL("../../.observablehq/cache/data/recipe-details/", import.meta.url));
await writeRecipeDetailShard(shard, process.stdout, cacheDir);
