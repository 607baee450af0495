/**
 * The data catalog (loaders/catalog) on an ingested sample: its tables are exactly the Parquet
 * loaders of src/data, and each table's types, row count and example result equal what DuckDB
 * reads from the Parquet file that table's own loader writes, run as Framework runs it. Every
 * column has a meaning in both languages.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { before, describe, it } from "node:test";
import { openDatabase, queryJson, sqlString } from "../loaders/duckdb.ts";
import { computeCatalog, runExample, type Catalog } from "../loaders/catalog/catalog.ts";
import { exampleQuery } from "../loaders/catalog/examples.ts";
import { browserTables, DATA_DIR, foodcomDatabaseTables } from "../loaders/catalog/tables.ts";
import { columnMeaningKey, tableMeaningKey } from "../src/components/catalog/meaning.ts";
import { DICTIONARY } from "../src/i18n/dictionary.ts";
import { ingestedSample, tempDir } from "./helpers/ingest-fixtures.ts";

/** Runs a loader entry as Framework does (tsx, stdout to the file), on the given database. */
async function runLoader(entry: string, out: string, dbPath: string): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", join(DATA_DIR, entry)], {
    env: { ...process.env, MANGETAMAIN_DB: dbPath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  await pipeline(child.stdout, createWriteStream(out));
  assert.equal(await exit, 0, `${entry} exits with 0`);
}

describe("data catalog", { timeout: 300_000 }, () => {
  let dbPath: string;
  let catalog: Catalog;

  before(async () => {
    dbPath = await ingestedSample({ recipes: 400, interactions: 2_000, seed: 11 });
    catalog = await computeCatalog(dbPath);
  });

  it("lists every Parquet loader of src/data, and every table foodcomDatabase can load", () => {
    const loaders = readdirSync(DATA_DIR)
      .filter((f) => f.endsWith(".parquet.ts"))
      .map((f) => f.replace(".parquet.ts", ""));
    assert.deepEqual([...browserTables()].sort(), loaders.sort());
    assert.deepEqual(catalog.tables.map((t) => t.name).sort(), loaders.sort());
    assert.ok(catalog.tables.length >= 8, `${catalog.tables.length} tables`);
    for (const name of foodcomDatabaseTables()) {
      const table = catalog.tables.find((t) => t.name === name);
      assert.ok(table, `foodcomDatabase's ${name} is in the catalog`);
      assert.equal(table.loadable, true, name);
    }
    assert.deepEqual(
      catalog.tables.slice(0, 2).map((t) => t.name),
      ["recipes", "interactions"],
    );
  });

  it("gives the types, row counts and example results of the Parquet files the loaders write", async () => {
    const dir = tempDir("catalog-parquet-");
    const db = await openDatabase(":memory:");
    try {
      for (const table of catalog.tables) {
        const file = join(dir, `${table.name}.parquet`);
        await runLoader(`${table.name}.parquet.ts`, file, dbPath);
        await db.connection.run(
          `CREATE VIEW ${table.name} AS FROM read_parquet(${sqlString(file)})`,
        );
      }
      for (const table of catalog.tables) {
        const columns = await queryJson<{ column_name: string; column_type: string }>(
          db.connection,
          `DESCRIBE ${table.name}`,
        );
        assert.deepEqual(
          table.columns,
          columns.map((c) => ({ name: c.column_name, type: c.column_type })),
          `${table.name} columns`,
        );
        const [{ n }] = await queryJson<{ n: number }>(
          db.connection,
          `SELECT count(*)::INTEGER AS n FROM ${table.name}`,
        );
        assert.equal(table.rows, n, `${table.name} rows`);
        assert.equal(table.example.sql, exampleQuery(table.name));
        assert.deepEqual(
          table.example,
          await runExample(db.connection, exampleQuery(table.name)),
          `${table.name} example`,
        );
      }
    } finally {
      db.close();
    }
    const recipes = catalog.tables.find((t) => t.name === "recipes")!;
    assert.equal(recipes.rows, 400);
    assert.ok(recipes.example.rows.length > 0);
    const interactions = catalog.tables.find((t) => t.name === "interactions")!;
    assert.equal(interactions.rows, 2_000);
  });

  it("has a meaning for every table and column, in English and French", () => {
    const missing: string[] = [];
    for (const table of catalog.tables) {
      const tableKey = tableMeaningKey(table.name);
      if (!tableKey) missing.push(table.name);
      for (const column of table.columns) {
        const key = columnMeaningKey(table.name, column.name);
        if (!key) missing.push(`${table.name}.${column.name}`);
        else for (const lang of ["en", "fr"] as const) assert.ok(DICTIONARY[lang][key].length > 3);
      }
    }
    assert.deepEqual(missing, [], "add catalog.col.<column> keys in src/i18n/messages/catalog.ts");
  });

  it("prefers a table's own meaning of a column to the general one", () => {
    assert.equal(columnMeaningKey("review_calendar", "year"), "catalog.col.review_calendar.year");
    assert.equal(columnMeaningKey("analysis_recipes", "year"), "catalog.col.year");
    assert.equal(columnMeaningKey("recipes", "no_such_column"), null);
  });
});
