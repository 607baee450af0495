/**
 * Mean rating per group with its 95 % confidence interval (dots and whiskers: the means sit close
 * together near the top of the 1–5 scale, so the axis is zoomed and bars would mislead), and the
 * overall mean as a dashed line.
 */
import * as Plot from "npm:@observablehq/plot";
import { formatFixed, formatInteger, t } from "../../i18n/index.js";
import { ACCENT_COLOR } from "./colors.js";
import type { GroupView } from "./group-view.js";

export function groupMeansChart(
  groups: readonly GroupView[],
  overallMean: number,
  { width, ariaLabel, axisLabel }: { width: number; ariaLabel: string; axisLabel: string },
): SVGSVGElement | HTMLElement {
  const rated = groups.filter((g) => g.ratings > 0);
  const color = (g: GroupView) => (g.highlight ? ACCENT_COLOR : "var(--theme-foreground-focus)");
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    x: { label: axisLabel, domain: groups.map((g) => g.label), padding: 0.3 },
    y: {
      label: t("ratings.axis.meanRatingCI"),
      grid: true,
      nice: true,
      zero: false,
      tickFormat: (n: number) => formatFixed(n, 2),
    },
    ariaLabel,
    ariaDescription: rated.length
      ? t("ratings.groups.ariaDesc", { groups: formatInteger(rated.length) })
      : t("chart.noData"),
    marks: [
      Number.isFinite(overallMean)
        ? Plot.ruleY([overallMean], { strokeDasharray: "4 3", strokeOpacity: 0.6 })
        : null,
      Plot.ruleX(
        rated.filter((g) => Number.isFinite(g.ciLow)),
        { x: "label", y1: "ciLow", y2: "ciHigh", stroke: color, strokeWidth: 2 },
      ),
      Plot.dot(rated, {
        x: "label",
        y: "mean",
        r: 5,
        fill: color,
        channels: {
          [t("ratings.tip.meanRating")]: (g: GroupView) => formatFixed(g.mean, 3),
          [t("ratings.tip.ci")]: (g: GroupView) =>
            Number.isFinite(g.ciLow)
              ? `${formatFixed(g.ciLow, 3)}–${formatFixed(g.ciHigh, 3)}`
              : "–",
          [t("ratings.tip.ratings")]: (g: GroupView) => formatInteger(g.ratings),
        },
        tip: { format: { y: false, fill: false } },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
