/**
 * The data-quality record the app shows: what was rejected (file, line, reason) and what was
 * loaded but deserves a flag (outliers, inconsistencies, missing text). Each check is one SQL
 * query, so every count on a page can be reproduced from the database.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

export interface QualityCheck {
  readonly id: string;
  readonly table: "recipes" | "interactions";
  readonly description: string;
  /** Rows to flag, as (recipe_id, user_id, date, value); null columns where they do not apply. */
  readonly rows: string;
  /** Counted only: too common to list row by row, and the table itself holds them. */
  readonly countOnly?: boolean;
}

/** Minutes above this are not a preparation time a cook can act on (the file has 2147483647). */
export const MINUTES_ABSURD = 43_200; // 30 days

export const QUALITY_CHECKS: readonly QualityCheck[] = [
  {
    id: "minutes_zero",
    table: "recipes",
    description: "Preparation time of 0 minutes",
    rows: `SELECT recipe_id, NULL, submitted, minutes::VARCHAR FROM recipes WHERE minutes = 0`,
  },
  {
    id: "minutes_absurd",
    table: "recipes",
    description: `Preparation time over 30 days (${MINUTES_ABSURD.toLocaleString("en")} minutes)`,
    rows: `SELECT recipe_id, NULL, submitted, minutes::VARCHAR FROM recipes WHERE minutes > ${MINUTES_ABSURD}`,
  },
  {
    id: "zero_steps",
    table: "recipes",
    description: "Recipe with no steps (n_steps = 0)",
    rows: `SELECT recipe_id, NULL, submitted, n_steps::VARCHAR FROM recipes WHERE n_steps = 0`,
  },
  {
    id: "steps_count_mismatch",
    table: "recipes",
    description: "n_steps differs from the number of items in steps",
    rows: `SELECT recipe_id, NULL, submitted, n_steps || ' vs ' || len(steps) FROM recipes WHERE n_steps <> len(steps)`,
  },
  {
    id: "ingredients_count_mismatch",
    table: "recipes",
    description: "n_ingredients differs from the number of items in ingredients",
    rows: `SELECT recipe_id, NULL, submitted, n_ingredients || ' vs ' || len(ingredients)
           FROM recipes WHERE n_ingredients <> len(ingredients)`,
  },
  {
    id: "no_ingredients",
    table: "recipes",
    description: "Recipe with an empty ingredient list",
    rows: `SELECT recipe_id, NULL, submitted, NULL FROM recipes WHERE len(ingredients) = 0`,
  },
  {
    id: "calories_absurd",
    table: "recipes",
    description: "More than 10,000 calories per serving",
    rows: `SELECT recipe_id, NULL, submitted, calories::VARCHAR FROM recipes WHERE calories > 10000`,
  },
  {
    id: "submitted_out_of_range",
    table: "recipes",
    description: "Submitted outside the dataset's years (1999–2018)",
    rows: `SELECT recipe_id, NULL, submitted, NULL FROM recipes
           WHERE submitted NOT BETWEEN DATE '1999-01-01' AND DATE '2018-12-31'`,
  },
  {
    id: "empty_name",
    table: "recipes",
    description: "Recipe without a name",
    rows: `SELECT recipe_id, NULL, submitted, NULL FROM recipes WHERE name IS NULL`,
  },
  {
    id: "empty_description",
    table: "recipes",
    description: "Recipe without a description",
    rows: `SELECT recipe_id, NULL, submitted, NULL FROM recipes WHERE description IS NULL`,
    countOnly: true,
  },
  {
    id: "review_without_rating",
    table: "interactions",
    description: "Review without a rating (rating 0 in the file, NULL here; never averaged)",
    rows: `SELECT recipe_id, user_id, date, NULL FROM interactions WHERE rating IS NULL`,
    countOnly: true,
  },
  {
    id: "empty_review",
    table: "interactions",
    description: "Review without text",
    rows: `SELECT recipe_id, user_id, date, NULL FROM interactions WHERE review IS NULL`,
  },
  {
    id: "review_date_out_of_range",
    table: "interactions",
    description: "Review dated outside the dataset's years (2000–2018)",
    rows: `SELECT recipe_id, user_id, date, NULL FROM interactions
           WHERE date NOT BETWEEN DATE '2000-01-01' AND DATE '2018-12-31'`,
  },
  {
    id: "review_before_submission",
    table: "interactions",
    description: "Review dated before its recipe was submitted",
    rows: `SELECT i.recipe_id, i.user_id, i.date, r.submitted::VARCHAR
           FROM interactions i JOIN recipes r USING (recipe_id) WHERE i.date < r.submitted`,
  },
  {
    id: "orphan_review",
    table: "interactions",
    description: "Review of a recipe that is not in the recipes table",
    rows: `SELECT recipe_id, user_id, date, NULL FROM interactions
           WHERE recipe_id NOT IN (SELECT recipe_id FROM recipes)`,
  },
  {
    id: "duplicate_review",
    table: "interactions",
    description: "Same user, recipe and date more than once",
    rows: `SELECT recipe_id, user_id, date, (count(*) - 1)::VARCHAR FROM interactions
           GROUP BY ALL HAVING count(*) > 1`,
  },
];

export async function writeQualityRecord(connection: DuckDBConnection): Promise<void> {
  await connection.run(`
    CREATE TABLE quality_checks (check_id VARCHAR, table_name VARCHAR, description VARCHAR, rows INTEGER);
    CREATE TABLE quality_flags (check_id VARCHAR, recipe_id INTEGER, user_id INTEGER, date DATE, value VARCHAR)`);
  for (const check of QUALITY_CHECKS) {
    if (check.countOnly) {
      await connection.run(
        `INSERT INTO quality_checks SELECT $id, $table, $description, count(*)::INTEGER FROM (${check.rows})`,
        { id: check.id, table: check.table, description: check.description },
      );
      continue;
    }
    await connection.run(`INSERT INTO quality_flags SELECT $id, * FROM (${check.rows})`, {
      id: check.id,
    });
    await connection.run(
      `INSERT INTO quality_checks
       SELECT $id, $table, $description, count(*)::INTEGER FROM quality_flags WHERE check_id = $id`,
      { id: check.id, table: check.table, description: check.description },
    );
  }
}
