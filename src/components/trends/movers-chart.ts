/**
 * The items whose share of recipes rose or fell most between the range's first and last year, as
 * diverging bars in percentage points.
 */
import * as Plot from "npm:@observablehq/plot";
import type { MoverRow } from "../../analysis/trends-queries.js";
import { formatNumber, formatPercent, formatSigned, t } from "../../i18n/index.js";

export const INCREASE_COLOR = "#4e79a7";
export const DECREASE_COLOR = "#e15759";

/** A change in share as signed points: +10, −2.5. */
const points = (change: number): string =>
  `${change > 0 ? "+" : change < 0 ? "−" : ""}${formatNumber(Math.abs(change) * 100, 1)}`;

export function moversChart(
  rows: readonly MoverRow[],
  { width, title }: { width: number; title: string },
): SVGSVGElement | HTMLElement {
  const sorted = [...rows].sort((a, b) => b.change - a.change);
  const first = rows[0]?.first_year;
  const last = rows[0]?.last_year;
  const labels = {
    item: t("trends.items.item"),
    first: t("trends.movers.shareIn", { year: String(first ?? "") }),
    last: t("trends.movers.shareIn", { year: String(last ?? "") }),
    change: t("trends.movers.changeAxis"),
    increase: t("trends.movers.increase"),
    decrease: t("trends.movers.decrease"),
  };
  const longest = Math.max(0, ...rows.map((d) => d.item.length));
  const direction = (d: MoverRow) =>
    d.direction === "increase" ? labels.increase : labels.decrease;
  return Plot.plot({
    width,
    height: 50 + 22 * Math.max(rows.length, 1),
    marginLeft: Math.min(220, 12 + 7 * longest),
    marginRight: 40,
    title,
    x: { label: labels.change, grid: true, tickFormat: points },
    y: { label: null, domain: sorted.map((d) => d.item) },
    color: {
      domain: [labels.increase, labels.decrease],
      range: [INCREASE_COLOR, DECREASE_COLOR],
      legend: true,
    },
    ariaLabel: title,
    ariaDescription: t("trends.movers.ariaDescription", { n: rows.length }),
    marks: [
      Plot.barX(sorted, {
        x: "change",
        y: "item",
        fill: direction,
        channels: {
          [labels.item]: "item",
          [labels.first]: "share_first",
          [labels.last]: "share_last",
          [labels.change]: "change",
        },
        tip: {
          format: {
            x: false,
            y: false,
            fill: false,
            [labels.item]: true,
            [labels.first]: (d: number) => formatPercent(d),
            [labels.last]: (d: number) => formatPercent(d),
            [labels.change]: (d: number) => formatSigned(d * 100, 2),
          },
        },
      }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
