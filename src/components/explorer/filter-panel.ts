/**
 * Every filter of the explorer in one form, whose value is the whole view: the filters (tag and
 * ingredient names turned into ids), the sort and the page. Each control is also exposed on its own
 * (`controls`), with a value and "input" events, so the URL can be bound to each. Any filter change
 * goes back to page 1; sort and page live in small value holders the table and pager set.
 */
import { html } from "npm:htl";
import { formatInteger, t, type MessageKey } from "../../i18n/index.js";
import { yearRangeInput, type YearRangeInput } from "../year-range.js";
import { rangeInput, type RangeInput } from "./range-input.js";
import { itemPicker, type ItemPicker, type Vocabulary } from "./item-picker.js";
import { MINUTE_EDGES } from "../../explorer/explorer-queries.js";
import {
  ABSURD_MINUTES,
  DEFAULT_SORT,
  type ExplorerFilters,
  type ExplorerSort,
  isOpen,
  type NumRange,
  NUTRIENTS,
  type Nutrient,
} from "../../explorer/filters.js";
import type { ExplorerState } from "../../explorer/session.js";

/** A value that is not an element (sort, page): enough for "input" listeners and URL binding. */
export class ValueHolder<T> extends EventTarget {
  constructor(public value: T) {
    super();
  }
  set(value: T): void {
    this.value = value;
    this.dispatchEvent(new Event("input"));
  }
}

type Valued<T> = HTMLElement & { value: T };

export interface ExplorerControls {
  years: YearRangeInput;
  minutes: RangeInput;
  absurd: Valued<"include" | "exclude">;
  steps: RangeInput;
  ingredients: RangeInput;
  nutrition: Record<Nutrient, RangeInput>;
  tagsInclude: ItemPicker;
  tagsExclude: ItemPicker;
  itemsInclude: ItemPicker;
  itemsExclude: ItemPicker;
  minRating: Valued<string>;
  minRatings: Valued<string>;
  text: Valued<string>;
  sort: ValueHolder<ExplorerSort>;
  page: ValueHolder<number>;
}

export interface FilterPanel extends HTMLFormElement {
  value: ExplorerState;
  controls: ExplorerControls;
  /** A new order starts at page 1. */
  setSort(sort: ExplorerSort): void;
  setPage(page: number): void;
}

export interface PanelBounds {
  first_year: number;
  last_year: number;
}

const TEXT_DEBOUNCE_MS = 300;
export const RATING_CHOICES = ["1", "2", "3", "3.5", "4", "4.5", "5"] as const;
export const MAX_TEXT = 100;

/** A text field that emits "input" after a pause in typing, or at once on Enter. */
function textInput(
  id: string,
  label: string,
  placeholder: string,
  type = "search",
): Valued<string> {
  const input = html`<input
    type=${type}
    id=${id}
    data-testid=${id}
    placeholder=${placeholder}
    maxlength=${MAX_TEXT}
    autocomplete="off"
  />` as HTMLInputElement;
  const root = html`<div class="explorer-text">
    <label for=${id}>${label}</label>${input}
  </div>` as Valued<string>;
  let last = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const emit = () => {
    clearTimeout(timer);
    if (input.value === last) return;
    last = input.value;
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  input.addEventListener("input", (e) => {
    e.stopPropagation();
    clearTimeout(timer);
    timer = setTimeout(emit, TEXT_DEBOUNCE_MS);
  });
  input.addEventListener("change", (e) => {
    e.stopPropagation();
    emit();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      emit();
    }
  });
  Object.defineProperty(root, "value", {
    get: () => input.value,
    set(v: string) {
      input.value = v;
      last = v;
    },
  });
  return root;
}

function selectInput(id: string, label: string, options: Array<[string, string]>): Valued<string> {
  const select = html`<select id=${id} data-testid=${id}>
    ${options.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
  </select>` as HTMLSelectElement;
  const root = html`<div class="explorer-select">
    <label for=${id}>${label}</label>${select}
  </div>` as Valued<string>;
  select.addEventListener("input", (e) => e.stopPropagation());
  select.addEventListener("change", () =>
    root.dispatchEvent(new Event("input", { bubbles: true })),
  );
  Object.defineProperty(root, "value", {
    get: () => select.value,
    set: (v: string) => (select.value = options.some(([o]) => o === v) ? v : ""),
  });
  return root;
}

function absurdInput(total: number): Valued<"include" | "exclude"> {
  const box = html`<input type="checkbox" id="absurd" data-testid="absurd" />` as HTMLInputElement;
  const root = html`<div class="explorer-absurd" data-testid="absurd-note">
    ${box}<label for="absurd"
      >${t("explorer.absurd.exclude", { n: formatInteger(total), max: formatInteger(ABSURD_MINUTES) })}</label
    >
  </div>` as Valued<"include" | "exclude">;
  box.addEventListener("input", (e) => e.stopPropagation());
  box.addEventListener("change", () => root.dispatchEvent(new Event("input", { bubbles: true })));
  Object.defineProperty(root, "value", {
    get: () => (box.checked ? "exclude" : "include"),
    set: (v: string) => (box.checked = v === "exclude"),
  });
  return root;
}

/** Each vocabulary's id by name, made once (the panel's value is read several times a change). */
const indexes = new WeakMap<Vocabulary, Map<string, number>>();
const ids = (names: readonly string[], vocabulary: Vocabulary) => {
  let index = indexes.get(vocabulary);
  if (!index) indexes.set(vocabulary, (index = new Map(vocabulary.names.map((n, i) => [n, i]))));
  return names.map((n) => index.get(n)).filter((i): i is number => i !== undefined);
};

const numberOrNull = (s: string): number | null =>
  s.trim() === "" || !Number.isFinite(Number(s)) ? null : Number(s);

export function filterPanel(
  bounds: PanelBounds,
  vocabularies: { tags: Vocabulary; ingredients: Vocabulary },
  absurdTotal: number,
): FilterPanel {
  const years = yearRangeInput({ from: bounds.first_year, to: bounds.last_year });
  const nutrition = Object.fromEntries(
    NUTRIENTS.map((n) => [
      n,
      rangeInput({
        id: n,
        label: t(`explorer.nutrient.${n}` as MessageKey),
        min: 0,
        step: n === "calories" ? 10 : 1,
      }),
    ]),
  ) as Record<Nutrient, RangeInput>;
  const c: ExplorerControls = {
    years,
    minutes: rangeInput({
      id: "minutes",
      label: t("explorer.filter.minutes"),
      choices: MINUTE_EDGES,
    }),
    absurd: absurdInput(absurdTotal),
    steps: rangeInput({ id: "steps", label: t("explorer.filter.steps"), min: 0, step: 1 }),
    ingredients: rangeInput({
      id: "ingredients",
      label: t("explorer.filter.ingredients"),
      min: 0,
      step: 1,
    }),
    nutrition,
    tagsInclude: itemPicker(vocabularies.tags, {
      id: "tags-include",
      label: t("explorer.filter.tagsInclude"),
      placeholder: t("explorer.items.tagPlaceholder"),
    }),
    tagsExclude: itemPicker(vocabularies.tags, {
      id: "tags-exclude",
      label: t("explorer.filter.tagsExclude"),
      placeholder: t("explorer.items.tagPlaceholder"),
    }),
    itemsInclude: itemPicker(vocabularies.ingredients, {
      id: "ingredients-include",
      label: t("explorer.filter.itemsInclude"),
      placeholder: t("explorer.items.ingredientPlaceholder"),
    }),
    itemsExclude: itemPicker(vocabularies.ingredients, {
      id: "ingredients-exclude",
      label: t("explorer.filter.itemsExclude"),
      placeholder: t("explorer.items.ingredientPlaceholder"),
    }),
    minRating: selectInput("min-rating", t("explorer.filter.minRating"), [
      ["", t("explorer.range.any")],
      ...RATING_CHOICES.map((v): [string, string] => [
        v,
        t("explorer.filter.stars", { n: Number(v) }),
      ]),
    ]),
    minRatings: textInput(
      "min-ratings",
      t("explorer.filter.minRatings"),
      t("explorer.range.any"),
      "number",
    ),
    text: textInput("text-search", t("explorer.filter.text"), t("explorer.filter.textPlaceholder")),
    sort: new ValueHolder<ExplorerSort>(DEFAULT_SORT),
    page: new ValueHolder<number>(1),
  };

  const filters = (): ExplorerFilters => {
    const y = c.years.value;
    const nutritionValue: Partial<Record<Nutrient, NumRange>> = {};
    for (const n of NUTRIENTS)
      if (!isOpen(c.nutrition[n].value)) nutritionValue[n] = c.nutrition[n].value;
    const minRatings = numberOrNull(c.minRatings.value);
    return {
      years: y.from === bounds.first_year && y.to === bounds.last_year ? null : y,
      minutes: c.minutes.value,
      absurd: c.absurd.value,
      steps: c.steps.value,
      ingredients: c.ingredients.value,
      nutrition: nutritionValue,
      tags: {
        include: ids(c.tagsInclude.value, vocabularies.tags),
        exclude: ids(c.tagsExclude.value, vocabularies.tags),
      },
      items: {
        include: ids(c.itemsInclude.value, vocabularies.ingredients),
        exclude: ids(c.itemsExclude.value, vocabularies.ingredients),
      },
      minRating: numberOrNull(c.minRating.value),
      minRatings: minRatings === null ? null : Math.max(0, Math.round(minRatings)),
      text: c.text.value.trim().slice(0, MAX_TEXT),
    };
  };

  const reset = html`<button type="button" class="explorer-reset" data-testid="reset">
    ${t("explorer.reset")}
  </button>`;
  const form = html`<form
    class="explorer-filters"
    data-testid="filters"
    aria-label=${t("explorer.filters")}
  >
    ${c.text}
    <div class="explorer-grid">
      <div class="explorer-years">${years}</div>
      <div>${c.minutes}${c.absurd}</div>
      ${c.steps} ${c.ingredients}
    </div>
    <div class="explorer-grid">
      ${c.tagsInclude}${c.tagsExclude}${c.itemsInclude}${c.itemsExclude}
    </div>
    <div class="explorer-grid">${c.minRating}${c.minRatings}</div>
    <details class="explorer-nutrition" data-testid="nutrition-filters">
      <summary>${t("explorer.filter.nutrition")}</summary>
      <div class="explorer-grid">${NUTRIENTS.map((n) => c.nutrition[n])}</div>
    </details>
    ${reset}
  </form>` as FilterPanel;

  let silent = false;
  // A filter changed (its event bubbles here first): back to page 1, then the form's own listeners.
  form.addEventListener(
    "input",
    (event) => {
      if (event.target === form) return;
      if (c.page.value !== 1) {
        silent = true;
        c.page.set(1);
        silent = false;
      }
    },
    { capture: true },
  );
  for (const holder of [c.sort, c.page])
    holder.addEventListener("input", () => {
      if (!silent) form.dispatchEvent(new Event("input", { bubbles: true }));
    });
  reset.addEventListener("click", () => {
    for (const control of [
      c.minutes,
      c.steps,
      c.ingredients,
      ...NUTRIENTS.map((n) => c.nutrition[n]),
    ])
      control.value = { min: null, max: null };
    for (const picker of [c.tagsInclude, c.tagsExclude, c.itemsInclude, c.itemsExclude])
      picker.value = [];
    c.years.value = { from: bounds.first_year, to: bounds.last_year };
    c.absurd.value = "include";
    c.minRating.value = "";
    c.minRatings.value = "";
    c.text.value = "";
    // Each control says it changed, so whatever listens to it (the URL) follows.
    for (const control of [
      c.years,
      c.minutes,
      c.absurd,
      c.steps,
      c.ingredients,
      ...NUTRIENTS.map((n) => c.nutrition[n]),
      c.tagsInclude,
      c.tagsExclude,
      c.itemsInclude,
      c.itemsExclude,
      c.minRating,
      c.minRatings,
      c.text,
    ])
      control.dispatchEvent(new Event("input", { bubbles: true }));
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  Object.defineProperty(form, "value", {
    get: (): ExplorerState => ({ filters: filters(), sort: c.sort.value, page: c.page.value }),
  });
  form.controls = c;
  form.setSort = (sort) => {
    silent = true;
    c.page.set(1);
    silent = false;
    c.sort.set(sort);
  };
  form.setPage = (page) => c.page.set(page);
  return form;
}
