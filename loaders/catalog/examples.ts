/**
 * One example query per browser table, as an analyst would write it in a ```sql block: it runs on
 * the table under its browser name. The catalog runs each natively at build time and shows the
 * result. Every query orders its rows fully, so the result is the same wherever it runs.
 */
export const EXAMPLE_QUERIES: Readonly<Record<string, string>> = {
  recipes: `SELECT year(submitted)::INTEGER AS year, count(*)::INTEGER AS recipes,
       median(minutes)::DOUBLE AS median_minutes
FROM recipes
GROUP BY year ORDER BY year DESC LIMIT 5`,
  interactions: `SELECT rating, count(*)::INTEGER AS reviews
FROM interactions
GROUP BY rating ORDER BY rating NULLS FIRST`,
  analysis_recipes: `SELECT season, count(*)::INTEGER AS recipes,
       round(avg(calories), 1) AS mean_calories
FROM analysis_recipes
GROUP BY season ORDER BY season`,
  analysis_items: `SELECT item, sum(recipes)::INTEGER AS recipes
FROM analysis_items
WHERE kind = 'ingredient'
GROUP BY item ORDER BY recipes DESC, item LIMIT 5`,
  item_diversity: `SELECT kind, year, distinct_items, round(entropy, 3) AS entropy
FROM item_diversity
ORDER BY year DESC, kind LIMIT 4`,
  review_calendar: `SELECT weekend, sum(reviews)::INTEGER AS reviews
FROM review_calendar
GROUP BY weekend ORDER BY weekend`,
  recipe_ratings: `SELECT year, sum(ratings)::INTEGER AS ratings,
       round(sum(rating_sum) / sum(ratings), 3) AS mean_rating
FROM recipe_ratings
GROUP BY year ORDER BY year DESC LIMIT 5`,
  rated_recipes: `SELECT count(*)::INTEGER AS recipes, count(name)::INTEGER AS named
FROM rated_recipes`,
};

/** A table without an example of its own shows its first rows. */
export function exampleQuery(table: string): string {
  return EXAMPLE_QUERIES[table] ?? `SELECT * FROM ${table} LIMIT 3`;
}
