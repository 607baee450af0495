/**
 * The recipe detail view's data: every recipe's texts, nutrition and rating counts, split into
 * SHARD_COUNT (512) gzip-compressed JSON files by recipe id, all written by ONE loader run.
 *
 * Why not Framework's own ways (measured at full scale, 231,637 recipes, ~270 MB of JSON):
 * - a zip/tar archive loader: Framework re-reads the whole archive for each member it extracts
 *   (JSZip parses a 55 MB zip in ~0.6 s), so hundreds of members cost minutes;
 * - a parameterized loader alone runs one process per shard (512 × tsx + DuckDB).
 * So src/data/recipe-details/[shard].json.gz.ts is parameterized, but its first run writes every
 * shard into Framework's loader cache (`<root>/.observablehq/cache/data/recipe-details/`), where
 * Framework then finds the other 511 fresh and runs nothing more. Were that cache layout to
 * change, each shard would still be correct, only slower to build.
 *
 * Shards are gzip files (not .json), so the build's precompression (brotli 11 on every .json) is
 * not spent on ~270 MB of them: the production server sends them with Content-Encoding: gzip,
 * and the page inflates them itself where a server does not (src/components/recipe/load-recipe.ts).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { openDatabase, queryJson } from "../duckdb.ts";
import { exportDatabasePath } from "../exports.ts";
import { SHARD_COUNT, shardFileName } from "../../src/components/recipe/shard.ts";

const gzipAsync = promisify(gzip);
/** Level 1: 3× faster than 6 on ~270 MB, for shards ~25 % larger (~130 KB each at full scale). */
const GZIP_LEVEL = 1;

/**
 * One JSON array per recipe (positional, see src/components/recipe/detail-types.ts: keys repeated
 * 231,637 times would add ~60 MB): id, name, description, minutes, contributor_id, submitted,
 * tags, ingredients, steps, calories, [6 nutrients as %DV], reviews, [ratings 1..5], unrated.
 * A rating of 0 in the file is NULL in the database: counted as "unrated", never as a score.
 */
export const RECIPE_DETAIL_SQL = `
  WITH stats AS (
    SELECT recipe_id,
           count(*)::INTEGER AS reviews,
           count(*) FILTER (rating = 1)::INTEGER AS r1, count(*) FILTER (rating = 2)::INTEGER AS r2,
           count(*) FILTER (rating = 3)::INTEGER AS r3, count(*) FILTER (rating = 4)::INTEGER AS r4,
           count(*) FILTER (rating = 5)::INTEGER AS r5,
           count(*) FILTER (rating IS NULL)::INTEGER AS unrated
    FROM interactions GROUP BY recipe_id
  )
  SELECT r.recipe_id,
         ((r.recipe_id % $shards) + $shards) % $shards AS shard,
         json_array(
           r.recipe_id, r.name, r.description, r.minutes, r.contributor_id,
           strftime(r.submitted, '%Y-%m-%d'), r.tags, r.ingredients, r.steps, r.calories,
           json_array(r.total_fat_pdv, r.sugar_pdv, r.sodium_pdv, r.protein_pdv,
                      r.saturated_fat_pdv, r.carbohydrates_pdv),
           coalesce(s.reviews, 0),
           json_array(coalesce(s.r1, 0), coalesce(s.r2, 0), coalesce(s.r3, 0),
                      coalesce(s.r4, 0), coalesce(s.r5, 0)),
           coalesce(s.unrated, 0)
         )::VARCHAR AS json
  FROM recipes r LEFT JOIN stats s USING (recipe_id)`;

/** A shard's JSON text: `{"shard":k,"source":"real"|"sample","recipes":[[…],[…]]}`. */
const shardJson = (shard: number, source: string, rows: string) =>
  `{"shard":${shard},"source":${JSON.stringify(source)},"recipes":[${rows}]}`;

/** Every shard's JSON text, in shard order; empty shards too (the page may ask for any). */
export async function* detailShards(
  dbPath = exportDatabasePath(),
  shards = SHARD_COUNT,
): AsyncGenerator<{ shard: number; json: string }> {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    // The source travels with each shard, so the page can say "synthetic sample" without another file.
    const [info] = await queryJson<{ source: string }>(
      db.connection,
      "SELECT source FROM ingest_info",
    );
    const source = info?.source === "real" ? "real" : "sample";
    // One query, sorted by shard: Node joins each shard's run of rows. (Grouping them in DuckDB
    // with string_agg held all ~270 MB of JSON in its hash table at once: 2.3 GB peak RSS, against
    // about 0.7 GB for the sort, which streams.)
    const result = await db.connection.stream(
      `SELECT shard::INTEGER AS shard, json FROM (${RECIPE_DETAIL_SQL}) ORDER BY shard, recipe_id`,
      { shards },
    );
    let next = 0;
    let current = -1;
    let rows: string[] = [];
    const flush = function* (): Generator<{ shard: number; json: string }> {
      while (next < current) yield { shard: next, json: shardJson(next++, source, "") };
      yield { shard: current, json: shardJson(current, source, rows.join(",")) };
      next = current + 1;
      rows = [];
    };
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (const [shard, json] of chunk.getRows() as Array<[number, string]>) {
        if (shard !== current) {
          if (current >= 0) yield* flush();
          current = shard;
        }
        rows.push(json);
      }
    }
    if (current >= 0) yield* flush();
    while (next < shards) yield { shard: next, json: shardJson(next++, source, "") };
  } finally {
    db.close();
  }
}

/**
 * The loader of shard `wanted`: writes it to `output` and, as a side effect, every other shard
 * into `cacheDir` (Framework's cache folder for data/recipe-details/), so one run serves them all.
 */
export async function writeRecipeDetailShard(
  wanted: number,
  output: Writable,
  cacheDir: string,
  dbPath = exportDatabasePath(),
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const pending = new Set<Promise<void>>();
  let found: Buffer | undefined;
  for await (const { shard, json } of detailShards(dbPath)) {
    // Compressed on libuv's thread pool: two at once keep both cores busy while DuckDB streams.
    const job = gzipAsync(json, { level: GZIP_LEVEL }).then(async (gz) => {
      if (shard === wanted) found = gz;
      else {
        const path = join(cacheDir, shardFileName(shard));
        // Framework's own convention: a temporary name, then an atomic rename into place.
        await writeFile(`${path}.${process.pid}`, gz);
        await rename(`${path}.${process.pid}`, path);
      }
    });
    pending.add(job);
    void job.finally(() => pending.delete(job));
    if (pending.size >= 4) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (!found) throw new Error(`recipe details: no shard ${wanted}`);
  if (!output.write(found)) await new Promise((resolve) => output.once("drain", resolve));
}
