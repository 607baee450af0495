/**
 * Diverging bars of the items whose share differs most between weekday and weekend recipes: right,
 * more common on weekends; left, more common on weekdays. Closest candidates (in a direction where
 * nothing qualifies) are drawn faded.
 */
import * as Plot from "npm:@observablehq/plot";
import type { ItemAnalysis, ItemDifference } from "../../analysis/weekday-items.js";
import { formatNumber, formatP, formatPercent, formatSigned, t } from "../../i18n/index.js";
import { WEEKDAY_COLOR, WEEKEND_COLOR } from "./colors.js";

export function itemChart(
  analysis: ItemAnalysis,
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const moreWeekend = t("weekday.items.legendWeekend");
  const moreWeekdays = t("weekday.items.legendWeekdays");
  const shown = [...analysis.moreOnWeekend, ...analysis.moreOnWeekdays].sort(
    (a, b) => b.delta - a.delta,
  );
  const rows = shown.map((d: ItemDifference) => ({
    item: d.item,
    points: d.delta * 100,
    direction: d.delta > 0 ? moreWeekend : moreWeekdays,
    qualifies: d.qualifies,
    title: [
      d.item,
      `${t("weekday.items.tipWeekday")}: ${formatPercent(d.weekdayShare, 2)}`,
      `${t("weekday.items.tipWeekend")}: ${formatPercent(d.weekendShare, 2)}`,
      `${t("weekday.items.tipDelta")}: ${formatSigned(d.delta * 100, 2)}`,
      `${t("weekday.nutrients.colPAdjusted")}: ${formatP(d.pAdjusted)}`,
      `${t("weekday.items.tipV")}: ${formatNumber(d.test.cramersV, 3)}`,
    ].join("\n"),
  }));
  const extent = Math.max(0.25, ...rows.map((r) => Math.abs(r.points))) * 1.1;
  return Plot.plot({
    width: Math.max(width, 320), // margins need room even in a collapsed container
    height: 60 + 22 * Math.max(rows.length, 2),
    marginLeft: Math.min(Math.max(width, 320) / 3, 200),
    marginRight: 20,
    ariaLabel: t("weekday.items.aria", {
      kind: t(`kind.${analysis.kind}`),
    }),
    ariaDescription: t("weekday.items.ariaDesc", {
      weekend: analysis.moreOnWeekend.length,
      weekdays: analysis.moreOnWeekdays.length,
    }),
    x: {
      label: t("weekday.items.axis"),
      domain: [-extent, extent],
      grid: true,
      tickFormat: (d: number) => formatSigned(d, 1),
    },
    y: { label: null, domain: rows.map((r) => r.item), tickSize: 0 },
    color: {
      domain: [moreWeekend, moreWeekdays],
      range: [WEEKEND_COLOR, WEEKDAY_COLOR],
      legend: true,
    },
    marks: [
      Plot.barX(rows, {
        y: "item",
        x: "points",
        fill: "direction",
        fillOpacity: (r: (typeof rows)[number]) => (r.qualifies ? 1 : 0.5),
        title: "title",
        tip: true,
      }),
      Plot.ruleX([0], { stroke: "currentColor" }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
