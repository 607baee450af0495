/** Previous / next page buttons and where the reader is: "26–50 of 1,234", "page 2 of 50". */
import { html } from "npm:htl";
import { formatInteger, t } from "../../i18n/index.js";
import { PAGE_SIZE } from "../../explorer/filters.js";

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

export function pager(page: number, total: number, onPage: (page: number) => void): HTMLElement {
  const pages = pageCount(total);
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const button = (label: string, target: number, testid: string) => {
    const b = html`<button
      type="button"
      data-testid=${testid}
      disabled=${target < 1 || target > pages || target === page}
    >
      ${label}
    </button>`;
    b.addEventListener("click", () => onPage(target));
    return b;
  };
  return html`<nav
    class="explorer-pager"
    aria-label=${t("explorer.pager.label")}
    data-testid="pager"
  >
    ${button(t("explorer.pager.previous"), Math.min(page - 1, pages), "page-previous")}
    <span data-testid="page-status"
      >${
        total
          ? t("explorer.pager.status", {
              first: formatInteger(Math.min(first, total)),
              last: formatInteger(last),
              total: formatInteger(total),
              page: formatInteger(page),
              pages: formatInteger(pages),
            })
          : ""
      }</span
    >
    ${button(t("explorer.pager.next"), page + 1, "page-next")}
  </nav>`;
}
