/** The items of the diverging chart with their shares, gap and χ² test (raw and BH-adjusted p). */
import { html } from "npm:htl";
import type { ItemAnalysis } from "../../analysis/weekday-items.js";
import {
  formatInteger,
  formatNumber,
  formatP,
  formatPercent,
  formatSigned,
  t,
} from "../../i18n/index.js";

export function itemTable(analysis: ItemAnalysis): HTMLElement | null {
  const shown = [...analysis.moreOnWeekend, ...analysis.moreOnWeekdays].sort(
    (a, b) => b.delta - a.delta,
  );
  if (!shown.length) return null;
  const headers = [
    t("weekday.items.colItem"),
    t("weekday.items.tipWeekday"),
    t("weekday.items.tipWeekend"),
    t("weekday.items.tipDelta"),
    t("weekday.items.colChi2"),
    t("weekday.nutrients.colP"),
    t("weekday.nutrients.colPAdjusted"),
    t("weekday.items.tipV"),
    t("stat.n"),
  ];
  return html`<details class="weekday-items-details">
    <summary>${t("weekday.items.tableSummary")}</summary>
    <div class="weekday-table-wrap">
      <table class="weekday-table" data-testid="item-table">
        <thead>
          <tr>
            ${headers.map((h) => html`<th>${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (d) =>
              html`<tr data-item=${d.item} data-qualifies=${String(d.qualifies)}>
                <th scope="row">${d.item}</th>
                <td>${formatPercent(d.weekdayShare, 2)}</td>
                <td>${formatPercent(d.weekendShare, 2)}</td>
                <td data-stat="delta">${formatSigned(d.delta * 100, 2)}</td>
                <td>${formatNumber(d.test.statistic, 2)}</td>
                <td>${formatP(d.test.p)}</td>
                <td>
                  ${d.qualifies ? html`<strong>${formatP(d.pAdjusted)} *</strong>` : formatP(d.pAdjusted)}
                </td>
                <td>${formatNumber(d.test.cramersV, 3)}</td>
                <td>${formatInteger(d.test.n)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
