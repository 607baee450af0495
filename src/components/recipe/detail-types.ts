/**
 * One recipe of a detail shard. The loader (loaders/recipe-detail/details.ts) writes each recipe as
 * a positional JSON array to keep ~231,000 repeated keys out of the files; `decodeRecipe` names them.
 */

import {
  PDV_NUTRIENTS as NUTRIENTS,
  type PdvNutrient as Nutrient,
} from "../../analysis/nutrients.js";

/** The %DV nutrients, in Food.com's order after calories. */
export { NUTRIENTS, type Nutrient };

export interface RecipeDetail {
  recipe_id: number;
  name: string | null;
  description: string | null;
  minutes: number | null;
  contributor_id: number | null;
  /** YYYY-MM-DD */
  submitted: string | null;
  tags: string[];
  ingredients: string[];
  steps: string[];
  calories: number | null;
  /** % daily value per serving, as Food.com gives it, in NUTRIENTS order. */
  nutrition: Array<{ nutrient: Nutrient; pdv: number | null }>;
  /** Every review, with or without a rating. */
  reviews: number;
  /** Reviews rated 1, 2, 3, 4, 5 stars. */
  ratings: Array<{ rating: 1 | 2 | 3 | 4 | 5; count: number }>;
  /** Reviews without a rating (0 in the file, NULL in the database): never averaged. */
  unrated: number;
}

/** A shard file: `{"shard": k, "source": "real" | "sample", "recipes": [[…], …]}`. */
export interface DetailShard {
  shard: number;
  /** Real Food.com files or the synthetic sample. */
  source: "real" | "sample";
  recipes: unknown[][];
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];

export function decodeRecipe(row: readonly unknown[]): RecipeDetail {
  const [id, name, description, minutes, contributor, submitted, tags, ingredients, steps] = row;
  const [calories, nutrients, reviews, ratings, unrated] = row.slice(9);
  const pdv = Array.isArray(nutrients) ? nutrients : [];
  const stars = Array.isArray(ratings) ? ratings : [];
  return {
    recipe_id: Number(id),
    name: str(name),
    description: str(description),
    minutes: num(minutes),
    contributor_id: num(contributor),
    submitted: str(submitted),
    tags: strs(tags),
    ingredients: strs(ingredients),
    steps: strs(steps),
    calories: num(calories),
    nutrition: NUTRIENTS.map((nutrient, i) => ({ nutrient, pdv: num(pdv[i]) })),
    reviews: num(reviews) ?? 0,
    ratings: ([1, 2, 3, 4, 5] as const).map((rating, i) => ({
      rating,
      count: num(stars[i]) ?? 0,
    })),
    unrated: num(unrated) ?? 0,
  };
}

/** The recipe `id` of a shard, or undefined. */
export function findRecipe(shard: DetailShard, id: number): RecipeDetail | undefined {
  const row = shard.recipes.find((r) => Array.isArray(r) && r[0] === id);
  return row ? decodeRecipe(row) : undefined;
}

/** Ratings 1–5 only: how many, and their mean (null when none). */
export function ratingStats(detail: RecipeDetail): { rated: number; mean: number | null } {
  const rated = detail.ratings.reduce((s, d) => s + d.count, 0);
  const total = detail.ratings.reduce((s, d) => s + d.rating * d.count, 0);
  return { rated, mean: rated ? total / rated : null };
}
