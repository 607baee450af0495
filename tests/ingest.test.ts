import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openDatabase, queryJson } from "../loaders/duckdb.ts";
import { NUTRITION_COLUMNS } from "../loaders/foodcom-files.ts";
import { ingest } from "../loaders/ingest/ingest.ts";
import {
  type PythonInteraction,
  type PythonRecipe,
  tempDir,
  toLf,
  writePythonFixture,
} from "./helpers/ingest-fixtures.ts";

async function readTables(dbPath: string) {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    const recipes = await queryJson<Record<string, unknown>>(
      db.connection,
      "SELECT * FROM recipes ORDER BY recipe_id",
    );
    const interactions = await queryJson<Record<string, unknown>>(
      db.connection,
      "SELECT * FROM interactions",
    );
    const types = await queryJson<{ table_name: string; column_name: string; data_type: string }>(
      db.connection,
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('recipes','interactions') ORDER BY table_name, ordinal_position",
    );
    return { recipes, interactions, types };
  } finally {
    db.close();
  }
}

/** Empty text is NULL in the database; the LF variant has every CRLF turned into LF. */
function loadedText(s: string | null, lf: boolean): string | null {
  if (s === null || s === "") return null;
  return lf ? s.replaceAll("\r\n", "\n") : s;
}

function expectedRecipe(r: PythonRecipe, lf: boolean) {
  const text = (s: string | null) => loadedText(s, lf);
  return {
    recipe_id: r.id,
    name: text(r.name),
    minutes: r.minutes,
    contributor_id: r.contributor_id,
    submitted: r.submitted,
    tags: r.tags,
    n_steps: r.n_steps,
    steps: r.steps,
    description: text(r.description),
    ingredients: r.ingredients,
    n_ingredients: r.n_ingredients,
    ...Object.fromEntries(NUTRITION_COLUMNS.map((column, i) => [column, r.nutrition[i]])),
  };
}

function expectedInteraction(i: PythonInteraction, lf: boolean) {
  return {
    user_id: i.user_id,
    recipe_id: i.recipe_id,
    date: i.date,
    rating: i.rating === 0 ? null : i.rating,
    review: loadedText(i.review, lf),
  };
}

for (const variant of ["CRLF", "LF"] as const) {
  describe(`ingest of Python-written files (${variant})`, () => {
    it("loads every value exactly as Python wrote it", async () => {
      const dir = tempDir();
      const expected = writePythonFixture(dir, variant === "CRLF" ? 1 : 2);
      const lf = variant === "LF";
      if (lf) for (const f of ["RAW_recipes.csv", "RAW_interactions.csv"]) toLf(join(dir, f));
      const dbPath = join(dir, "db.duckdb");
      const result = await ingest({ rawDir: dir, dbPath });
      assert.deepEqual(result.rejects, []);
      const { recipes, interactions, types } = await readTables(dbPath);
      assert.deepEqual(
        recipes,
        [...expected.recipes].sort((a, b) => a.id - b.id).map((r) => expectedRecipe(r, lf)),
      );
      assert.deepEqual(
        interactions,
        expected.interactions.map((i) => expectedInteraction(i, lf)),
      );
      assert.deepEqual(
        types
          .filter((t) => t.table_name === "interactions")
          .map((t) => `${t.column_name} ${t.data_type}`),
        ["user_id INTEGER", "recipe_id INTEGER", "date DATE", "rating TINYINT", "review VARCHAR"],
      );
      assert.equal(types.find((t) => t.column_name === "tags")?.data_type, "VARCHAR[]");
    });
  });
}

describe("ingest bookkeeping", () => {
  it("skips when inputs are unchanged and rebuilds when they change", async () => {
    const dir = tempDir();
    writePythonFixture(dir, 3);
    const dbPath = join(dir, "db.duckdb");
    assert.equal((await ingest({ rawDir: dir, dbPath })).skipped, false);
    assert.equal((await ingest({ rawDir: dir, dbPath })).skipped, true);
    const path = join(dir, "RAW_interactions.csv");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(/\r\n$/, "\r\n1533,1000,2010-01-01,5,new\r\n"),
    );
    const again = await ingest({ rawDir: dir, dbPath });
    assert.equal(again.skipped, false);
    assert.equal(again.interactions?.loaded, 601);
    assert.equal((await ingest({ rawDir: dir, dbPath, force: true })).skipped, false);
  });

  it("treats a UTF-8 byte-order mark as no error", async () => {
    const dir = tempDir();
    writePythonFixture(dir, 4);
    const path = join(dir, "RAW_recipes.csv");
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    const result = await ingest({ rawDir: dir, dbPath: join(dir, "db.duckdb") });
    assert.equal(result.recipes?.loaded, 300);
    assert.deepEqual(result.rejects, []);
  });
});
