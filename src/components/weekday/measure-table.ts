/** Means and medians of one measure for weekday and weekend recipes, and their difference. */
import { html } from "npm:htl";
import type { Comparison } from "../../analysis/weekday-compare.js";
import { formatFixed, formatInteger, formatSigned, t } from "../../i18n/index.js";
import { dayTypeName } from "./colors.js";

const value = (x: number, digits: number) => (Number.isFinite(x) ? formatFixed(x, digits) : "–");
const signed = (x: number, digits: number) => (Number.isFinite(x) ? formatSigned(x, digits) : "–");

export function measureTable(c: Comparison, testid: string, digits = 1): HTMLElement {
  return html`<table class="weekday-table" data-testid=${testid}>
    <thead>
      <tr>
        <th></th>
        <th>${t("stat.n")}</th>
        <th>${t("measure.mean")}</th>
        <th>${t("measure.median")}</th>
      </tr>
    </thead>
    <tbody>
      ${[false, true].map((weekend) => {
        const g = weekend ? c.weekend : c.weekday;
        return html`<tr data-daytype=${weekend ? "weekend" : "weekday"}>
          <th scope="row">${dayTypeName(weekend)}</th>
          <td>${formatInteger(g.n)}</td>
          <td data-stat="mean">${value(g.mean, digits)}</td>
          <td data-stat="median">${value(g.median, digits)}</td>
        </tr>`;
      })}
      <tr data-daytype="difference">
        <th scope="row">${t("weekday.table.difference")}</th>
        <td></td>
        <td data-stat="mean">${signed(c.difference, digits)}</td>
        <td data-stat="median">${signed(c.weekend.median - c.weekday.median, digits)}</td>
      </tr>
    </tbody>
  </table>`;
}
