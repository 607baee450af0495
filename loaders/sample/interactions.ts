/**
 * RAW_interactions.csv: who reviews what (heavy-tailed users and recipes), when (the real
 * per-year counts, mostly after the recipe's submission), the rating and the text.
 */
import { csvField } from "./csv-writer.ts";
import { REVIEW_FIRST_DAY, REVIEW_LAST_DAY, yearOfDay, yearStart } from "./dates.ts";
import {
  FIRST_REVIEW_YEAR,
  FULL_INTERACTIONS,
  FULL_USERS,
  MAX_REVIEWS_PER_USER,
  RATING_COUNTS,
  REVIEWS_PER_YEAR,
  WeightedSampler,
  apportion,
  heavyTailCounts,
  scaled,
} from "./distributions.ts";
import { accountIds } from "./ids.ts";
import type { RecipePlan } from "./recipes.ts";
import { Rng } from "./rng.ts";

export const INTERACTIONS_HEADER = "user_id,recipe_id,date,rating,review";

export interface InteractionRow {
  user_id: number;
  recipe_id: number;
  date: string;
  rating: number;
  review: string;
}

export function formatInteraction(r: InteractionRow): string {
  return (
    r.user_id +
    "," +
    r.recipe_id +
    "," +
    r.date +
    "," +
    r.rating +
    "," +
    csvField(r.review) +
    "\r\n"
  );
}

/** Users, their review counts and the recipe each review is about (in output order). */
export interface InteractionPlan {
  readonly userIds: Int32Array;
  readonly perUser: Int32Array;
  /** Recipe index of each review, grouped by user in user order. */
  readonly recipeOf: Int32Array;
  /** 1 where the user already reviewed that recipe (rare): the date must then differ. */
  readonly repeat: Uint8Array;
}

export function planInteractions(
  recipes: RecipePlan,
  total: number,
  seed: number,
): InteractionPlan {
  const rng = new Rng(seed, "interaction-plan");
  const fraction = total / FULL_INTERACTIONS;
  const users = Math.min(total, scaled(FULL_USERS, fraction));
  const userIds = accountIds(users, 1533, 2_002_372_706, 2_900_000, 2_000_000_000, 0.3, rng);
  const perUser = rng.shuffle(
    heavyTailCounts(users, total, MAX_REVIEWS_PER_USER * Math.sqrt(fraction), 1, rng),
  );

  const recipeOf = new Int32Array(total);
  let k = 0;
  recipes.reviews.forEach((n, recipe) => recipeOf.fill(recipe, k, (k += n)));
  rng.shuffle(recipeOf);

  // A user reviews a recipe once: swap a repeat with a random later slot (some may remain at
  // the very end; their dates are then kept distinct).
  const repeat = new Uint8Array(total);
  let start = 0;
  const seen = new Set<number>();
  for (let u = 0; u < users; u++) {
    const end = start + perUser[u]!;
    if (end - start > 1) {
      seen.clear();
      for (let i = start; i < end; i++) {
        for (let tries = 0; seen.has(recipeOf[i]!) && tries < 20 && end < total; tries++) {
          const j = end + rng.int(total - end);
          const tmp = recipeOf[i]!;
          recipeOf[i] = recipeOf[j]!;
          recipeOf[j] = tmp;
        }
        if (seen.has(recipeOf[i]!)) repeat[i] = 1;
        seen.add(recipeOf[i]!);
      }
    }
    start = end;
  }
  return { userIds, perUser, recipeOf, repeat };
}

/**
 * P(review year | recipe submission year): a kernel that fades with the years since submission,
 * times per-year weights fitted (iterative proportional fitting) so that the review years over
 * the whole file follow the real per-year counts.
 */
export class ReviewYearModel {
  private readonly firstRecipeYear: number;
  /** Cumulative distribution over review years, one row per submission year. */
  private readonly cumulative: Float64Array[] = [];
  private readonly years = REVIEWS_PER_YEAR.length;
  private readonly yearStarts = Int32Array.from({ length: this.years + 1 }, (_, y) =>
    yearStart(FIRST_REVIEW_YEAR + y),
  );

  constructor(recipes: RecipePlan, total: number) {
    const recipeYears = Int32Array.from(recipes.submitted, yearOfDay);
    this.firstRecipeYear = recipeYears.reduce((a, b) => Math.min(a, b));
    const lastRecipeYear = recipeYears.reduce((a, b) => Math.max(a, b));
    const reviewsBySubmissionYear = new Float64Array(lastRecipeYear - this.firstRecipeYear + 1);
    recipeYears.forEach(
      (y, i) => (reviewsBySubmissionYear[y - this.firstRecipeYear]! += recipes.reviews[i]!),
    );

    const target = apportion(total, REVIEWS_PER_YEAR);
    const kernel = (recipeYear: number, reviewYear: number): number => {
      const d = reviewYear - recipeYear;
      if (d < 0) return 0;
      return Math.exp(-d / 3) * (d === 0 ? 0.5 : 1); // the submission year is on average half left
    };
    const weights = new Float64Array(this.years).fill(1);
    const rowFor = (s: number): Float64Array => {
      const row = new Float64Array(this.years);
      let z = 0;
      for (let y = 0; y < this.years; y++)
        z += row[y] = weights[y]! * kernel(this.firstRecipeYear + s, FIRST_REVIEW_YEAR + y);
      if (z > 0) for (let y = 0; y < this.years; y++) row[y]! /= z;
      return row;
    };
    for (let iteration = 0; iteration < 300; iteration++) {
      const expected = new Float64Array(this.years);
      for (let s = 0; s < reviewsBySubmissionYear.length; s++) {
        const row = rowFor(s);
        for (let y = 0; y < this.years; y++) expected[y]! += reviewsBySubmissionYear[s]! * row[y]!;
      }
      for (let y = 0; y < this.years; y++)
        if (expected[y]! > 0) weights[y]! *= Math.pow(target[y]! / expected[y]!, 0.7);
    }
    for (let s = 0; s < reviewsBySubmissionYear.length; s++) {
      const row = rowFor(s);
      for (let y = 1; y < this.years; y++) row[y]! += row[y - 1]!;
      this.cumulative.push(row);
    }
  }

  /** A review day on or after `submitted`, in a year drawn from the fitted distribution. */
  dayAfter(submitted: number, rng: Rng): number {
    const row = this.cumulative[yearOfDay(submitted) - this.firstRecipeYear]!;
    const x = rng.float() * row[this.years - 1]!;
    let y = 0;
    while (y < this.years - 1 && row[y]! <= x) y++;
    const first = Math.max(this.yearStarts[y]!, submitted, REVIEW_FIRST_DAY);
    const last = Math.min(this.yearStarts[y + 1]! - 1, REVIEW_LAST_DAY);
    return first <= last ? rng.range(first, last) : Math.max(submitted, REVIEW_FIRST_DAY);
  }
}

export const ratingSampler = (): WeightedSampler => new WeightedSampler(RATING_COUNTS);
