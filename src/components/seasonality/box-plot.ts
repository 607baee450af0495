/**
 * A measure's distribution per season as a box plot drawn from SQL quantiles (no raw values reach
 * the browser): box Q1–Q3, tick at the median, dot at the mean, Tukey whiskers as rules.
 */
import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { MeasureSummaryRow } from "../../analysis/seasonality-queries.js";
import type { MeasureAnalysis } from "../../analysis/seasonality-stats.js";
import { formatInteger, formatNumber, t, tickFormat, type MessageKey } from "../../i18n/index.js";
import { seasonColorScale, seasonDomain, seasonLabel } from "./seasons.js";

const digits = (measure: MeasureAnalysis["measure"]) => (measure === "complexity" ? 2 : 1);

export function seasonBoxPlot(
  analysis: MeasureAnalysis,
  { width, height = 280 }: { width: number; height?: number },
): SVGSVGElement | HTMLElement {
  const rows = analysis.summaries.filter((d): d is MeasureSummaryRow => d !== undefined);
  if (rows.length === 0) return html`<p class="muted">${t("chart.noData")}</p>`;
  const label = (d: MeasureSummaryRow) => seasonLabel(d.season);
  const value = (v: number) => formatNumber(v, digits(analysis.measure));
  const channels = {
    [t("seasonality.tip.n")]: (d: MeasureSummaryRow) => formatInteger(d.n),
    [t("seasonality.tip.mean")]: (d: MeasureSummaryRow) => value(d.mean),
    [t("seasonality.tip.median")]: (d: MeasureSummaryRow) => value(d.median),
    [t("seasonality.tip.quartiles")]: (d: MeasureSummaryRow) => `${value(d.q1)} – ${value(d.q3)}`,
    [t("seasonality.tip.whiskers")]: (d: MeasureSummaryRow) =>
      `${value(d.whisker_low)} – ${value(d.whisker_high)}`,
    [t("seasonality.tip.outliers")]: (d: MeasureSummaryRow) => formatInteger(d.outliers),
  };
  const measureName = t(`measure.${analysis.measure}`);
  return Plot.plot({
    width,
    height,
    marginLeft: 52,
    ariaLabel: t("seasonality.box.aria", { measure: measureName }),
    ariaDescription: t("seasonality.box.ariaDescription", { measure: measureName }),
    x: { label: t("seasonality.axis.season"), domain: seasonDomain(), padding: 0.3 },
    y: {
      label: t(`seasonality.axis.${analysis.measure}` as MessageKey),
      grid: true,
      tickFormat: tickFormat(1),
    },
    color: seasonColorScale(),
    marks: [
      Plot.ruleX(rows, { x: label, y1: "whisker_low", y2: "whisker_high", stroke: "currentColor" }),
      Plot.barY(rows, {
        x: label,
        y1: "q1",
        y2: "q3",
        fill: label,
        fillOpacity: 0.8,
        channels,
        tip: { format: { x: true, y1: false, y2: false, fill: false } },
      }),
      Plot.tickY(rows, { x: label, y: "median", stroke: "currentColor", strokeWidth: 2.5 }),
      Plot.dot(rows, {
        x: label,
        y: "mean",
        symbol: "diamond",
        fill: "var(--theme-background)",
        stroke: "currentColor",
        r: 4,
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
