/**
 * RAW_interactions.csv → the `interactions` table, read in one pass and validated in place. Rating
 * 0 means "reviewed without a rating" in Food.com: it becomes NULL so no average counts it as a score.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryJson } from "../duckdb.ts";
import type { RowProblem } from "./problems.ts";
import { DATE_DOMAIN } from "./recipes.ts";

export const INTERACTIONS_PROJECTION = "user_id, recipe_id, date, rating, review";

const CHECKS = `
  CASE
    WHEN user_id IS NULL THEN 'user_id is missing'
    WHEN user_id <= 0 THEN 'user_id must be a positive integer, found ' || user_id
    WHEN recipe_id IS NULL THEN 'recipe_id is missing'
    WHEN recipe_id <= 0 THEN 'recipe_id must be a positive integer, found ' || recipe_id
    WHEN date IS NULL THEN 'date is missing'
    WHEN date < DATE '${DATE_DOMAIN.min}' OR date > current_date
      THEN 'date ' || date || ' is outside ${DATE_DOMAIN.min} .. today'
    WHEN rating IS NULL THEN 'rating is missing (0 is written for a review without rating)'
    WHEN rating NOT BETWEEN 0 AND 5 THEN 'rating must be 0 to 5, found ' || rating
  END`;

export async function validateInteractions(
  connection: DuckDBConnection,
): Promise<{ problems: RowProblem[]; loaded: number }> {
  const problems = (
    await queryJson<{ ordinal: number; reason: string }>(
      connection,
      `SELECT ordinal, reason FROM (SELECT rowid::INTEGER AS ordinal, ${CHECKS} AS reason FROM interactions)
       WHERE reason IS NOT NULL`,
    )
  ).map((p) => ({ ...p, column: null }));
  // Only after validation, so that a missing rating (NULL) and a 0 stay distinguishable.
  await connection.run(`
    DELETE FROM interactions WHERE (${CHECKS}) IS NOT NULL;
    UPDATE interactions SET rating = NULL WHERE rating = 0`);
  const [{ n }] = await queryJson<{ n: number }>(
    connection,
    `SELECT count(*)::INTEGER AS n FROM interactions`,
  );
  return { problems, loaded: n! };
}
