/**
 * The Overview's yearly chart: recipes submitted per year and their mean rating, under two filters
 * (a maximum preparation time, a minimum number of ratings). Every choice of the two filters is run
 * natively at build time (loaders/analysis/overview.ts), so the page draws and refilters from a
 * small JSON file instead of loading every recipe into DuckDB-WASM.
 */

/** "Any time": the largest INTEGER, so the same `minutes <= ?` keeps every recipe. */
export const ANY_TIME = 2147483647;

/** The preparation-time choices, as the URL names them and as the query gets them. */
export const MAX_MINUTES_CHOICES = [
  ["any", ANY_TIME],
  ["15", 15],
  ["30", 30],
  ["60", 60],
  ["180", 180],
  ["1440", 1440],
] as const;

/** The minimum number of ratings runs from 0 to this, one by one. */
export const MAX_MIN_RATINGS = 20;

/** Over the `recipes` table (the recipes Parquet export); parameters: max minutes, min ratings. */
export const YEARLY_SQL = `
SELECT year(submitted)::INTEGER AS year,
       count(*)::INTEGER AS recipes,
       sum(n_ratings)::INTEGER AS ratings,
       (sum(mean_rating * n_ratings) / nullif(sum(n_ratings), 0))::DOUBLE AS mean_rating
FROM recipes
WHERE minutes <= ? AND n_ratings >= ?
GROUP BY year
ORDER BY year`;

export interface YearRow {
  year: number;
  recipes: number;
  ratings: number;
  mean_rating: number | null;
}

/** The query's rows for each filter choice, keyed by `yearlyKey`. */
export type OverviewYearly = Record<string, YearRow[]>;

export const yearlyKey = (maxMinutes: number, minRatings: number) => `${maxMinutes}:${minRatings}`;

/** The rows for one choice of the filters (none for a choice the build did not compute). */
export function yearlyRows(
  table: OverviewYearly,
  maxMinutes: number,
  minRatings: number,
): YearRow[] {
  return table[yearlyKey(maxMinutes, minRatings)] ?? [];
}
