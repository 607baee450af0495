/**
 * The %DV nutrients of the filtered recipes side by side: for each, the 10–90 % range as a line,
 * the interquartile range as a bar and the median as a tick (quantiles computed in SQL).
 */
import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import { formatNumber, t, type MessageKey } from "../../i18n/index.js";
import type { NutritionRow } from "../../explorer/explorer-queries.js";
import { BAR_COLOR } from "./bin-chart.js";
import { plotKeepingAxis } from "./kept-axis.js";

export const nutrientLabel = (nutrient: string): string =>
  t(`explorer.nutrient.${nutrient}` as MessageKey);

export function nutritionChart(
  rows: readonly NutritionRow[],
  { width }: { width: number },
): HTMLElement {
  const data = rows
    .filter((d) => d.q.length === 5)
    .map((d) => ({
      nutrient: nutrientLabel(d.nutrient),
      p10: d.q[0]!,
      p25: d.q[1]!,
      median: d.q[2]!,
      p75: d.q[3]!,
      p90: d.q[4]!,
    }));
  const title = t("explorer.chart.nutritionTitle");
  const summary = data.length
    ? data
        .map((d) =>
          t("explorer.chart.nutritionMedian", {
            nutrient: d.nutrient,
            median: formatNumber(d.median, 0),
          }),
        )
        .join(" · ")
    : t("explorer.chart.empty");
  const height = 40 + 34 * data.length;
  const marginLeft = Math.min(150, width / 3);
  const nutrients = data.map((d) => d.nutrient);
  // The y axis (the nutrients) stays from one change to the next: only the marks and x are redrawn.
  const yKey = JSON.stringify(["nutrition", width, height, marginLeft, nutrients]);
  const body = data.length
    ? plotKeepingAxis("y", yKey, {
        width,
        height,
        marginLeft,
        // Plot's own margin, written out so that the chart drawn without its y axis keeps it.
        marginTop: 20,
        ariaLabel: title,
        ariaDescription: summary,
        x: { label: t("explorer.chart.nutritionAxis"), grid: true, zero: true },
        y: { label: null, domain: nutrients },
        marks: [
          Plot.ruleY(data, {
            y: "nutrient",
            x1: "p10",
            x2: "p90",
            stroke: "currentColor",
            strokeOpacity: 0.6,
          }),
          Plot.barX(data, {
            y: "nutrient",
            x1: "p25",
            x2: "p75",
            fill: BAR_COLOR,
            insetTop: 8,
            insetBottom: 8,
          }),
          Plot.tickX(data, {
            y: "nutrient",
            x: "median",
            stroke: "currentColor",
            strokeWidth: 3,
            insetTop: 4,
            insetBottom: 4,
          }),
          Plot.tip(
            data,
            Plot.pointerY({
              y: "nutrient",
              x: "median",
              channels: {
                p10: { label: "10 %", value: "p10" },
                p25: { label: "25 %", value: "p25" },
                median: { label: t("explorer.chart.median"), value: "median" },
                p75: { label: "75 %", value: "p75" },
                p90: { label: "90 %", value: "p90" },
              },
              format: {
                x: false,
                y: true,
                p10: formatNumber,
                p25: formatNumber,
                median: formatNumber,
                p75: formatNumber,
                p90: formatNumber,
              },
            }),
          ),
        ],
      })
    : html`<p class="explorer-empty-chart">${t("explorer.chart.empty")}</p>`;
  return html`<figure class="explorer-chart" data-testid="chart-nutrition">
    <h3>${title}</h3>
    ${body}
    <figcaption>${summary}</figcaption>
  </figure>`;
}
