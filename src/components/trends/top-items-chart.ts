/** The most frequent items of a kind: share of the range's recipes containing each. */
import * as Plot from "npm:@observablehq/plot";
import type { TopItemRow } from "../../analysis/trends-queries.js";
import { formatInteger, formatPercent, t } from "../../i18n/index.js";
import { DATA_COLOR } from "./fit-marks.js";

export function topItemsChart(
  rows: readonly TopItemRow[],
  { width, title }: { width: number; title: string },
): SVGSVGElement | HTMLElement {
  const share = t("measure.share");
  const recipes = t("measure.recipes");
  const item = t("trends.items.item");
  const longest = Math.max(0, ...rows.map((d) => d.item.length));
  return Plot.plot({
    width,
    height: 40 + 26 * Math.max(rows.length, 1),
    marginLeft: Math.min(220, 12 + 7 * longest),
    marginRight: 56,
    title,
    x: {
      label: t("trends.items.shareAxis"),
      grid: true,
      tickFormat: (d: number) => formatPercent(d, 0),
    },
    y: { label: null, domain: rows.map((d) => d.item) },
    ariaLabel: title,
    ariaDescription: t("trends.items.topAriaDescription", { n: rows.length }),
    marks: [
      Plot.barX(rows, {
        x: "share",
        y: "item",
        fill: DATA_COLOR,
        channels: { [item]: "item", [share]: "share", [recipes]: "recipes" },
        tip: {
          format: {
            x: false,
            y: false,
            [item]: true,
            [share]: (d: number) => formatPercent(d),
            [recipes]: formatInteger,
          },
        },
      }),
      Plot.text(rows, {
        x: "share",
        y: "item",
        text: (d: TopItemRow) => formatPercent(d.share),
        dx: 4,
        textAnchor: "start",
        fill: "currentColor",
      }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
