/** Recipes per season (bars) against the two expectations: an equal split and days per season. */
import * as Plot from "npm:@observablehq/plot";
import type { SeasonCountAnalysis, SeasonCount } from "../../analysis/seasonality-stats.js";
import { formatInteger, formatNumber, formatPercent, t, tickFormat } from "../../i18n/index.js";
import { seasonDomain, seasonLabel } from "./seasons.js";

interface Expected {
  season: string;
  reference: string;
  value: number;
}

export function seasonCountsChart(
  counts: SeasonCountAnalysis,
  { width, height = 300 }: { width: number; height?: number },
): SVGSVGElement | HTMLElement {
  const equal = t("seasonality.counts.expectedEqual");
  const days = t("seasonality.counts.expectedDays");
  const expected: Expected[] = counts.seasons.flatMap((d) => [
    { season: seasonLabel(d.season), reference: equal, value: d.expectedEqual },
    { season: seasonLabel(d.season), reference: days, value: d.expectedDays },
  ]);
  const channels = {
    [t("seasonality.tip.recipes")]: (d: SeasonCount) => formatInteger(d.recipes),
    [t("seasonality.tip.share")]: (d: SeasonCount) =>
      Number.isFinite(d.share) ? formatPercent(d.share) : "–",
    [t("seasonality.tip.days")]: (d: SeasonCount) => formatInteger(d.days),
    [t("seasonality.tip.perDay")]: (d: SeasonCount) =>
      Number.isFinite(d.perDay) ? formatNumber(d.perDay, 1) : "–",
    [equal]: (d: SeasonCount) => formatNumber(d.expectedEqual, 0),
    [days]: (d: SeasonCount) => formatNumber(d.expectedDays, 0),
  };
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    ariaLabel: t("seasonality.counts.aria"),
    ariaDescription: t("seasonality.counts.ariaDescription", {
      total: formatInteger(counts.total),
    }),
    x: { label: t("seasonality.axis.season"), domain: seasonDomain(), padding: 0.25 },
    y: { label: t("seasonality.axis.recipes"), grid: true, tickFormat: tickFormat(0) },
    color: { domain: [equal, days], range: ["currentColor", "#e15759"], legend: true },
    marks: [
      Plot.barY(counts.seasons, {
        x: (d: SeasonCount) => seasonLabel(d.season),
        y: "recipes",
        // Opaque, so the label inside reads at AA in both themes (white on a 75 % blue did not).
        fill: "var(--theme-foreground-focus)",
        channels,
        tip: { format: { y: false } }, // the recipes are in a channel, formatted for the locale
      }),
      Plot.text(counts.seasons, {
        x: (d: SeasonCount) => seasonLabel(d.season),
        y: "recipes",
        text: (d: SeasonCount) => (Number.isFinite(d.share) ? formatPercent(d.share) : ""),
        // Inside the top of the bar, clear of the expectation ticks just above or below it.
        dy: 14,
        fill: "var(--theme-background)",
        fontWeight: "bold",
      }),
      Plot.tickY(
        expected.filter((d) => d.reference === equal),
        { x: "season", y: "value", stroke: "reference", strokeWidth: 2, strokeDasharray: "6,3" },
      ),
      Plot.tickY(
        expected.filter((d) => d.reference === days),
        { x: "season", y: "value", stroke: "reference", strokeWidth: 2 },
      ),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
