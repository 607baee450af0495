import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import { existsSync, writeFileSync } from "node:fs";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { realRawDir } from "../loaders/prepare-data.ts";
import { recipeRow, tempDir, writeRaw } from "./helpers/ingest-fixtures.ts";

function cli(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join("loaders/cli", script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { code: r.status, stderr: r.stderr };
}

describe("command-line errors are one clear line, not a stack trace", () => {
  it("a bad APP_ENV", () => {
    const { code, stderr } = cli("ingest.ts", ["--raw", tempDir()], { APP_ENV: "staging" });
    assert.equal(code, 1);
    assert.equal(
      stderr.trim(),
      'error: APP_ENV="staging" is not an environment: use local, preprod, prod (or production)',
    );
  });

  it("a missing file", () => {
    const dir = tempDir();
    const { code, stderr } = cli("ingest.ts", ["--raw", dir, "--db", join(dir, "db.duckdb")]);
    assert.equal(code, 1);
    assert.equal(
      stderr.trim(),
      `error: RAW_recipes.csv: file not found (${join(dir, "RAW_recipes.csv")})`,
    );
  });

  it("an unknown flag", () => {
    const { code, stderr } = cli("ingest.ts", ["--rwa", "x"]);
    assert.equal(code, 2);
    assert.match(stderr, /^error: Unknown option '--rwa'/);
  });

  it("a successful ingest reports rejects with file and line, then the counts", () => {
    const dir = tempDir();
    writeRaw(dir, [recipeRow(), recipeRow({ id: "1" })], ["1533,1,2006-01-01,5,nice"]);
    const { code, stderr } = cli("ingest.ts", ["--raw", dir, "--db", join(dir, "db.duckdb")]);
    assert.equal(code, 0);
    assert.match(
      stderr,
      /rejected RAW_recipes.csv, line 3: duplicate recipe id 1 \(first seen on line 2\)/,
    );
    assert.match(
      stderr,
      /recipes: 1 loaded of 2 read \(1 rejected\); interactions: 1 loaded of 1 read \(0 rejected\)/,
    );
  });

  it("a bad SAMPLE_SCALE", () => {
    const { code, stderr } = cli("prepare-data.ts", [], { SAMPLE_SCALE: "2" });
    assert.equal(code, 1);
    assert.match(stderr, /SAMPLE_SCALE: "2" is not a share between 0 \(excluded\) and 1/);
  });
});

describe("npm run data: the ingest, then the export store, in one process", () => {
  it("builds both, then skips both when nothing changed", () => {
    const dir = tempDir();
    writeRaw(dir, [recipeRow()], ["1533,1,2006-01-01,5,nice"]);
    const env = { MANGETAMAIN_RAW_DIR: dir, MANGETAMAIN_DB: join(dir, "db.duckdb") };
    const first = cli("data.ts", [], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /recipes: 1 loaded of 1 read/);
    assert.match(first.stderr, /export store: rebuilt for /);
    assert.ok(
      existsSync(join(dir, ".db.duckdb.exports.duckdb")),
      "no export store beside the database",
    );
    const again = cli("data.ts", [], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /inputs unchanged since .*: nothing to do/);
    assert.match(again.stderr, /export store: up to date/);
  });

  it("a failed ingest stops before the store: one error line, no database, no store", () => {
    const dir = tempDir();
    writeRaw(dir, [recipeRow()], []); // then a recipes file with a broken header
    writeFileSync(join(dir, "RAW_recipes.csv"), "name,id\nsoup,1\n");
    const env = { MANGETAMAIN_RAW_DIR: dir, MANGETAMAIN_DB: join(dir, "db.duckdb") };
    const { code, stderr } = cli("data.ts", [], env);
    assert.equal(code, 1);
    assert.match(stderr, /^error: RAW_recipes.csv, line 1: wrong header: missing columns minutes/);
    assert.doesNotMatch(stderr, /export store/);
    assert.equal(existsSync(join(dir, "db.duckdb")), false);
    assert.equal(existsSync(join(dir, ".db.duckdb.exports.duckdb")), false);
  });
});

describe("choosing the raw files", () => {
  it("uses a folder holding both files, none means the sample, one alone is an error", () => {
    const dir = tempDir();
    assert.equal(realRawDir(dir), null);
    writeFileSync(join(dir, "RAW_recipes.csv"), "");
    assert.throws(
      () => realRawDir(dir),
      /RAW_interactions.csv: not found in .* which holds RAW_recipes.csv/,
    );
    writeFileSync(join(dir, "RAW_interactions.csv"), "");
    assert.equal(realRawDir(dir), dir);
  });
});
