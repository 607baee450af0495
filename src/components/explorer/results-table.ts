/**
 * One page of results as a table: each column header is a button that sorts by it (in SQL, by the
 * page), aria-sort says the current order, each name links to the recipe's page (in the page's
 * language). Long names wrap inside their cell instead of widening the table.
 */
import {
  formatDate,
  formatFixed,
  formatInteger,
  lang,
  t,
  type MessageKey,
} from "../../i18n/index.js";
import type { RecipeRow } from "../../explorer/explorer-queries.js";
import type { ExplorerSort, SortColumn } from "../../explorer/filters.js";

const COLUMNS: ReadonlyArray<{
  column: SortColumn;
  numeric: boolean;
  cell: (r: RecipeRow) => string;
}> = [
  { column: "name", numeric: false, cell: (r) => r.name ?? "" },
  { column: "submitted", numeric: false, cell: (r) => formatDate(r.submitted) },
  { column: "minutes", numeric: true, cell: (r) => formatInteger(r.minutes) },
  { column: "n_steps", numeric: true, cell: (r) => formatInteger(r.n_steps) },
  { column: "n_ingredients", numeric: true, cell: (r) => formatInteger(r.n_ingredients) },
  {
    column: "calories",
    numeric: true,
    cell: (r) => (r.calories == null ? "–" : formatFixed(r.calories, 0)),
  },
  {
    column: "mean_rating",
    numeric: true,
    cell: (r) => (r.mean_rating == null ? "–" : formatFixed(r.mean_rating, 2)),
  },
  { column: "n_ratings", numeric: true, cell: (r) => formatInteger(r.n_ratings) },
];

/** The recipe's page, keeping the explorer's language. */
export const recipeHref = (id: number): string =>
  `./recipe?${new URLSearchParams({ id: String(id), lang })}`;

/** An element with attributes and children (the table's 250 cells: htl would parse each one). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function resultsTable(
  rows: readonly RecipeRow[],
  { sort, onSort }: { sort: ExplorerSort; onSort: (sort: ExplorerSort) => void },
): HTMLElement {
  const header = COLUMNS.map(({ column, numeric }) => {
    const active = sort.column === column;
    const next: ExplorerSort = {
      column,
      direction: active
        ? sort.direction === "asc"
          ? "desc"
          : "asc"
        : numeric || column === "submitted"
          ? "desc"
          : "asc",
    };
    const button = el(
      "button",
      { type: "button", "data-testid": `sort-${column}` },
      t(`explorer.column.${column}` as MessageKey),
      el("span", { "aria-hidden": "true" }, active ? (sort.direction === "asc" ? " ▲" : " ▼") : ""),
    );
    button.addEventListener("click", () => onSort(next));
    return el(
      "th",
      {
        scope: "col",
        class: numeric ? "num" : "",
        "aria-sort": active ? (sort.direction === "asc" ? "ascending" : "descending") : "none",
      },
      button,
    );
  });
  const body = rows.map((r) =>
    el(
      "tr",
      { "data-recipe-id": String(r.recipe_id) },
      el(
        "td",
        { class: "name" },
        el("a", { href: recipeHref(r.recipe_id) }, r.name || t("explorer.unnamed")),
      ),
      ...COLUMNS.slice(1).map(({ numeric, cell }) =>
        el("td", { class: numeric ? "num" : "" }, cell(r)),
      ),
    ),
  );
  return el(
    "div",
    { class: "explorer-table-wrap" },
    el(
      "table",
      { class: "explorer-table", "data-testid": "results-table" },
      el("caption", { class: "sr-only" }, t("explorer.table.caption")),
      el("thead", {}, el("tr", {}, ...header)),
      el("tbody", {}, ...body),
    ),
  );
}
