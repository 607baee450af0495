/**
 * The Ratings page's fixed choices, shared by its queries, its measures and the `rated_recipes` table
 * (loaders/analysis/tables.ts), so the page and the data it ships cannot disagree.
 */

/** A month enters the monthly trend when it has at least this many ratings (1–5). */
export const MIN_MONTH_RATINGS = 100;

/**
 * A recipe is ranked in the top list when it has at least this many ratings in the year range.
 * `rated_recipes` names every recipe with this many ratings overall, which covers any range: a
 * recipe cannot have more ratings in a range than in all years.
 */
export const TOP_MIN_RATINGS = 10;

/** How many recipes the top list shows. */
export const TOP_COUNT = 10;

/**
 * The Bayesian prior's weight C is this quantile (nearest rank, quantile_disc) of the number of
 * ratings per rated recipe in the range: a recipe's mean counts as much as the global mean only once
 * it has more ratings than 90 % of the recipes.
 */
export const PRIOR_WEIGHT_QUANTILE = 0.9;

/** Recipe means are binned in steps of this many stars (1–1.25, …, 4.75–5, 5 included). */
export const MEAN_BIN_WIDTH = 0.25;

/** "Many ratings" in the positive-bias contrast: log2 bins from this one on (2⁴ = 16 ratings or more). */
export const MANY_RATINGS_BIN = 4;

/**
 * Ratings 1–5 are discrete and skewed, never normal: tests on means (ANOVA, Welch) lean on the
 * central limit theorem, so a group with fewer ratings than this is flagged `non-normal`.
 */
export const CLT_MIN_RATINGS = 30;
