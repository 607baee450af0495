/** Per group: reviews, ratings, mean with its 95 % CI, SD, and shares of 5★, ≤ 2★ and no rating. */
import { html } from "npm:htl";
import { formatFixed, formatInteger, formatPercent, t } from "../../i18n/index.js";
import type { GroupView } from "./group-view.js";

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? formatFixed(n, digits) : "–");
const percent = (n: number) => (Number.isFinite(n) ? formatPercent(n) : "–");

export function groupTable(
  groups: readonly GroupView[],
  {
    id,
    groupHeader,
    perDay,
  }: { id: string; groupHeader: string; perDay?: (g: GroupView) => number },
): HTMLElement {
  return html`<table class="ratings-table" data-testid=${id}>
    <thead>
      <tr>
        <th scope="col">${groupHeader}</th>
        <th scope="col" class="num">${t("ratings.table.reviews")}</th>
        <th scope="col" class="num">${t("ratings.table.ratings")}</th>
        ${perDay ? html`<th scope="col" class="num">${t("ratings.table.perDay")}</th>` : ""}
        <th scope="col" class="num">${t("ratings.table.mean")}</th>
        <th scope="col" class="num">${t("ratings.table.ci")}</th>
        <th scope="col" class="num">${t("ratings.table.sd")}</th>
        <th scope="col" class="num">${t("ratings.table.five")}</th>
        <th scope="col" class="num">${t("ratings.table.low")}</th>
        <th scope="col" class="num">${t("ratings.table.unrated")}</th>
      </tr>
    </thead>
    <tbody>
      ${groups.map(
        (g) =>
          html`<tr data-group=${g.group}>
            <th scope="row">${g.label}</th>
            <td class="num">${formatInteger(g.reviews)}</td>
            <td class="num" data-ratings>${formatInteger(g.ratings)}</td>
            ${perDay ? html`<td class="num">${formatInteger(perDay(g))}</td>` : ""}
            <td class="num" data-mean>${fixed(g.mean, 3)}</td>
            <td class="num">
              ${Number.isFinite(g.ciLow) ? `${fixed(g.ciLow, 3)}–${fixed(g.ciHigh, 3)}` : "–"}
            </td>
            <td class="num">${fixed(g.sd, 3)}</td>
            <td class="num" data-five>${percent(g.fiveShare)}</td>
            <td class="num" data-low>${percent(g.lowShare)}</td>
            <td class="num">${percent(g.unratedShare)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
