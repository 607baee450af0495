/**
 * RAW_recipes.csv: the plan shared with the interactions (ids, submission days, review counts)
 * and the row builder.
 */
import { csvField } from "./csv-writer.ts";
import { RECIPE_FIRST_DAY, RECIPE_LAST_DAY, isoDay, yearStart } from "./dates.ts";
import {
  FIRST_RECIPE_YEAR,
  FULL_CONTRIBUTORS,
  FULL_INTERACTIONS,
  FULL_RECIPES,
  MAX_RECIPES_PER_CONTRIBUTOR,
  MAX_REVIEWS_PER_RECIPE,
  RECIPES_PER_YEAR,
  WeightedSampler,
  apportion,
  heavyTailCounts,
  scaled,
} from "./distributions.ts";
import { accountIds, sortedDistinctInRange } from "./ids.ts";
import { Rng } from "./rng.ts";
import { NO_TEXT_TRAPS, type TextKit } from "./text.ts";
import type { RecipeTrap, TrapSchedule } from "./traps.ts";
import { CORE_TAGS, DISHES, LONG_TIME_TAG, TAGS, TIME_TAGS } from "./vocabulary.ts";
import { pyFloatListRepr, pyListRepr } from "../python-repr.ts";

export const RECIPES_HEADER =
  "name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients";

/** Everything decided before any text: what the interactions need to know about each recipe. */
export interface RecipePlan {
  readonly count: number;
  /** Recipe ids, increasing with the submission day as on Food.com. */
  readonly ids: Int32Array;
  readonly submitted: Int32Array;
  readonly contributors: Int32Array;
  /** Reviews each recipe gets (>= 1); sums to the number of interactions. */
  readonly reviews: Int32Array;
  readonly distinctContributors: number;
}

export function planRecipes(count: number, interactions: number, seed: number): RecipePlan {
  const rng = new Rng(seed, "recipe-plan");
  const fraction = count / FULL_RECIPES;
  const ids = sortedDistinctInRange(count, 38, 537_716, rng);

  const submitted = new Int32Array(count);
  let k = 0;
  apportion(count, RECIPES_PER_YEAR).forEach((n, i) => {
    const first = Math.max(yearStart(FIRST_RECIPE_YEAR + i), RECIPE_FIRST_DAY);
    const last = Math.min(yearStart(FIRST_RECIPE_YEAR + i + 1) - 1, RECIPE_LAST_DAY);
    for (let j = 0; j < n; j++) submitted[k++] = rng.range(first, last);
  });
  submitted.sort(); // ids grow with time

  const contributorCount = Math.min(count, scaled(FULL_CONTRIBUTORS, fraction));
  const contributorIds = accountIds(
    contributorCount,
    27,
    2_002_289_981,
    2_900_000,
    2_000_000_000,
    0.1,
    rng,
  );
  const perContributor = heavyTailCounts(
    contributorCount,
    count,
    MAX_RECIPES_PER_CONTRIBUTOR * Math.sqrt(fraction),
    1,
    rng,
  );
  const contributors = new Int32Array(count);
  k = 0;
  perContributor.forEach((n, c) => contributors.fill(contributorIds[c]!, k, (k += n)));
  rng.shuffle(contributors);

  // Popularity ranks go preferentially to older recipes (weighted random order, key u^(1/w)).
  const reviewFraction = interactions / FULL_INTERACTIONS;
  const top = MAX_REVIEWS_PER_RECIPE * Math.sqrt(reviewFraction);
  const counts = heavyTailCounts(count, interactions, top, 0.9, rng);
  const lastDay = RECIPE_LAST_DAY + 1;
  const keys = Float64Array.from(submitted, (day) =>
    Math.pow(rng.float(), 365 / (lastDay - day + 180)),
  );
  const byRank = Int32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => keys[b]! - keys[a]!,
  );
  const reviews = new Int32Array(count);
  byRank.forEach((recipe, rank) => (reviews[recipe] = counts[rank]!));

  return { count, ids, submitted, contributors, reviews, distinctContributors: contributorCount };
}

/** The values of one row, as Python had them before `to_csv`. */
export interface RecipeRow {
  name: string;
  id: number;
  minutes: number;
  contributor_id: number;
  submitted: string;
  tags: string[];
  nutrition: number[];
  n_steps: number;
  steps: string[];
  description: string;
  ingredients: string[];
  n_ingredients: number;
}

export function formatRecipe(r: RecipeRow): string {
  const tags = csvField(pyListRepr(r.tags));
  const nutrition = csvField(pyFloatListRepr(r.nutrition));
  const steps = csvField(pyListRepr(r.steps));
  const ingredients = csvField(pyListRepr(r.ingredients));
  return `${csvField(r.name)},${r.id},${r.minutes},${r.contributor_id},${r.submitted},${tags},${nutrition},${r.n_steps},${steps},${csvField(r.description)},${ingredients},${r.n_ingredients}\r\n`;
}

const HUGE_MINUTES = [10080, 20160, 43200, 86400, 129600, 288000];

/** Trap steps and ingredients: each one is the trap it is named after. */
const TRAP_STEPS: Partial<Record<RecipeTrap, string>> = {
  itemBothQuotes: `cut into 1" cubes , but don't crowd the pan`,
  itemBackslash: "add 1\\/2 cup of the sauce",
  itemTab: "stir well\tand set aside",
  itemNewline: "let it rest 10 minutes\nthen slice",
  itemCrlf: "cool on a rack\r\ncut into bars",
  itemNbsp: "bake 25\u00a0minutes",
  itemEmoji: "top with fresh strawberries 🍓",
  itemAstralEscape: "mix well\u{e0001}",
};
const TRAP_INGREDIENTS: Partial<Record<RecipeTrap, string>> = {
  itemApostrophe: "hellmann's mayonnaise",
  itemComma: "salt, to taste",
  itemZeroWidth: "sugar\u200b",
};

export class RecipeBuilder {
  private readonly tags = WeightedSampler.zipf(TAGS.length, 0.85, 2);

  constructor(
    private readonly plan: RecipePlan,
    private readonly text: TextKit,
    private readonly traps: TrapSchedule<RecipeTrap>,
  ) {}

  /** Builds recipe `index`; returns the row and the traps it really holds. */
  build(index: number, mask: number, rng: Rng): { row: RecipeRow; applied: number } {
    const B = this.traps.bits;
    let applied = mask;
    const [dish, course] = DISHES[this.text.dishes.draw(rng)]!;
    const minutes = mask === 0 ? niceMinutes(rng.logNormal(40, 0.95)) : trapMinutes(mask, B, rng);

    const ingredients = this.ingredients(rng);
    if (mask !== 0) placeItems(rng, ingredients, pickTraps(TRAP_INGREDIENTS, mask, B), 43);

    const steps = mask & B.nStepsZero ? [] : this.text.steps(rng, stepCount(rng), ingredients);
    if (mask !== 0) {
      const stepTraps = pickTraps(TRAP_STEPS, mask, B);
      if (steps.length === 0) for (const [kind] of stepTraps) applied &= ~B[kind];
      else placeItems(rng, steps, stepTraps, 145);
    }
    const nSteps = steps.length + (mask & B.nStepsMismatch ? 1 : 0);

    const tags =
      mask & B.tagsEmpty
        ? []
        : mask & B.tagsEmptyString
          ? [""]
          : this.tagList(rng, minutes, course);
    if (mask & B.tagsEmpty) applied &= ~B.tagsEmptyString;

    let description = "";
    if (mask & B.emptyDescription) {
      applied &= ~(
        B.descriptionCrlf |
        B.descriptionQuotes |
        B.descriptionHtml |
        B.descriptionMojibake |
        B.descriptionAccents |
        B.descriptionEmoji
      );
    } else {
      description = this.text.description(
        rng,
        dish,
        ingredients,
        mask === 0
          ? NO_TEXT_TRAPS
          : {
              crlf: (mask & B.descriptionCrlf) !== 0,
              quotes: (mask & B.descriptionQuotes) !== 0,
              html: (mask & B.descriptionHtml) !== 0,
              mojibake: (mask & B.descriptionMojibake) !== 0,
              accents: (mask & B.descriptionAccents) !== 0,
              emoji: (mask & B.descriptionEmoji) !== 0,
            },
      );
    }

    const name =
      mask & B.emptyName ? "" : this.text.name(rng, dish, (mask & B.multiSpaceName) !== 0);
    if (mask & B.emptyName) applied &= ~B.multiSpaceName;

    return {
      row: {
        name,
        id: this.plan.ids[index]!,
        minutes,
        contributor_id: this.plan.contributors[index]!,
        submitted: isoDay(this.plan.submitted[index]!),
        tags,
        nutrition: nutrition(rng, course, (mask & B.caloriesOutlier) !== 0),
        n_steps: nSteps,
        steps,
        description,
        ingredients,
        n_ingredients: ingredients.length,
      },
      applied,
    };
  }

  private ingredients(rng: Rng): string[] {
    const n = Math.max(1, Math.min(43, Math.round(rng.logNormal(8.3, 0.42))));
    const out: string[] = [];
    for (let tries = 0; out.length < n && tries < n * 20; tries++) {
      const item = this.text.ingredient(rng);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }

  private tagList(rng: Rng, minutes: number, course: string): string[] {
    const out: string[] = [];
    const time = TIME_TAGS.find(([max]) => minutes <= max);
    if (minutes >= 1440) out.push(LONG_TIME_TAG);
    else if (time && minutes > 0) out.push(time[1]);
    for (const [tag, share] of CORE_TAGS) if (rng.chance(share)) out.push(tag);
    out.push(course);
    const extra = Math.round(rng.logNormal(8.6, 0.5));
    for (let tries = 0, added = 0; added < extra && tries < extra * 10; tries++) {
      const tag = TAGS[this.tags.draw(rng)]!;
      if (out.includes(tag)) continue;
      // Keep the time tags first, then shuffle the rest a little as Food.com's order is loose.
      out.splice(2 + rng.int(out.length - 1), 0, tag);
      added++;
    }
    return out;
  }
}

function pickTraps(
  items: Partial<Record<RecipeTrap, string>>,
  mask: number,
  bits: Readonly<Record<RecipeTrap, number>>,
): [RecipeTrap, string][] {
  return (Object.entries(items) as [RecipeTrap, string][]).filter(
    ([kind]) => (mask & bits[kind]) !== 0,
  );
}

/** Puts each trap item at its own position of `list` (replacing), or appends when out of room. */
function placeItems(rng: Rng, list: string[], traps: [RecipeTrap, string][], max: number): void {
  const taken = new Set<number>();
  for (const [, item] of traps) {
    const existing = list.indexOf(item);
    if (existing >= 0 && !taken.has(existing)) {
      taken.add(existing);
      continue;
    }
    if (taken.size >= list.length) {
      if (list.length >= max) break;
      taken.add(list.length);
      list.push(item);
      continue;
    }
    let i = rng.int(list.length);
    while (taken.has(i)) i = (i + 1) % list.length;
    taken.add(i);
    list[i] = item;
  }
}

function trapMinutes(mask: number, B: Readonly<Record<RecipeTrap, number>>, rng: Rng): number {
  if (mask & B.minutesIntMax) return 2147483647;
  if (mask & B.minutes1051200) return 1051200;
  if (mask & B.minutesZero) return 0;
  if (mask & B.minutesHuge) return rng.pick(HUGE_MINUTES);
  return niceMinutes(rng.logNormal(40, 0.95));
}

/** Rounds a raw duration the way people type them: 5-minute steps, then quarter and half hours. */
function niceMinutes(raw: number): number {
  const m = Math.max(1, Math.round(raw));
  if (m <= 10) return m;
  if (m <= 60) return Math.round(m / 5) * 5;
  if (m <= 240) return Math.round(m / 15) * 15;
  if (m <= 1440) return Math.round(m / 30) * 30;
  return Math.round(m / 60) * 60;
}

function stepCount(rng: Rng): number {
  return Math.max(1, Math.min(145, Math.round(rng.logNormal(8.45, 0.55))));
}

/**
 * [calories, total fat, sugar, sodium, protein, saturated fat, carbohydrates], the last six in
 * %DV: drawn as grams per serving so they hang together, calories from the macros.
 */
function nutrition(rng: Rng, course: string, outlier: boolean): number[] {
  const sweet = course === "desserts" || course === "beverages";
  const fat = rng.logNormal(sweet ? 10 : 13, 0.85);
  const carbs = rng.logNormal(sweet ? 38 : 22, 0.8);
  const sugar = carbs * (sweet ? 0.5 + 0.45 * rng.float() : 0.05 + 0.35 * rng.float());
  const protein = rng.logNormal(sweet ? 4 : 14, 0.9);
  const satFat = fat * (0.15 + 0.45 * rng.float());
  const sodium = rng.logNormal(sweet ? 150 : 450, 1);
  const factor = outlier ? 60 + 140 * rng.float() : 1;
  const calories = (9 * fat + 4 * carbs + 4 * protein) * (1 + 0.04 * rng.normal()) * factor;
  const pdv = (x: number) => Math.round(x * factor);
  return [
    Math.round(Math.max(0, calories) * 10) / 10,
    pdv((fat / 65) * 100),
    pdv((sugar / 50) * 100),
    pdv((sodium / 2400) * 100),
    pdv((protein / 50) * 100),
    pdv((satFat / 20) * 100),
    pdv((carbs / 300) * 100),
  ];
}
