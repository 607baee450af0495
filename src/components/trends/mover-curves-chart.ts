/** Yearly share of recipes of the first movers, one panel per direction. */
import * as Plot from "npm:@observablehq/plot";
import type { MoverShareRow } from "../../analysis/trends-queries.js";
import { formatInteger, formatPercent, t } from "../../i18n/index.js";
import { yearAxis, yearFormat } from "./fit-marks.js";

export function moverCurvesChart(
  rows: readonly MoverShareRow[],
  direction: MoverShareRow["direction"],
  range: { from: number; to: number },
  { width, title }: { width: number; title: string },
): SVGSVGElement | HTMLElement {
  const data = rows.filter((d) => d.direction === direction);
  const labels = {
    year: t("trends.axis.year"),
    item: t("trends.items.item"),
    share: t("measure.share"),
    recipes: t("trends.movers.itemRecipes"),
    total: t("measure.recipes"),
  };
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 52,
    title,
    x: yearAxis(range, width),
    y: {
      label: t("trends.items.shareAxis"),
      grid: true,
      zero: true,
      tickFormat: (d: number) => formatPercent(d, 0),
    },
    color: { legend: true, scheme: "tableau10" },
    ariaLabel: title,
    ariaDescription: t("trends.curves.ariaDescription", {
      n: new Set(data.map((d) => d.item)).size,
    }),
    marks: [
      Plot.lineY(data, { x: "year", y: "share", stroke: "item", strokeWidth: 1.8 }),
      Plot.dot(data, {
        x: "year",
        y: "share",
        fill: "item",
        r: 2.5,
        channels: {
          [labels.item]: "item",
          [labels.year]: "year",
          [labels.share]: "share",
          [labels.recipes]: "item_recipes",
          [labels.total]: "recipes",
        },
        tip: {
          format: {
            x: false,
            y: false,
            fill: false,
            [labels.item]: true,
            [labels.year]: yearFormat,
            [labels.share]: (d: number) => formatPercent(d),
            [labels.recipes]: formatInteger,
            [labels.total]: formatInteger,
          },
        },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
