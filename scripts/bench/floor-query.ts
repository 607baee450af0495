/**
 * The floor of the ingest: the time DuckDB takes only to read every column of the two raw CSVs once,
 * as text. Prints {"seconds": …}. Run as its own process by the benchmark, like the ingest it is
 * compared with; only the queries are timed (the process start is not).
 */
import { join } from "node:path";
import { INTERACTIONS_FILE, RECIPES_FILE } from "../../loaders/foodcom-files.ts";
import { openDatabase, queryJson, sqlString } from "../../loaders/duckdb.ts";

const rawDir = process.argv[2];
if (!rawDir) throw new Error("usage: floor-query.ts <raw dir>");
const db = await openDatabase(":memory:");
const started = process.hrtime.bigint();
for (const file of [RECIPES_FILE, INTERACTIONS_FILE]) {
  const path = sqlString(join(rawDir, file.fileName));
  await queryJson(
    db.connection,
    `SELECT count(*), sum(length(columns(*))) FROM read_csv(${path}, all_varchar = true)`,
  );
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
db.close();
console.log(JSON.stringify({ seconds }));
