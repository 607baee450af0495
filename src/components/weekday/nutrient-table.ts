/** The six nutrients' figures: means, medians, % difference and the Welch test with its BH-adjusted p. */
import { html } from "npm:htl";
import type { Comparison } from "../../analysis/weekday-compare.js";
import {
  formatFixed,
  formatInteger,
  formatNumber,
  formatP,
  formatSigned,
  t,
} from "../../i18n/index.js";
import { nutrientName } from "./nutrient-chart.js";

const num = (x: number, digits = 1) => (Number.isFinite(x) ? formatNumber(x, digits) : "–");
const fixed = (x: number) => (Number.isFinite(x) ? formatFixed(x, 1) : "–");
const signed = (x: number, digits = 1) => (Number.isFinite(x) ? formatSigned(x, digits) : "–");

export function nutrientTable(comparisons: readonly Comparison[]): HTMLElement {
  const headers = [
    t("weekday.nutrients.colNutrient"),
    t("weekday.nutrients.colWeekdayMean"),
    t("weekday.nutrients.colWeekendMean"),
    t("weekday.nutrients.colDifference"),
    t("weekday.nutrients.colWeekdayMedian"),
    t("weekday.nutrients.colWeekendMedian"),
    t("weekday.nutrients.colT"),
    t("weekday.nutrients.colDf"),
    t("weekday.nutrients.colP"),
    t("weekday.nutrients.colPAdjusted"),
    t("weekday.nutrients.colD"),
    t("stat.n"),
  ];
  return html`<div class="weekday-table-wrap">
    <table class="weekday-table" data-testid="nutrient-table">
      <thead>
        <tr>
          ${headers.map((h) => html`<th>${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${comparisons.map(
          (c) =>
            html`<tr data-nutrient=${c.measure} data-significant=${String(c.significant)}>
              <th scope="row">${nutrientName(c.measure)}</th>
              <td>${fixed(c.weekday.mean)}</td>
              <td>${fixed(c.weekend.mean)}</td>
              <td data-stat="pct">${signed(c.relativeDifference * 100)} %</td>
              <td>${fixed(c.weekday.median)}</td>
              <td>${fixed(c.weekend.median)}</td>
              <td>${num(c.test.statistic, 2)}</td>
              <td>${num(c.test.df, 0)}</td>
              <td>${formatP(c.test.p)}</td>
              <td data-stat="p-adjusted">
                ${c.significant ? html`<strong>${formatP(c.pDecision)} *</strong>` : formatP(c.pDecision)}
              </td>
              <td>${num(c.test.cohenD, 3)} (${c.effect ? t(`effect.${c.effect}`) : "–"})</td>
              <td>${formatInteger(c.test.n)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Each warning of the family once, naming the nutrients it concerns. */
export function nutrientWarnings(comparisons: readonly Comparison[]): HTMLElement | null {
  const keys = [...new Set(comparisons.flatMap((c) => c.warnings))];
  if (!keys.length) return null;
  return html`<ul class="warning-list" data-testid="nutrient-warnings">
    ${keys.map((key) => {
      const names = comparisons
        .filter((c) => c.warnings.includes(key))
        .map((c) => nutrientName(c.measure));
      return html`<li class="weekday-warning" data-warning=${key}>
        ⚠
        ${t("weekday.nutrients.warningFor", { warning: t(`warning.${key}`), names: names.join(", ") })}
      </li>`;
    })}
  </ul>`;
}
