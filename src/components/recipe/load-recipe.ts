/** Fetches the one shard that holds a recipe, inflates it, and finds the recipe in it. */
import { findRecipe, type DetailShard, type RecipeDetail } from "./detail-types.js";
import { shardOf } from "./shard.js";
import { SHARD_FILES } from "./shard-files.js";

export interface LoadedRecipe {
  /** Undefined when no recipe has this id. */
  recipe: RecipeDetail | undefined;
  source: DetailShard["source"];
}

/**
 * A shard's text. Shards are gzip files (see loaders/recipe-detail/details.ts): the production
 * server (sirv) sends a .gz name with `Content-Encoding: gzip`, so the browser has already
 * inflated it; Framework's preview server sends the gzip bytes as they are. The magic bytes tell.
 */
async function shardText(bytes: ArrayBuffer): Promise<string> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(inflated).text();
}

export async function loadRecipe(id: number): Promise<LoadedRecipe> {
  const file = SHARD_FILES[shardOf(id)];
  if (!file) throw new Error(`no shard for recipe ${id}`);
  const shard = JSON.parse(await shardText(await file().arrayBuffer())) as DetailShard;
  return { recipe: findRecipe(shard, id), source: shard.source };
}
