/** Recipes submitted per year (bars) with their mean rating (line), from rows computed in SQL. */
import * as Plot from "npm:@observablehq/plot";
import type { YearRow } from "../analysis/overview-queries.js";
import { formatFixed, formatInteger, t, tickFormat } from "../i18n/index.js";

export type { YearRow };

export function recipesPerYearChart(
  rows: YearRow[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    x: { label: t("overview.yearly.axisYear"), tickFormat: "d", type: "band" },
    y: { label: t("overview.yearly.axisRecipes"), grid: true, tickFormat: tickFormat(0) },
    ariaLabel: t("overview.yearly.ariaRecipes"),
    ariaDescription: rows.length
      ? t("overview.yearly.ariaRecipesDesc", {
          years: rows.length,
          peak: String(rows.reduce((a, b) => (b.recipes > a.recipes ? b : a)).year),
        })
      : t("overview.yearly.none"),
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "recipes",
        fill: "var(--theme-foreground-focus)",
        tip: { format: { x: (d: number) => String(d), y: (d: number) => formatInteger(d) } },
        channels: {
          [t("overview.yearly.meanRating")]: (d: YearRow) =>
            d.mean_rating === null ? t("overview.yearly.noRating") : formatFixed(d.mean_rating, 2),
        },
      }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}

export function meanRatingChart(
  rows: YearRow[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const rated = rows.filter((d) => d.mean_rating !== null);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 56,
    x: { label: t("overview.yearly.axisYear"), tickFormat: "d" },
    y: {
      label: t("overview.yearly.axisMean"),
      grid: true,
      domain: [1, 5],
      tickFormat: tickFormat(1),
    },
    ariaLabel: t("overview.yearly.ariaMean"),
    ariaDescription: rated.length
      ? t("overview.yearly.ariaMeanDesc", {
          first: String(rated[0]!.year),
          last: String(rated[rated.length - 1]!.year),
        })
      : t("overview.yearly.none"),
    marks: [
      Plot.lineY(rated, { x: "year", y: "mean_rating", stroke: "var(--theme-foreground-focus)" }),
      Plot.dot(rated, {
        x: "year",
        y: "mean_rating",
        r: 3,
        fill: "var(--theme-foreground-focus)",
        tip: {
          format: {
            x: (d: number) => String(d),
            y: (d: number) => formatFixed(d, 2),
            [t("overview.yearly.ratings")]: (d: number) => formatInteger(d),
          },
        },
        channels: { [t("overview.yearly.ratings")]: "ratings" },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
