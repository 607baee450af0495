/**
 * The raw nutrition profile: each nutrient's mean per season, with its ANOVA and effect size (a
 * negative ω² estimate, meaning no effect, is shown as 0, the usual convention).
 */
import { html } from "npm:htl";
import type { NutrientAnalysis } from "../../analysis/seasonality-stats.js";
import { SEASONS } from "../../analysis/seasonality-queries.js";
import { formatNumber, t } from "../../i18n/index.js";
import { seasonLabel } from "./seasons.js";
import { effectText, pText, statText } from "./test-results.js";
import { nutrientLabel } from "./nutrition-heatmap.js";

export function nutritionTable(nutrients: readonly NutrientAnalysis[]): HTMLElement {
  const unit = (d: NutrientAnalysis) =>
    t(d.nutrient === "calories" ? "unit.kcal" : "seasonality.unit.pdvShort");
  return html`<div class="table-wrap">
    <table class="seasonality-table" data-testid="nutrition-table">
      <thead>
        <tr>
          <th scope="col">${t("seasonality.table.nutrient")}</th>
          <th scope="col">${t("seasonality.table.unit")}</th>
          ${SEASONS.map((s) => html`<th scope="col" class="num">${seasonLabel(s)}</th>`)}
          <th scope="col" class="num">${t("seasonality.table.f")}</th>
          <th scope="col" class="num">${t("seasonality.table.pAdjusted")}</th>
          <th scope="col" class="num">${t("seasonality.table.omega")}</th>
        </tr>
      </thead>
      <tbody>
        ${nutrients.map(
          (d) =>
            html`<tr data-nutrient=${d.nutrient}>
              <th scope="row">${nutrientLabel(d)}</th>
              <td>${unit(d)}</td>
              ${d.seasons.map(
                (row, s) =>
                  html`<td class="num" data-season=${s}>
                    ${row ? formatNumber(row.mean, 1) : "–"}
                  </td>`,
              )}
              <td class="num">${statText(d.anova.statistic)}</td>
              <td class="num">
                ${Number.isFinite(d.pAdjusted) ? pText(d.pAdjusted).replace(/^= /, "") : "–"}
              </td>
              <td class="num">
                ${statText(Math.max(0, d.anova.omegaSquared), 4)} (${effectText(d.effect)})
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
