/** Monthly volume of ratings against the monthly mean rating, for the months in the trend. */
import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { MonthPoint, MonthlyTrend } from "../../analysis/ratings-measures.js";
import { formatFixed, formatInteger, t } from "../../i18n/index.js";
import { monthLabel } from "./monthly-chart.js";

export function volumeQualityChart(
  trend: MonthlyTrend,
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  if (trend.qualifying.length === 0)
    return html`<p class="muted chart-empty">${t("ratings.volume.none")}</p>`;
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 56,
    x: {
      type: "log",
      label: t("ratings.axis.monthRatings"),
      tickFormat: (n: number) => formatInteger(n),
      ticks: 6,
    },
    y: {
      label: t("ratings.axis.meanRating"),
      grid: true,
      tickFormat: (n: number) => formatFixed(n, 2),
    },
    ariaLabel: t("ratings.volume.aria"),
    ariaDescription: t("ratings.volume.ariaDesc", {
      months: formatInteger(trend.qualifying.length),
    }),
    marks: [
      Plot.dot(trend.qualifying, {
        x: "ratings",
        y: "mean",
        r: 3,
        fill: "var(--theme-foreground-focus)",
        fillOpacity: 0.6,
        channels: {
          [t("ratings.tip.month")]: (m: MonthPoint) => monthLabel(m),
          [t("ratings.tip.ratings")]: (m: MonthPoint) => formatInteger(m.ratings),
          [t("ratings.tip.meanRating")]: (m: MonthPoint) => formatFixed(m.mean, 3),
        },
        tip: { format: { x: false, y: false } },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
