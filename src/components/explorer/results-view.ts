/**
 * The results block: how many recipes match (of how many), why none can match when a range is
 * reversed, a clear message when nothing matches, else the table and its pager.
 */
import { html } from "npm:htl";
import { formatInteger, t, type MessageKey } from "../../i18n/index.js";
import type { ExplorerPage } from "../../explorer/explorer-queries.js";
import { ABSURD_MINUTES, type ExplorerSort, reversedRanges } from "../../explorer/filters.js";
import type { ExplorerState } from "../../explorer/session.js";
import { resultsTable } from "./results-table.js";
import { pager, pageCount } from "./pager.js";

const RANGE_LABELS: Record<string, MessageKey> = {
  minutes: "explorer.filter.minutes",
  steps: "explorer.filter.steps",
  ingredients: "explorer.filter.ingredients",
};

export function resultCount(count: ExplorerPage["count"], total: number): HTMLElement {
  const n = count.recipes;
  return html`<p class="explorer-count" data-testid="result-count" aria-live="polite">
    <strong data-count=${n}
      >${n === 1 ? t("explorer.count.one") : t("explorer.count", { n: formatInteger(n) })}</strong
    >
    <span class="muted">${t("explorer.count.of", { total: formatInteger(total) })}</span>
    ${count.absurd ? html`<span class="explorer-flag" data-testid="absurd-count">${t("explorer.count.absurd", { n: formatInteger(count.absurd), max: formatInteger(ABSURD_MINUTES) })}</span>` : ""}
  </p>`;
}

export function resultsView(
  result: ExplorerPage,
  state: ExplorerState,
  {
    total,
    onSort,
    onPage,
  }: { total: number; onSort: (sort: ExplorerSort) => void; onPage: (page: number) => void },
): HTMLElement {
  const reversed = reversedRanges(state.filters);
  const names = reversed.map((r) => t(RANGE_LABELS[r] ?? (`explorer.nutrient.${r}` as MessageKey)));
  const n = result.count.recipes;
  const body = !n
    ? html`<div class="explorer-empty" role="status" data-testid="empty-results">
        ${reversed.length ? html`<p data-testid="reversed-warning">${t("explorer.reversed", { names: names.join(", ") })}</p>` : ""}
        <p>${t("explorer.empty")}</p>
      </div>`
    : html`${state.page > pageCount(n) ? html`<p class="explorer-empty" data-testid="page-beyond">${t("explorer.pageBeyond")}</p>` : resultsTable(result.rows, { sort: state.sort, onSort })}
      ${pager(state.page, n, onPage)}`;
  return html`<div class="explorer-results" data-testid="results">
    ${resultCount(result.count, total)} ${body}
  </div>`;
}
