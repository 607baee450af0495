import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { openDatabase, queryJson } from "../loaders/duckdb.ts";
import { IngestError } from "../loaders/ingest/errors.ts";
import { ingest } from "../loaders/ingest/ingest.ts";
import {
  INTERACTIONS_HEADER,
  RECIPES_HEADER,
  recipeRow,
  tempDir,
  writeRaw,
} from "./helpers/ingest-fixtures.ts";

const GOOD_INTERACTION = "1533,1,2006-01-01,5,nice";
// A row whose description spans two physical lines, so line numbers must count them.
const MULTILINE = recipeRow({ id: "2", description: '"first\r\nsecond"' });

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("bad rows are rejected with file, line and reason; the rest loads", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "wrong column count",
      "soup,3,30,27,2005-06-01,['easy']",
      /Expected Number of Columns: 12 Found: 6/,
    ],
    [
      "id that is not a number",
      recipeRow({ id: "x3" }),
      /Could not convert string "x3" to 'INTEGER'/,
    ],
    ["id out of 32-bit range", recipeRow({ id: "99999999999" }), /to 'INTEGER'/],
    ["negative id", recipeRow({ id: "-3" }), /id must be a positive integer, found -3/],
    ["impossible date", recipeRow({ id: "3", submitted: "2005-02-30" }), /"2005-02-30" to 'DATE'/],
    [
      "date outside the domain",
      recipeRow({ id: "3", submitted: "1900-01-01" }),
      /submitted date 1900-01-01 is outside/,
    ],
    [
      "malformed list",
      recipeRow({ id: "3", tags: `"['easy', 'quick'"` }),
      /tags is not a Python list of strings: expected ',' or '\]'/,
    ],
    [
      "unquoted list items",
      recipeRow({ id: "3", tags: "[easy]" }),
      /tags is not a Python list of strings/,
    ],
    [
      "six nutrition values",
      recipeRow({ id: "3", nutrition: '"[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]"' }),
      /expected 7 values, found 6/,
    ],
    [
      "negative nutrition",
      recipeRow({ id: "3", nutrition: '"[1.0, -2.0, 3.0, 4.0, 5.0, 6.0, 7.0]"' }),
      /total_fat_pdv must be a non-negative/,
    ],
    ["missing steps", recipeRow({ id: "3", steps: "" }), /steps is missing/],
    ["duplicate id", recipeRow({ id: "2" }), /duplicate recipe id 2 \(first seen on line 3\)/],
  ];
  for (const [label, badRow, reason] of cases) {
    it(label, async () => {
      const dir = tempDir();
      writeRaw(dir, [recipeRow(), MULTILINE, badRow, recipeRow({ id: "4" })], [GOOD_INTERACTION]);
      const result = await ingest({ rawDir: dir, dbPath: join(dir, "db.duckdb") });
      assert.equal(result.rejects.length, 1, JSON.stringify(result.rejects));
      const [reject] = result.rejects;
      assert.equal(reject!.file, "RAW_recipes.csv");
      assert.equal(reject!.line, 5, "header, row, two-line row, then the bad row");
      assert.match(reject!.reason, reason);
      assert.equal(result.recipes?.loaded, 3);
      assert.equal(result.recipes?.read, 4);
      const db = await openDatabase(join(dir, "db.duckdb"), { readOnly: true });
      const stored = await queryJson(
        db.connection,
        "SELECT file, line, reason FROM quality_rejects",
      );
      db.close();
      assert.deepEqual(stored, [{ file: reject!.file, line: 5, reason: reject!.reason }]);
    });
  }

  it("interaction rows: rating outside 0-5, bytes that are not UTF-8", async () => {
    const dir = tempDir();
    writeRaw(
      dir,
      [recipeRow()],
      [
        GOOD_INTERACTION,
        "1533,1,2006-01-02,9,bad",
        '1534,1,2006-01-01,0,"two\r\nlines"',
        GOOD_INTERACTION.replace("1533", "1535"),
      ],
    );
    const path = join(dir, "RAW_interactions.csv");
    writeFileSync(
      path,
      Buffer.concat([readFileSync(path), Buffer.from("1536,1,2006-01-01,4,caf\xe9\r\n", "latin1")]),
    );
    const result = await ingest({ rawDir: dir, dbPath: join(dir, "db.duckdb") });
    assert.deepEqual(
      result.rejects.map((r) => [r.file, r.line, r.reason]),
      [
        ["RAW_interactions.csv", 3, "rating must be 0 to 5, found 9"],
        ["RAW_interactions.csv", 7, "bytes that are not valid UTF-8"],
      ],
    );
    assert.equal(result.interactions?.loaded, 3);
  });
});

describe("bad files stop the ingest with a clear message and keep the previous database", () => {
  let dir: string;
  let dbPath: string;
  let goodHash: string;
  before(async () => {
    dir = tempDir();
    dbPath = join(dir, "db.duckdb");
    writeRaw(dir, [recipeRow(), MULTILINE], [GOOD_INTERACTION]);
    await ingest({ rawDir: dir, dbPath });
    goodHash = sha(dbPath);
  });

  const recipesPath = () => join(dir, "RAW_recipes.csv");
  const cases: Array<[string, () => void, RegExp]> = [
    ["missing file", () => writeFileSync(recipesPath(), ""), /RAW_recipes.csv: file is empty/],
    [
      "wrong header",
      () =>
        writeFileSync(
          recipesPath(),
          RECIPES_HEADER.replace(",nutrition", "") + "\r\n" + recipeRow() + "\r\n",
        ),
      /RAW_recipes.csv, line 1: wrong header: missing column nutrition/,
    ],
    [
      "renamed column",
      () => writeFileSync(recipesPath(), RECIPES_HEADER.replace("id,", "recipe_id,") + "\r\n"),
      /line 1: wrong header: missing column id; unexpected column recipe_id/,
    ],
    [
      "header only",
      () => writeFileSync(recipesPath(), RECIPES_HEADER + "\r\n"),
      /line 1: file has a header but no rows/,
    ],
    [
      "truncated mid-row",
      () =>
        writeFileSync(
          recipesPath(),
          `${RECIPES_HEADER}\r\n${recipeRow()}\r\n${MULTILINE.slice(0, 80)}`,
        ),
      /RAW_recipes.csv, line 3: file ends in the middle of a line: it looks truncated/,
    ],
    [
      "truncated inside a quoted field",
      () =>
        writeFileSync(
          recipesPath(),
          `${RECIPES_HEADER}\r\n${recipeRow()}\r\n${MULTILINE.split("\r\n")[0]}\r\n`,
        ),
      /RAW_recipes.csv, line 3: a quoted field is never closed/,
    ],
  ];
  for (const [label, breakIt, message] of cases) {
    it(label, async () => {
      breakIt();
      await assert.rejects(ingest({ rawDir: dir, dbPath }), (error: unknown) => {
        assert.ok(error instanceof IngestError);
        assert.match(error.message, message);
        return true;
      });
      assert.equal(sha(dbPath), goodHash, "the previous database is untouched");
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes(".tmp")),
        [],
        "no temporary file is left",
      );
    });
  }

  it("missing file is named with its path", async () => {
    const empty = tempDir();
    await assert.rejects(ingest({ rawDir: empty, dbPath }), /RAW_recipes.csv: file not found/);
  });

  it("a file of mostly bad rows is refused as a whole", async () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      recipeRow({ id: String(i + 1), minutes: i % 2 ? "x" : "5" }),
    );
    writeRaw(dir, rows, [GOOD_INTERACTION]);
    await assert.rejects(
      ingest({ rawDir: dir, dbPath }),
      /RAW_recipes.csv, line 3: 150 of 300 rows are invalid/,
    );
    assert.equal(sha(dbPath), goodHash);
  });

  it("a wrong interactions header is named", async () => {
    writeRaw(dir, [recipeRow()], []);
    writeFileSync(
      join(dir, "RAW_interactions.csv"),
      INTERACTIONS_HEADER.replace("rating", "stars") + "\r\n1,1,2001-01-01,5,x\r\n",
    );
    await assert.rejects(
      ingest({ rawDir: dir, dbPath }),
      /RAW_interactions.csv, line 1: wrong header: missing column rating; unexpected column stars/,
    );
    assert.equal(sha(dbPath), goodHash);
  });
});
