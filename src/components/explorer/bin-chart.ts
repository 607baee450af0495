/**
 * The explorer's histograms: one bar per bin (an ordinal axis, so log-spaced bins keep equal
 * widths), counts on y, a flagged colour for bins the page sets apart, the chart's accessible label
 * and, under it, its key figure as text.
 */
import * as Plot from "npm:@observablehq/plot";
import { plotKeepingAxis } from "./kept-axis.js";
import { html } from "npm:htl";
import { formatInteger, t } from "../../i18n/index.js";

export const BAR_COLOR = "#4e79a7";
export const FLAG_COLOR = "#e15759";

export interface Bar {
  label: string;
  recipes: number;
  flagged?: boolean;
}

export function binChart(
  bars: readonly Bar[],
  {
    width,
    title,
    xLabel,
    summary,
    testid,
    labelEvery = 1,
  }: {
    width: number;
    title: string;
    xLabel: string;
    summary: string;
    testid: string;
    /** Label one bar in this many (long ordinal axes). */
    labelEvery?: number;
  },
): HTMLElement {
  const total = bars.reduce((a, b) => a + b.recipes, 0);
  // Rotated labels when they would not fit side by side; the margin grows to hold them.
  const perLabel = width / Math.ceil(bars.length / labelEvery);
  const rotate =
    perLabel < 9 * Math.max(...bars.map((b, i) => (i % labelEvery ? 0 : b.label.length)));
  const shown = new Set(bars.filter((_, i) => i % labelEvery === 0).map((b) => b.label));
  const labels = bars.map((b) => b.label);
  const height = rotate ? 260 : 220;
  const marginBottom = rotate ? 86 : 44;
  // The x axis (the bins) stays from one change to the next: only the bars and the y axis are redrawn.
  const xKey = JSON.stringify([
    testid,
    width,
    height,
    marginBottom,
    rotate,
    xLabel,
    labels,
    [...shown],
  ]);
  const body = total
    ? plotKeepingAxis("x", xKey, {
        width,
        height,
        marginLeft: 56,
        marginBottom,
        // Plot's own margins, written out so that the chart drawn without its x axis keeps them.
        marginTop: 20,
        marginRight: 20,
        ariaLabel: title,
        ariaDescription: summary,
        x: {
          label: xLabel,
          labelAnchor: "center",
          labelOffset: rotate ? 82 : 38,
          domain: labels,
          tickRotate: rotate ? -45 : 0,
          tickFormat: (label: string) => (shown.has(label) ? label : ""),
        },
        y: { label: t("explorer.chart.recipes"), grid: true, tickFormat: formatInteger },
        marks: [
          Plot.barY(bars, {
            x: "label",
            y: "recipes",
            fill: (d: Bar) => (d.flagged ? FLAG_COLOR : BAR_COLOR),
            tip: {
              format: { x: true, y: (n: number) => formatInteger(n), fill: false },
            },
          }),
          Plot.ruleY([0]),
        ],
      })
    : html`<p class="explorer-empty-chart">${t("explorer.chart.empty")}</p>`;
  return html`<figure class="explorer-chart" data-testid=${testid}>
    <h3>${title}</h3>
    ${body}
    <figcaption>${summary}</figcaption>
  </figure>`;
}
