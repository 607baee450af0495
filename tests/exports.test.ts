import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { before, describe, it } from "node:test";
import { openDatabase, queryJson } from "../loaders/duckdb.ts";
import { writeStoredTable } from "../loaders/export-store.ts";
import { PARQUET_EXPORTS, type Summary, writeSummary } from "../loaders/exports.ts";
import { ingest } from "../loaders/ingest/ingest.ts";
import { type PythonInteraction, tempDir, writePythonFixture } from "./helpers/ingest-fixtures.ts";

async function capture(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await write(out);
  out.end();
  return Buffer.concat(chunks);
}

describe("exports", () => {
  let dir: string;
  let dbPath: string;
  let python: { interactions: PythonInteraction[] };
  before(async () => {
    dir = tempDir();
    python = writePythonFixture(dir, 11);
    dbPath = join(dir, "db.duckdb");
    await ingest({ rawDir: dir, dbPath });
  });

  it("summary figures agree with the source rows as Python wrote them", async () => {
    const summary = JSON.parse(
      (await capture((out) => writeSummary(out, dbPath))).toString(),
    ) as Summary;
    const rows = python.interactions;
    const rated = rows.filter((r) => r.rating > 0);
    assert.equal(summary.kpis.reviews, rows.length);
    assert.equal(summary.kpis.users, new Set(rows.map((r) => r.user_id)).size);
    assert.equal(summary.kpis.ratings, rated.length);
    assert.equal(summary.kpis.rated_share, rated.length / rows.length);
    // Rating 0 is "no rating": the mean is over 1-5 only, never counting 0 as a score.
    const mean = rated.reduce((s, r) => s + r.rating, 0) / rated.length;
    assert.ok(Math.abs(summary.kpis.mean_rating! - mean) < 1e-12);
    assert.equal(
      summary.ratings.find((r) => r.rating === null)?.reviews,
      rows.length - rated.length,
    );
    assert.equal(summary.kpis.first_review, rows.map((r) => r.date).sort()[0]);
    assert.equal(summary.provenance.source, "real");
    assert.equal(summary.provenance.interactions_loaded, rows.length);
  });

  for (const name of Object.keys(PARQUET_EXPORTS) as Array<keyof typeof PARQUET_EXPORTS>) {
    it(`${name}.parquet carries no BIGINT and no review text`, async () => {
      const bytes = await capture((out) => writeStoredTable(name, out, {}, dbPath));
      assert.equal(bytes.subarray(0, 4).toString(), "PAR1");
      const file = join(dir, `${name}.parquet`);
      writeFileSync(file, bytes);
      const db = await openDatabase(":memory:");
      const columns = await queryJson<{ column_name: string; column_type: string }>(
        db.connection,
        `DESCRIBE SELECT * FROM '${file}'`,
      );
      const [{ n }] = await queryJson<{ n: number }>(
        db.connection,
        `SELECT count(*)::INTEGER AS n FROM '${file}'`,
      );
      db.close();
      assert.deepEqual(
        columns.filter((c) => /BIGINT|HUGEINT|DECIMAL/.test(c.column_type)),
        [],
      );
      assert.ok(!columns.some((c) => c.column_name === "review"));
      assert.equal(n, name === "recipes" ? 300 : python.interactions.length);
    });
  }

  it("recipes.parquet review statistics ignore rating 0", async () => {
    const db = await openDatabase(dbPath, { readOnly: true });
    const rows = await queryJson<{
      recipe_id: number;
      n_reviews: number;
      n_ratings: number;
      mean_rating: number | null;
    }>(
      db.connection,
      `SELECT recipe_id, n_reviews, n_ratings, mean_rating FROM (${PARQUET_EXPORTS.recipes})`,
    );
    db.close();
    for (const row of rows) {
      const reviews = python.interactions.filter((i) => i.recipe_id === row.recipe_id);
      const rated = reviews.filter((i) => i.rating > 0);
      assert.equal(row.n_reviews, reviews.length);
      assert.equal(row.n_ratings, rated.length);
      if (rated.length === 0) assert.equal(row.mean_rating, null);
      else
        assert.ok(
          Math.abs(row.mean_rating! - rated.reduce((s, i) => s + i.rating, 0) / rated.length) <
            1e-12,
        );
    }
  });
});
