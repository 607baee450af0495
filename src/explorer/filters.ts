/**
 * The explorer's filter model: what the reader can ask for, its neutral default, and what counts as
 * "no filter". Pure data, shared by the page, the query builder, the first-paint loader and tests.
 */

/** Minutes above this are flagged as absurd (the ingest's quality check uses the same bound). */
export const ABSURD_MINUTES = 43_200; // 30 days

import { NUTRIENTS, type Nutrient } from "../analysis/nutrients.js";

export { NUTRIENTS, type Nutrient };

/** A closed interval; a missing bound is no bound. min > max is kept as asked (and matches nothing). */
export interface NumRange {
  readonly min: number | null;
  readonly max: number | null;
}
export const ANY: NumRange = { min: null, max: null };

export interface ExplorerFilters {
  /** Submission years, inclusive; null = every year. */
  readonly years: { readonly from: number; readonly to: number } | null;
  readonly minutes: NumRange;
  /** Whether recipes with more than ABSURD_MINUTES minutes stay in the results. */
  readonly absurd: "include" | "exclude";
  readonly steps: NumRange;
  readonly ingredients: NumRange;
  readonly nutrition: Readonly<Partial<Record<Nutrient, NumRange>>>;
  /** Tag / ingredient ids (see the vocabularies): all of `include`, none of `exclude`. */
  readonly tags: { readonly include: readonly number[]; readonly exclude: readonly number[] };
  readonly items: { readonly include: readonly number[]; readonly exclude: readonly number[] };
  /** Mean of the 1–5 ratings (recipes without a rating never match a minimum). */
  readonly minRating: number | null;
  readonly minRatings: number | null;
  /** Searched in names and descriptions, case-insensitively, as plain text. */
  readonly text: string;
}

export const NO_FILTERS: ExplorerFilters = {
  years: null,
  minutes: ANY,
  absurd: "include",
  steps: ANY,
  ingredients: ANY,
  nutrition: {},
  tags: { include: [], exclude: [] },
  items: { include: [], exclude: [] },
  minRating: null,
  minRatings: null,
  text: "",
};

export const SORT_COLUMNS = [
  "name",
  "submitted",
  "minutes",
  "n_steps",
  "n_ingredients",
  "calories",
  "mean_rating",
  "n_ratings",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = "asc" | "desc";
export interface ExplorerSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}
export const DEFAULT_SORT: ExplorerSort = { column: "submitted", direction: "desc" };

export const PAGE_SIZE = 25;

/** True when a range asks for nothing (both bounds open). */
export const isOpen = (range: NumRange | undefined): boolean =>
  !range || (range.min === null && range.max === null);

/** A range no value can satisfy (the page says so instead of showing an unexplained zero). */
export const isReversed = (range: NumRange | undefined): boolean =>
  !!range && range.min !== null && range.max !== null && range.min > range.max;

/** The ranges the reader reversed, by filter name (for the page's warning). */
export function reversedRanges(filters: ExplorerFilters): string[] {
  const names: string[] = [];
  if (isReversed(filters.minutes)) names.push("minutes");
  if (isReversed(filters.steps)) names.push("steps");
  if (isReversed(filters.ingredients)) names.push("ingredients");
  for (const nutrient of NUTRIENTS)
    if (isReversed(filters.nutrition[nutrient])) names.push(nutrient);
  return names;
}

/** Which tables a filter set needs beyond explorer_recipes (fetched on first use). */
export function neededTables(filters: ExplorerFilters) {
  const tables: Array<
    "explorer_recipe_tags" | "explorer_recipe_ingredients" | "explorer_descriptions"
  > = [];
  if (filters.tags.include.length || filters.tags.exclude.length)
    tables.push("explorer_recipe_tags");
  if (filters.items.include.length || filters.items.exclude.length)
    tables.push("explorer_recipe_ingredients");
  if (filters.text.trim()) tables.push("explorer_descriptions");
  return tables;
}
