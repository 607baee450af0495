/**
 * The explorer's view in the URL: one parameter per control, parsed strictly (a range's bounds,
 * names from the real vocabulary, listed choices), so a shared link restores the view and a hostile
 * value is ignored with the page's notice. Values reach DuckDB only as bound parameters anyway.
 */
import { bindParam, param, type Param } from "../components/url-state.js";
import { t } from "../i18n/index.js";
import type { ExplorerControls, PanelBounds } from "../components/explorer/filter-panel.js";
import { RATING_CHOICES, MAX_TEXT } from "../components/explorer/filter-panel.js";
import { MAX_ITEMS, type Vocabulary } from "../components/explorer/item-picker.js";
import { MINUTE_EDGES } from "./explorer-queries.js";
import {
  ANY,
  DEFAULT_SORT,
  type ExplorerSort,
  type NumRange,
  type Nutrient,
  SORT_COLUMNS,
} from "./filters.js";

/** `10..60`, `..60`, `10..`: each side a plain number within [min, max] (and among `choices`). */
export function rangeParam(min: number, max: number, choices?: readonly number[]): Param<NumRange> {
  const side = param.number(min, max);
  const one = (raw: string): number | null | undefined => {
    if (raw === "") return null;
    const n = side.parse(raw);
    return n === undefined || (choices && !choices.includes(n)) ? undefined : n;
  };
  return {
    parse(raw) {
      const match = /^([^.]*)\.\.([^.]*)$/.exec(raw.trim());
      if (!match) return undefined;
      const lo = one(match[1]!);
      const hi = one(match[2]!);
      if (lo === undefined || hi === undefined) return undefined;
      return { min: lo, max: hi };
    },
    format: (v) => (v.min === null && v.max === null ? "" : `${v.min ?? ""}..${v.max ?? ""}`),
    expected: t("explorer.url.range", { min: String(min), max: String(max) }),
  };
}

/** A name of the vocabulary, exactly as listed. */
function vocabularyItem(vocabulary: Vocabulary, expected: string): Param<string> {
  const known = new Set(vocabulary.names);
  return { parse: (raw) => (known.has(raw) ? raw : undefined), format: (v) => v, expected };
}

/** `minutes-asc`, `name-desc`… */
export const sortParam: Param<ExplorerSort> = (() => {
  const keys = SORT_COLUMNS.flatMap((c) => [`${c}-asc`, `${c}-desc`]);
  const inner = param.oneOf(keys);
  return {
    parse(raw) {
      const key = inner.parse(raw);
      if (!key) return undefined;
      const cut = key.lastIndexOf("-");
      return {
        column: key.slice(0, cut) as ExplorerSort["column"],
        direction: key.slice(cut + 1) as ExplorerSort["direction"],
      };
    },
    format: (v) => `${v.column}-${v.direction}`,
    expected: inner.expected,
  };
})();

/** A string-valued control holding a number (empty = no filter). */
const asString = (p: Param<number>): Param<string> => ({
  parse: (raw) => {
    const n = p.parse(raw);
    return n === undefined ? undefined : String(n);
  },
  format: (v) => v,
  expected: p.expected,
});

const NUTRIENT_KEYS: Record<Nutrient, string> = {
  calories: "calories",
  total_fat_pdv: "fat",
  sugar_pdv: "sugar",
  sodium_pdv: "sodium",
  protein_pdv: "protein",
  saturated_fat_pdv: "satfat",
  carbohydrates_pdv: "carbs",
};

/** Binds every control to its parameter; call before the page first reads the panel's value. */
export function bindExplorerUrl(
  c: ExplorerControls,
  bounds: PanelBounds & { max_steps: number; max_ingredients: number; max_ratings: number },
  vocabularies: { tags: Vocabulary; ingredients: Vocabulary },
): void {
  const years = { from: bounds.first_year, to: bounds.last_year };
  bindParam(c.text, "q", param.text(MAX_TEXT), "");
  bindParam(c.years, "years", param.yearRange(years), years);
  bindParam(c.minutes, "minutes", rangeParam(0, 2_147_483_647, MINUTE_EDGES), ANY);
  bindParam(c.absurd, "absurd", param.oneOf(["include", "exclude"] as const), "include");
  bindParam(c.steps, "steps", rangeParam(0, 1_000), ANY);
  bindParam(c.ingredients, "ningredients", rangeParam(0, 1_000), ANY);
  for (const [nutrient, key] of Object.entries(NUTRIENT_KEYS) as [Nutrient, string][])
    bindParam(c.nutrition[nutrient], key, rangeParam(0, 1_000_000), ANY);
  const tag = vocabularyItem(vocabularies.tags, t("explorer.url.tag"));
  const ingredient = vocabularyItem(vocabularies.ingredients, t("explorer.url.ingredient"));
  bindParam(c.tagsInclude, "tags", param.list(tag, MAX_ITEMS), []);
  bindParam(c.tagsExclude, "notags", param.list(tag, MAX_ITEMS), []);
  bindParam(c.itemsInclude, "with", param.list(ingredient, MAX_ITEMS), []);
  bindParam(c.itemsExclude, "without", param.list(ingredient, MAX_ITEMS), []);
  bindParam(c.minRating, "rating", param.oneOf(RATING_CHOICES) as Param<string>, "");
  bindParam(c.minRatings, "ratings", asString(param.int(0, 1_000_000)), "");
  bindParam(c.sort, "sort", sortParam, DEFAULT_SORT);
  // Last, so that back/forward restores the page after the filters (which reset it to 1).
  bindParam(c.page, "page", param.int(1, 100_000), 1);
}
