/**
 * The plain ingest the issue compares ours with: DuckDB reads both raw CSVs with typed columns,
 * casts the list columns itself (VARCHAR[], DOUBLE[]) and writes two tables into a database file.
 * No validation, no located rejects, no Python-exact list parsing, no atomic replace: what a
 * straightforward ingest does. Run as its own process, like the ingest, so the two compare alike.
 * Prints the rows it loaded as JSON.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { INTERACTIONS_FILE, RECIPES_FILE, type RawFileSpec } from "../../loaders/foodcom-files.ts";
import { openDatabase, queryJson, sqlString } from "../../loaders/duckdb.ts";

const [rawDir, dbPath] = process.argv.slice(2);
if (!rawDir || !dbPath) throw new Error("usage: plain-ingest.ts <raw dir> <database to write>");

const LIST_TYPES: Record<string, string> = {
  tags: "VARCHAR[]",
  steps: "VARCHAR[]",
  ingredients: "VARCHAR[]",
  nutrition: "DOUBLE[]",
};

function readTyped(spec: RawFileSpec): string {
  const columns = spec.columns.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(", ");
  const select = spec.columns
    .map(([name]) =>
      LIST_TYPES[name] ? `TRY_CAST(${name} AS ${LIST_TYPES[name]}) AS ${name}` : name,
    )
    .join(", ");
  return `SELECT ${select} FROM read_csv(${sqlString(join(rawDir!, spec.fileName))},
    auto_detect = false, header = true, columns = {${columns}}, dateformat = '%Y-%m-%d')`;
}

await rm(dbPath, { force: true });
const db = await openDatabase(dbPath);
for (const spec of [RECIPES_FILE, INTERACTIONS_FILE])
  await db.connection.run(`CREATE TABLE ${spec.key} AS ${readTyped(spec)}`);
await db.connection.run("CHECKPOINT");
// The rows it loaded, so the benchmark can check it read the same files as the ingest.
const [rows] = await queryJson<{ recipes: number; interactions: number }>(
  db.connection,
  `SELECT (SELECT count(*) FROM recipes)::INTEGER AS recipes,
          (SELECT count(*) FROM interactions)::INTEGER AS interactions`,
);
db.close();
console.log(JSON.stringify(rows));
