/**
 * Turns the staged RAW_recipes.csv rows into the `recipes` table: domain checks, the Python list
 * columns parsed exactly, nutrition split into its seven named columns. A row that fails a check
 * is left out and reported; the rest load.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { DOUBLE, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import { queryJson } from "../duckdb.ts";
import { NUTRITION_COLUMNS, STRING_LIST_COLUMNS } from "../foodcom-files.ts";
import { PyListError, parsePyFloatList, parsePyStringList } from "../pylist.ts";
import type { RowProblem } from "./problems.ts";

// A list DuckDB's VARCHAR[] cast reads exactly as Python does: quoted items without any backslash
// escape or raw line break. Anything else goes through our own parser.
const ITEM = `'[^'\\\\\\r\\n]*'|"[^"\\\\\\r\\n]*"`;
export const SIMPLE_STRING_LIST = `\\[(?:(?:${ITEM})(?:, (?:${ITEM}))*)?\\]`;
// Non-negative plain decimals only: signs, exponents (possibly overflowing) and ints go through the
// parser, which also checks the domain.
const NUMBER = `[0-9]+\\.[0-9]+`;
export const SIMPLE_NUTRITION = `\\[${NUMBER}(?:, ${NUMBER}){6}\\]`;

// Dates outside this window are impossible for Food.com (founded in the 1990s) and are rejected;
// dates inside it but outside 1999–2018 are loaded and flagged by the quality checks.
export const DATE_DOMAIN = { min: "1990-01-01" } as const;

/** Checks that need no list parsing; the first failing one names the row's problem. */
const SCALAR_CHECKS = `
  CASE
    WHEN id IS NULL THEN 'id is missing'
    WHEN id <= 0 THEN 'id must be a positive integer, found ' || id
    WHEN minutes IS NULL THEN 'minutes is missing'
    WHEN minutes < 0 THEN 'minutes must not be negative, found ' || minutes
    WHEN contributor_id IS NULL THEN 'contributor_id is missing'
    WHEN contributor_id <= 0 THEN 'contributor_id must be a positive integer, found ' || contributor_id
    WHEN submitted IS NULL THEN 'submitted is missing'
    WHEN submitted < DATE '${DATE_DOMAIN.min}' OR submitted > current_date
      THEN 'submitted date ' || submitted || ' is outside ${DATE_DOMAIN.min} .. today'
    WHEN n_steps IS NULL THEN 'n_steps is missing'
    WHEN n_steps < 0 THEN 'n_steps must not be negative, found ' || n_steps
    WHEN n_ingredients IS NULL THEN 'n_ingredients is missing'
    WHEN n_ingredients < 0 THEN 'n_ingredients must not be negative, found ' || n_ingredients
    WHEN tags IS NULL THEN 'tags is missing (an empty list is written [])'
    WHEN steps IS NULL THEN 'steps is missing (an empty list is written [])'
    WHEN ingredients IS NULL THEN 'ingredients is missing (an empty list is written [])'
    WHEN nutrition IS NULL THEN 'nutrition is missing'
  END`;

interface ParsedLists {
  ordinal: number;
  tags: string[];
  steps: string[];
  ingredients: string[];
  nutrition: number[];
}

function parseNutrition(text: string): number[] {
  const values = parsePyFloatList(text);
  if (values.length !== NUTRITION_COLUMNS.length) {
    throw new PyListError(`expected ${NUTRITION_COLUMNS.length} values, found ${values.length}`, 0);
  }
  const bad = values.findIndex((v) => !Number.isFinite(v) || v < 0);
  if (bad !== -1) throw new PyListError(`${NUTRITION_COLUMNS[bad]} must be a non-negative number`, 0);
  return values;
}

/** Parses the list columns of one row in JavaScript; a problem names the column. */
function parseRowLists(row: Record<string, string>): Omit<ParsedLists, "ordinal"> | { column: string; reason: string } {
  const out: Partial<Omit<ParsedLists, "ordinal">> = {};
  for (const column of STRING_LIST_COLUMNS) {
    try {
      out[column] = parsePyStringList(row[column]!);
    } catch (error) {
      if (error instanceof PyListError) return { column, reason: `${column} is not a Python list of strings: ${error.message}` };
      throw error;
    }
  }
  try {
    out.nutrition = parseNutrition(row.nutrition!);
  } catch (error) {
    if (error instanceof PyListError) return { column: "nutrition", reason: `nutrition is not a list of 7 numbers: ${error.message}` };
    throw error;
  }
  return out as Omit<ParsedLists, "ordinal">;
}

async function appendOrdinals(connection: DuckDBConnection, table: string, ordinals: number[]): Promise<void> {
  const appender = await connection.createAppender(table, "main", "temp");
  for (const ordinal of ordinals) {
    appender.appendInteger(ordinal);
    appender.endRow();
  }
  appender.closeSync();
}

export async function buildRecipes(
  connection: DuckDBConnection,
  stage: string,
): Promise<{ problems: RowProblem[]; loaded: number }> {
  const problems: RowProblem[] = [];

  const scalar = await queryJson<{ ordinal: number; reason: string }>(
    connection,
    `SELECT ordinal, reason FROM (SELECT rowid::INTEGER AS ordinal, ${SCALAR_CHECKS} AS reason FROM ${stage})
     WHERE reason IS NOT NULL`,
  );
  problems.push(...scalar.map((p) => ({ ...p, column: null })));
  const scalarBad = new Set(scalar.map((p) => p.ordinal));

  // Rows whose lists the DuckDB cast cannot be trusted with: parse them here.
  const slow = await queryJson<Record<string, string> & { ordinal: number }>(
    connection,
    `SELECT rowid::INTEGER AS ordinal, tags, steps, ingredients, nutrition FROM ${stage}
     WHERE (${SCALAR_CHECKS}) IS NULL AND NOT (
       regexp_full_match(tags, $list) AND regexp_full_match(steps, $list)
       AND regexp_full_match(ingredients, $list) AND regexp_full_match(nutrition, $nutrition))`,
    { list: SIMPLE_STRING_LIST, nutrition: SIMPLE_NUTRITION },
  );
  await connection.run(`CREATE TEMP TABLE parsed_lists (ordinal INTEGER, tags VARCHAR[], steps VARCHAR[],
    ingredients VARCHAR[], nutrition DOUBLE[])`);
  const appender = await connection.createAppender("parsed_lists", "main", "temp");
  for (const row of slow) {
    const parsed = parseRowLists(row);
    if ("reason" in parsed) {
      problems.push({ ordinal: row.ordinal, ...parsed });
      continue;
    }
    appender.appendInteger(row.ordinal);
    appender.appendList(listValue(parsed.tags), LIST(VARCHAR));
    appender.appendList(listValue(parsed.steps), LIST(VARCHAR));
    appender.appendList(listValue(parsed.ingredients), LIST(VARCHAR));
    appender.appendList(listValue(parsed.nutrition), LIST(DOUBLE));
    appender.endRow();
  }
  appender.closeSync();

  // A duplicate id keeps its first valid occurrence; later ones are reported against it.
  const listBad = problems.filter((p) => !scalarBad.has(p.ordinal)).map((p) => p.ordinal);
  await connection.run(`CREATE TEMP TABLE recipe_rejected (ordinal INTEGER)`);
  await appendOrdinals(connection, "recipe_rejected", [...scalarBad, ...listBad]);
  const duplicates = await queryJson<{ ordinal: number; id: number; first: number }>(
    connection,
    `SELECT ordinal, id, first FROM (
       SELECT rowid::INTEGER AS ordinal, id, first_value(rowid) OVER w::INTEGER AS first,
              row_number() OVER w AS k
       FROM ${stage} WHERE rowid NOT IN (SELECT ordinal FROM recipe_rejected)
       WINDOW w AS (PARTITION BY id ORDER BY rowid))
     WHERE k > 1`,
  );
  for (const d of duplicates) {
    problems.push({ ordinal: d.ordinal, reason: `duplicate recipe id ${d.id}`, column: "id", firstOrdinal: d.first });
  }
  await appendOrdinals(connection, "recipe_rejected", duplicates.map((d) => d.ordinal));

  const nutritionColumns = NUTRITION_COLUMNS.map((name, i) => `nutrition[${i + 1}] AS ${name}`).join(", ");
  await connection.run(`
    CREATE TABLE recipes AS
    SELECT id AS recipe_id, name, minutes, contributor_id, submitted, tags, n_steps, steps,
           description, ingredients, n_ingredients, ${nutritionColumns}
    FROM (
      SELECT s.rowid AS ordinal, s.id, s.name, s.minutes, s.contributor_id, s.submitted, s.n_steps,
             s.description, s.n_ingredients,
             CASE WHEN p.ordinal IS NULL THEN s.tags::VARCHAR[] ELSE p.tags END AS tags,
             CASE WHEN p.ordinal IS NULL THEN s.steps::VARCHAR[] ELSE p.steps END AS steps,
             CASE WHEN p.ordinal IS NULL THEN s.ingredients::VARCHAR[] ELSE p.ingredients END AS ingredients,
             CASE WHEN p.ordinal IS NULL THEN s.nutrition::DOUBLE[] ELSE p.nutrition END AS nutrition
      FROM ${stage} s
      LEFT JOIN parsed_lists p ON p.ordinal = s.rowid
      WHERE s.rowid NOT IN (SELECT ordinal FROM recipe_rejected))
    ORDER BY ordinal`);
  const [{ n }] = await queryJson<{ n: number }>(connection, `SELECT count(*)::INTEGER AS n FROM recipes`);
  return { problems, loaded: n };
}
