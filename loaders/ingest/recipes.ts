/**
 * RAW_recipes.csv → the `recipes` table: read in one pass with the list columns cast by DuckDB
 * where that cast is exact, the other rows' lists parsed here, domain checks, nutrition split into
 * its seven named columns. A row that fails a check is removed and reported; the rest stay.
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

const sqlLiteral = (s: string) => `'${s.replaceAll("'", "''")}'`;
const IS_SIMPLE = `coalesce(
  regexp_full_match(tags, ${sqlLiteral(SIMPLE_STRING_LIST)})
  AND regexp_full_match(steps, ${sqlLiteral(SIMPLE_STRING_LIST)})
  AND regexp_full_match(ingredients, ${sqlLiteral(SIMPLE_STRING_LIST)})
  AND regexp_full_match(nutrition, ${sqlLiteral(SIMPLE_NUTRITION)}), false)`;

/**
 * The SELECT list that shapes the file's columns into the table. Every row's lists are cast (cheap);
 * rows whose lists are not simple also keep their text in `raw_lists`, and their lists are replaced
 * by our parser's reading before `raw_lists` is dropped. (Casting inside a CASE on `simple` would
 * evaluate the regular expressions once per output column: 30 % slower at full scale.)
 */
export const RECIPES_PROJECTION = `
  id AS recipe_id, name, minutes, contributor_id, submitted,
  TRY_CAST(tags AS VARCHAR[]) AS tags,
  n_steps,
  TRY_CAST(steps AS VARCHAR[]) AS steps,
  description,
  TRY_CAST(ingredients AS VARCHAR[]) AS ingredients,
  n_ingredients,
  ${NUTRITION_COLUMNS.map((name, i) => `TRY_CAST(nutrition AS DOUBLE[])[${i + 1}] AS ${name}`).join(",\n  ")},
  CASE WHEN NOT ${IS_SIMPLE} THEN {tags: tags, steps: steps, ingredients: ingredients, nutrition: nutrition} END AS raw_lists`;

/** Checks that need no list parsing; the first failing one names the row's problem. */
const SCALAR_CHECKS = `
  CASE
    WHEN recipe_id IS NULL THEN 'id is missing'
    WHEN recipe_id <= 0 THEN 'id must be a positive integer, found ' || recipe_id
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
  END`;

interface RawLists {
  tags: string | null;
  steps: string | null;
  ingredients: string | null;
  nutrition: string | null;
}

interface ParsedLists {
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
  if (bad !== -1)
    throw new PyListError(`${NUTRITION_COLUMNS[bad]} must be a non-negative number`, 0);
  return values;
}

/** Parses the list columns of one row in JavaScript; a problem names the column. */
function parseRowLists(raw: RawLists): ParsedLists | { column: string; reason: string } {
  const out: Partial<ParsedLists> = {};
  for (const column of [...STRING_LIST_COLUMNS, "nutrition"] as const) {
    const text = raw[column];
    if (text === null)
      return { column, reason: `${column} is missing (an empty list is written [])` };
    try {
      if (column === "nutrition") out.nutrition = parseNutrition(text);
      else out[column] = parsePyStringList(text);
    } catch (error) {
      if (!(error instanceof PyListError)) throw error;
      const what = column === "nutrition" ? "a list of 7 numbers" : "a Python list of strings";
      return { column, reason: `${column} is not ${what}: ${error.message}` };
    }
  }
  return out as ParsedLists;
}

async function appendOrdinals(
  connection: DuckDBConnection,
  table: string,
  ordinals: number[],
): Promise<void> {
  const appender = await connection.createAppender(table, "main", "temp");
  for (const ordinal of ordinals) {
    appender.appendInteger(ordinal);
    appender.endRow();
  }
  appender.closeSync();
}

/** Fills in the lists of the rows DuckDB's cast was not trusted with; returns their problems. */
async function parseSlowRows(
  connection: DuckDBConnection,
  skip: Set<number>,
): Promise<RowProblem[]> {
  const rows = await queryJson<{ ordinal: number; raw: RawLists }>(
    connection,
    `SELECT rowid::INTEGER AS ordinal, raw_lists AS raw FROM recipes WHERE raw_lists IS NOT NULL ORDER BY rowid`,
  );
  const problems: RowProblem[] = [];
  await connection.run(`CREATE TEMP TABLE parsed_lists (ordinal INTEGER, tags VARCHAR[], steps VARCHAR[],
    ingredients VARCHAR[], nutrition DOUBLE[])`);
  const appender = await connection.createAppender("parsed_lists", "main", "temp");
  for (const { ordinal, raw } of rows) {
    if (skip.has(ordinal)) continue;
    const parsed = parseRowLists(raw);
    if ("reason" in parsed) {
      problems.push({ ordinal, ...parsed });
      continue;
    }
    appender.appendInteger(ordinal);
    appender.appendList(listValue(parsed.tags), LIST(VARCHAR));
    appender.appendList(listValue(parsed.steps), LIST(VARCHAR));
    appender.appendList(listValue(parsed.ingredients), LIST(VARCHAR));
    appender.appendList(listValue(parsed.nutrition), LIST(DOUBLE));
    appender.endRow();
  }
  appender.closeSync();
  const nutrition = NUTRITION_COLUMNS.map((name, i) => `${name} = p.nutrition[${i + 1}]`).join(
    ", ",
  );
  await connection.run(`
    UPDATE recipes SET tags = p.tags, steps = p.steps, ingredients = p.ingredients, ${nutrition}
    FROM parsed_lists p WHERE recipes.rowid = p.ordinal`);
  return problems;
}

/** Validates the freshly read `recipes` table in place and returns the rows it removed. */
export async function validateRecipes(
  connection: DuckDBConnection,
): Promise<{ problems: RowProblem[]; loaded: number }> {
  const scalar = await queryJson<{ ordinal: number; reason: string }>(
    connection,
    `SELECT ordinal, reason FROM (SELECT rowid::INTEGER AS ordinal, ${SCALAR_CHECKS} AS reason FROM recipes)
     WHERE reason IS NOT NULL`,
  );
  const problems: RowProblem[] = scalar.map((p) => ({ ...p, column: null }));
  problems.push(...(await parseSlowRows(connection, new Set(scalar.map((p) => p.ordinal)))));

  // A duplicate id keeps its first valid occurrence; later ones are reported against it.
  await connection.run(`CREATE TEMP TABLE recipe_rejected (ordinal INTEGER)`);
  await appendOrdinals(
    connection,
    "recipe_rejected",
    problems.map((p) => p.ordinal),
  );
  const duplicates = await queryJson<{ ordinal: number; id: number; first: number }>(
    connection,
    `SELECT ordinal, recipe_id AS id, first FROM (
       SELECT rowid::INTEGER AS ordinal, recipe_id, (first_value(rowid) OVER w)::INTEGER AS first,
              row_number() OVER w AS k
       FROM recipes WHERE recipe_id IN (SELECT recipe_id FROM recipes GROUP BY recipe_id HAVING count(*) > 1)
         AND rowid NOT IN (SELECT ordinal FROM recipe_rejected)
       WINDOW w AS (PARTITION BY recipe_id ORDER BY rowid))
     WHERE k > 1`,
  );
  for (const d of duplicates) {
    problems.push({
      ordinal: d.ordinal,
      reason: `duplicate recipe id ${d.id}`,
      column: "id",
      firstOrdinal: d.first,
    });
  }
  await appendOrdinals(
    connection,
    "recipe_rejected",
    duplicates.map((d) => d.ordinal),
  );

  await connection.run(`
    DELETE FROM recipes WHERE rowid IN (SELECT ordinal FROM recipe_rejected);
    ALTER TABLE recipes DROP COLUMN raw_lists;
    DROP TABLE recipe_rejected; DROP TABLE parsed_lists`);
  const [{ n }] = await queryJson<{ n: number }>(
    connection,
    `SELECT count(*)::INTEGER AS n FROM recipes`,
  );
  return { problems, loaded: n! };
}
