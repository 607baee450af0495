/** Ratings per group (bars), each with its share of 5-star ratings in the tooltip. */
import * as Plot from "npm:@observablehq/plot";
import { formatInteger, formatPercent, t, tickFormat } from "../../i18n/index.js";
import { ACCENT_COLOR } from "./colors.js";
import type { GroupView } from "./group-view.js";

export function groupVolumeChart(
  groups: readonly GroupView[],
  { width, ariaLabel, axisLabel }: { width: number; ariaLabel: string; axisLabel: string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 64,
    x: { label: axisLabel, domain: groups.map((g) => g.label), padding: 0.2 },
    y: { label: t("ratings.axis.ratings"), grid: true, tickFormat: tickFormat(0) },
    ariaLabel,
    ariaDescription: t("ratings.groups.volumeDesc", {
      ratings: formatInteger(groups.reduce((s, g) => s + g.ratings, 0)),
    }),
    marks: [
      Plot.barY(groups, {
        x: "label",
        y: "ratings",
        fill: (g: GroupView) => (g.highlight ? ACCENT_COLOR : "var(--theme-foreground-focus)"),
        channels: {
          [t("ratings.tip.ratings")]: (g: GroupView) => formatInteger(g.ratings),
          [t("ratings.tip.fiveShare")]: (g: GroupView) => formatPercent(g.fiveShare),
          [t("ratings.tip.lowShare")]: (g: GroupView) => formatPercent(g.lowShare),
        },
        tip: { format: { y: false, fill: false } },
      }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
