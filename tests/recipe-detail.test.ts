/**
 * The recipe detail shards: every recipe in exactly the shard the page will fetch, with the same
 * texts, nutrition and rating counts as an independent SQL over the ingested sample (ratings 1–5
 * apart from reviews without a rating), shards of bounded size, and the generated module of
 * literal attachments in step with SHARD_COUNT.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { openDatabase, queryJson } from "../loaders/duckdb.ts";
import { writeRecipeDetailShard } from "../loaders/recipe-detail/details.ts";
import { SHARD_MODULE_PATH, shardModuleSource } from "../loaders/recipe-detail/shard-module.ts";
import {
  decodeRecipe,
  findRecipe,
  NUTRIENTS,
  ratingStats,
  type DetailShard,
} from "../src/components/recipe/detail-types.ts";
import {
  parseRecipeId,
  SHARD_COUNT,
  shardFileName,
  shardOf,
} from "../src/components/recipe/shard.ts";
import { ingestedSample, tempDir } from "./helpers/ingest-fixtures.ts";

const FULL_SCALE_RECIPES = 231_637;

class Collect extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.chunks.push(chunk);
    done();
  }
}

describe("recipe detail shards", () => {
  let dbPath: string;
  const shards = new Map<number, { raw: Buffer; gz: Buffer; data: DetailShard }>();
  const WANTED = 7;

  before(async () => {
    dbPath = await ingestedSample({ recipes: 400, interactions: 4_000, seed: 31 });
    const cache = tempDir();
    const out = new Collect();
    await writeRecipeDetailShard(WANTED, out, cache, dbPath);
    const files = new Map(readdirSync(cache).map((f) => [f, readFileSync(join(cache, f))]));
    files.set(shardFileName(WANTED), Buffer.concat(out.chunks));
    for (let shard = 0; shard < SHARD_COUNT; shard++) {
      const gz = files.get(shardFileName(shard));
      assert.ok(gz, `shard ${shard} written`);
      const raw = gunzipSync(gz);
      shards.set(shard, { raw, gz, data: JSON.parse(raw.toString("utf8")) as DetailShard });
    }
    assert.equal(files.size, SHARD_COUNT, "one file per shard, nothing else");
  });

  it("puts every recipe once, in the shard the page computes", async () => {
    const db = await openDatabase(dbPath, { readOnly: true });
    const ids = (
      await queryJson<{ id: number }>(db.connection, "SELECT recipe_id AS id FROM recipes")
    ).map((r) => r.id);
    db.close();
    let total = 0;
    for (const [shard, { data }] of shards) {
      assert.equal(data.shard, shard);
      assert.equal(data.source, "sample");
      for (const row of data.recipes) assert.equal(shardOf(Number(row[0])), shard);
      total += data.recipes.length;
    }
    assert.equal(total, ids.length);
    for (const id of ids) assert.ok(findRecipe(shards.get(shardOf(id))!.data, id), `recipe ${id}`);
  });

  it("holds the same values as SQL on the database, ratings 1–5 apart from unrated reviews", async () => {
    const db = await openDatabase(dbPath, { readOnly: true });
    // The most reviewed recipes, the ones with most unrated reviews, and one without any review.
    const picks = await queryJson<{ id: number }>(
      db.connection,
      `(SELECT recipe_id AS id FROM interactions GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3)
       UNION (SELECT recipe_id FROM interactions WHERE rating IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3)
       UNION (SELECT recipe_id FROM recipes WHERE recipe_id NOT IN (SELECT recipe_id FROM interactions) ORDER BY 1 LIMIT 1)`,
    );
    assert.ok(picks.length >= 5);
    let sawUnrated = false;
    for (const { id } of picks) {
      const detail = findRecipe(shards.get(shardOf(id))!.data, id)!;
      const [r] = await queryJson<Record<string, unknown>>(
        db.connection,
        `SELECT name, description, minutes, contributor_id, submitted::VARCHAR AS submitted,
                tags, ingredients, steps, calories, ${NUTRIENTS.join(", ")}
         FROM recipes WHERE recipe_id = ?`,
        [id],
      );
      assert.equal(detail.name, r!.name);
      assert.equal(detail.description, r!.description);
      assert.equal(detail.minutes, r!.minutes);
      assert.equal(detail.contributor_id, r!.contributor_id);
      assert.equal(detail.submitted, r!.submitted);
      assert.deepEqual(detail.tags, r!.tags);
      assert.deepEqual(detail.ingredients, r!.ingredients);
      assert.deepEqual(detail.steps, r!.steps);
      assert.equal(detail.calories, r!.calories);
      for (const { nutrient, pdv } of detail.nutrition) assert.equal(pdv, r![nutrient], nutrient);

      const counts = await queryJson<{ rating: number | null; n: number }>(
        db.connection,
        "SELECT rating::INTEGER AS rating, count(*)::INTEGER AS n FROM interactions WHERE recipe_id = ? GROUP BY rating",
        [id],
      );
      const byRating = new Map(counts.map((c) => [c.rating, c.n]));
      assert.deepEqual(
        detail.ratings.map((d) => d.count),
        [1, 2, 3, 4, 5].map((s) => byRating.get(s) ?? 0),
        `ratings of ${id}`,
      );
      assert.equal(detail.unrated, byRating.get(null) ?? 0, `unrated of ${id}`);
      assert.equal(
        detail.reviews,
        counts.reduce((s, c) => s + c.n, 0),
      );
      if (detail.unrated > 0) sawUnrated = true;

      const [avg] = await queryJson<{ mean: number | null; rated: number }>(
        db.connection,
        "SELECT avg(rating)::DOUBLE AS mean, count(rating)::INTEGER AS rated FROM interactions WHERE recipe_id = ?",
        [id],
      );
      const stats = ratingStats(detail);
      assert.equal(stats.rated, avg!.rated);
      if (avg!.mean === null) assert.equal(stats.mean, null);
      else assert.ok(Math.abs(stats.mean! - avg!.mean) < 1e-12, `mean of ${id}`);
    }
    assert.ok(sawUnrated, "the sample has reviews without a rating");
    db.close();
  });

  it("keeps shards small: bounded here, and a few hundred KB projected to full scale", () => {
    const all = [...shards.values()];
    const recipes = all.reduce((s, d) => s + d.data.recipes.length, 0);
    const wrapper = (d: (typeof all)[number]) => JSON.stringify({ ...d.data, recipes: [] }).length;
    const raw = all.reduce((s, d) => s + d.raw.length - wrapper(d), 0);
    const gz = all.filter((d) => d.data.recipes.length).reduce((s, d) => s + d.gz.length, 0);
    const perShard = FULL_SCALE_RECIPES / SHARD_COUNT;
    const rawProjected = (raw / recipes) * perShard;
    const gzProjected = (gz / recipes) * perShard;
    assert.ok(rawProjected < 700_000, `a full-scale shard: ~${Math.round(rawProjected)} bytes`);
    assert.ok(gzProjected < 300_000, `a full-scale shard sent: ~${Math.round(gzProjected)} bytes`);
    // Ids spread evenly: no shard holds more than a handful of this sample's 400 recipes.
    const most = Math.max(...all.map((d) => d.data.recipes.length));
    assert.ok(most <= 8, `at most 8 recipes in one shard, not ${most}`);
    for (const { gz, raw: r } of shards.values()) assert.ok(gz.length <= r.length + 32);
  });

  it("decodes a positional row into named fields", () => {
    const d = decodeRecipe([
      5,
      "soup",
      null,
      30,
      9,
      "2005-01-02",
      ["easy"],
      ["water"],
      ["boil", "serve"],
      120.5,
      [1, 2, 3, 4, 5, 6],
      4,
      [0, 0, 1, 2, 0],
      1,
    ]);
    assert.equal(d.description, null);
    assert.deepEqual(
      d.nutrition.map((n) => n.pdv),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepEqual(ratingStats(d), { rated: 3, mean: 11 / 3 });
    assert.equal(d.unrated, 1);
  });

  it("reads ?id= strictly", () => {
    assert.equal(parseRecipeId("38"), 38);
    assert.equal(parseRecipeId(" 99999999 "), 99_999_999);
    for (const bad of [
      null,
      "",
      "abc",
      "<script>alert(1)</script>",
      "1e3",
      "-5",
      "0",
      "4.5",
      "12345678901",
      "1;DROP",
    ])
      assert.equal(parseRecipeId(bad), undefined, String(bad));
  });

  it("has the generated module of literal attachments in step with SHARD_COUNT", () => {
    assert.equal(readFileSync(SHARD_MODULE_PATH, "utf8"), shardModuleSource());
    assert.equal(shardModuleSource().match(/FileAttachment\("/g)?.length, SHARD_COUNT);
  });
});
