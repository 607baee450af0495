/**
 * The six nutrients: weekend mean against weekday mean in % (bars right of zero: richer at the
 * weekend), each bar marked significant or not after the Benjamini–Hochberg correction.
 */
import * as Plot from "npm:@observablehq/plot";
import type { Comparison } from "../../analysis/weekday-compare.js";
import type { MessageKey } from "../../i18n/index.js";
import { formatNumber, formatP, formatSigned, t } from "../../i18n/index.js";

export const nutrientName = (measure: string): string => t(`nutrient.${measure}` as MessageKey);

export function nutrientChart(
  comparisons: readonly Comparison[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const significant = t("weekday.nutrients.legendSignificant");
  const notSignificant = t("weekday.nutrients.legendNotSignificant");
  const rows = comparisons
    .filter((c) => Number.isFinite(c.relativeDifference))
    .map((c) => ({
      nutrient: nutrientName(c.measure),
      pct: c.relativeDifference * 100,
      status: c.significant ? significant : notSignificant,
      label: `${formatSigned(c.relativeDifference * 100, 1)} %${c.significant ? " *" : ""}`,
      title: [
        nutrientName(c.measure),
        `${t("weekday.nutrients.tipDifference")}: ${formatSigned(c.relativeDifference * 100, 1)} %`,
        `${t("weekday.nutrients.tipMeans")}: ${formatNumber(c.weekday.mean, 1)} → ${formatNumber(c.weekend.mean, 1)}`,
        `${t("weekday.nutrients.colPAdjusted")}: ${formatP(c.pDecision)}`,
        `${t("weekday.nutrients.colD")}: ${formatNumber(c.test.cohenD, 3)}`,
      ].join("\n"),
    }));
  const extent = Math.max(1, ...rows.map((r) => Math.abs(r.pct))) * 1.25;
  return Plot.plot({
    width: Math.max(width, 320), // margins need room even in a collapsed container
    height: 60 + 34 * rows.length,
    marginLeft: 110,
    marginRight: 20,
    ariaLabel: t("weekday.nutrients.aria"),
    ariaDescription: t("weekday.nutrients.ariaDesc", {
      significant: rows.filter((r) => r.status === significant).length,
      tested: rows.length,
    }),
    x: {
      label: t("weekday.nutrients.axis"),
      domain: [-extent, extent],
      grid: true,
      tickFormat: (d: number) => `${formatSigned(d, 0)} %`,
    },
    y: { label: null, domain: rows.map((r) => r.nutrient) },
    color: {
      domain: [significant, notSignificant],
      range: ["var(--theme-foreground-focus)", "var(--theme-foreground-faint)"],
      legend: true,
    },
    marks: [
      Plot.barX(rows, { y: "nutrient", x: "pct", fill: "status", title: "title", tip: true }),
      Plot.ruleX([0], { stroke: "currentColor" }),
      // Labels beyond each bar's end: right of positive bars, left of negative ones.
      ...[true, false].map((positive) =>
        Plot.text(
          rows.filter((r) => r.pct >= 0 === positive),
          {
            y: "nutrient",
            x: "pct",
            text: "label",
            textAnchor: positive ? "start" : "end",
            dx: positive ? 4 : -4,
            fill: "currentColor",
          },
        ),
      ),
    ],
  }) as SVGSVGElement | HTMLElement;
}
