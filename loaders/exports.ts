/**
 * What the browser gets: lean Parquet tables and a JSON summary, queried from the ingested
 * database. Counts and sums are cast to INTEGER/DOUBLE so no BigInt reaches the browser, and no
 * review text leaves the database.
 */
import type { Writable } from "node:stream";
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryJson } from "./duckdb.ts";
import { openExportDatabase } from "./export-store.ts";
import { workingEnvironment } from "./environment.ts";
import { databasePath } from "./paths.ts";
import { readAnalysisSetInfo, type AnalysisSetInfo } from "./analysis/analysis-set.ts";

/** The database the exports read: MANGETAMAIN_DB, else the one of the working environment. */
export function exportDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.MANGETAMAIN_DB || databasePath(workingEnvironment({ env }));
}

/** One query per table the browser can load; the page docs describe their columns. */
export const PARQUET_EXPORTS = {
  /** One row per recipe with its review statistics; sorted by date so row groups prune by year. */
  recipes: `
    SELECT r.recipe_id, r.name, r.minutes, r.contributor_id, r.submitted,
           r.n_steps, r.n_ingredients,
           r.calories, r.total_fat_pdv, r.sugar_pdv, r.sodium_pdv, r.protein_pdv,
           r.saturated_fat_pdv, r.carbohydrates_pdv,
           coalesce(s.n_reviews, 0)::INTEGER AS n_reviews,
           coalesce(s.n_ratings, 0)::INTEGER AS n_ratings,
           s.mean_rating::DOUBLE AS mean_rating
    FROM recipes r
    LEFT JOIN (
      SELECT recipe_id, count(*) AS n_reviews, count(rating) AS n_ratings, avg(rating) AS mean_rating
      FROM interactions GROUP BY recipe_id
    ) s USING (recipe_id)
    ORDER BY r.submitted, r.recipe_id`,
  /** One row per review, without its text; rating is NULL for a review without a rating. */
  interactions: `
    SELECT user_id, recipe_id, date, rating FROM interactions ORDER BY date, recipe_id, user_id`,
} as const;

export type ParquetExport = keyof typeof PARQUET_EXPORTS;

export interface Summary {
  readonly kpis: {
    recipes: number;
    reviews: number;
    users: number;
    contributors: number;
    ratings: number;
    rated_share: number;
    mean_rating: number | null;
    first_submitted: string;
    last_submitted: string;
    first_review: string;
    last_review: string;
  };
  readonly ratings: Array<{ rating: number | null; reviews: number }>;
  readonly provenance: {
    source: "real" | "sample";
    sample: unknown;
    built_at: string;
    duckdb_version: string;
    recipes_read: number;
    recipes_loaded: number;
    interactions_read: number;
    interactions_loaded: number;
  };
  /** The analysis pages' recipe set: counts per cleaning step and the bounds it used. */
  readonly analysis_set: AnalysisSetInfo;
  readonly quality: {
    checks: Array<{ check_id: string; table_name: string; description: string; rows: number }>;
    rejects_total: number;
    rejects: Array<{ file: string; line: number; column_name: string | null; reason: string }>;
  };
}

/** Every figure of the summary, as SQL a test can run again. */
export const SUMMARY_SQL = {
  kpis: `
    SELECT
      (SELECT count(*) FROM recipes)::INTEGER AS recipes,
      count(*)::INTEGER AS reviews,
      count(DISTINCT user_id)::INTEGER AS users,
      (SELECT count(DISTINCT contributor_id) FROM recipes)::INTEGER AS contributors,
      count(rating)::INTEGER AS ratings,
      (count(rating) / count(*))::DOUBLE AS rated_share,
      avg(rating)::DOUBLE AS mean_rating,
      (SELECT min(submitted) FROM recipes)::VARCHAR AS first_submitted,
      (SELECT max(submitted) FROM recipes)::VARCHAR AS last_submitted,
      min(date)::VARCHAR AS first_review,
      max(date)::VARCHAR AS last_review
    FROM interactions`,
  ratings: `SELECT rating::INTEGER AS rating, count(*)::INTEGER AS reviews FROM interactions GROUP BY rating ORDER BY rating NULLS FIRST`,
  provenance: `
    SELECT source, sample, strftime(built_at, '%Y-%m-%dT%H:%M:%SZ') AS built_at, duckdb_version,
           recipes_read, recipes_loaded, interactions_read, interactions_loaded
    FROM ingest_info`,
  checks: `SELECT check_id, table_name, description, rows FROM quality_checks ORDER BY table_name DESC, rows DESC`,
  rejectsTotal: `SELECT count(*)::INTEGER AS n FROM quality_rejects`,
  rejects: `SELECT file, line, column_name, reason FROM quality_rejects ORDER BY file DESC, line LIMIT 200`,
} as const;

export async function readSummary(connection: DuckDBConnection): Promise<Summary> {
  const [kpis] = await queryJson<Summary["kpis"]>(connection, SUMMARY_SQL.kpis);
  const ratings = await queryJson<Summary["ratings"][number]>(connection, SUMMARY_SQL.ratings);
  const [provenance] = await queryJson<Summary["provenance"] & { sample: string | null }>(
    connection,
    SUMMARY_SQL.provenance,
  );
  const checks = await queryJson<Summary["quality"]["checks"][number]>(
    connection,
    SUMMARY_SQL.checks,
  );
  const [{ n }] = await queryJson<{ n: number }>(connection, SUMMARY_SQL.rejectsTotal);
  const rejects = await queryJson<Summary["quality"]["rejects"][number]>(
    connection,
    SUMMARY_SQL.rejects,
  );
  return {
    kpis: kpis!,
    ratings,
    provenance: {
      ...provenance!,
      sample: provenance!.sample ? JSON.parse(provenance!.sample) : null,
    },
    analysis_set: await readAnalysisSetInfo(connection),
    quality: { checks, rejects_total: n!, rejects },
  };
}

export async function writeSummary(output: Writable, dbPath = exportDatabasePath()): Promise<void> {
  // The export store holds the analysis set's record.
  const db = await openExportDatabase(dbPath);
  try {
    output.write(JSON.stringify(await readSummary(db.connection)));
  } finally {
    db.close();
  }
}
