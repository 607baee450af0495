/**
 * Which file holds a recipe's details: the loader (loaders/recipe-detail/) writes recipe `id` into
 * shard `shardOf(id)`, and the detail page fetches that one file. Shared by both, so they agree.
 */

/**
 * 512 shards: at full scale (231,637 recipes, ~270 MB of JSON) one shard is ~520 KB of JSON, sent
 * gzip-compressed as ~130 KB. More shards would be smaller still, but Framework resolves each
 * parameterized file with a directory glob, several times per build: ~5 ms a shard on this machine.
 */
export const SHARD_COUNT = 512;

/** The largest recipe id the page accepts from the URL (Food.com's ids stay below 600,000). */
export const MAX_RECIPE_ID = 2_147_483_647;

export function shardOf(recipeId: number): number {
  return ((recipeId % SHARD_COUNT) + SHARD_COUNT) % SHARD_COUNT;
}

/** The shard's file name in data/recipe-details/, e.g. "0042.json.gz". */
export function shardFileName(shard: number): string {
  return `${String(shard).padStart(4, "0")}.json.gz`;
}

/** Reads `?id=`: a positive integer written in plain digits, or undefined (abc, 1e3, <script>…). */
export function parseRecipeId(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,10}$/.test(raw.trim())) return undefined;
  const id = Number(raw.trim());
  return id >= 1 && id <= MAX_RECIPE_ID ? id : undefined;
}
