/** Ratings 1–5 as shares of all ratings (reviews without a rating are reported beside, not here). */
import * as Plot from "npm:@observablehq/plot";
import type { RatingDistribution } from "../../analysis/ratings-measures.js";
import { formatInteger, formatPercent, t, tickFormat } from "../../i18n/index.js";
import { LOW_COLOR } from "./colors.js";

type Bar = RatingDistribution["counts"][number];

export function distributionChart(
  d: RatingDistribution,
  { width, height = 260, compact = false }: { width: number; height?: number; compact?: boolean },
): SVGSVGElement | HTMLElement {
  const star = (n: number) => t("ratings.star", { n: String(n) });
  return Plot.plot({
    width,
    height,
    marginLeft: compact ? 40 : 56,
    x: { label: compact ? null : t("ratings.axis.rating"), tickFormat: star, type: "band" },
    y: {
      label: t("ratings.axis.shareOfRatings"),
      percent: true,
      grid: true,
      tickFormat: tickFormat(0),
      axis: compact ? null : "left",
    },
    ariaLabel: t("ratings.distribution.aria"),
    ariaDescription: d.ratings
      ? t("ratings.distribution.ariaDesc", {
          five: formatPercent(d.fiveShare),
          ratings: formatInteger(d.ratings),
        })
      : t("chart.noData"),
    marks: [
      Plot.barY(d.counts, {
        x: "star",
        y: "share",
        fill: (b: Bar) => (b.star <= 2 ? LOW_COLOR : "var(--theme-foreground-focus)"),
        channels: {
          [t("ratings.tip.stars")]: (b: Bar) => star(b.star),
          [t("ratings.tip.ratings")]: (b: Bar) => formatInteger(b.ratings),
          [t("ratings.tip.share")]: (b: Bar) => formatPercent(b.share),
        },
        tip: { format: { x: false, y: false } },
      }),
      Plot.text(d.counts, {
        x: "star",
        y: "share",
        text: (b: Bar) => formatPercent(b.share),
        dy: -8,
        fill: "currentColor",
      }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
