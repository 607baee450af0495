/** A recipe's ratings: one bar per star, 1 to 5, labelled with its count (no-rating reviews apart). */
import * as Plot from "npm:@observablehq/plot";
import { formatInteger, t } from "../../i18n/index.js";
import type { RecipeDetail } from "./detail-types.js";

type Row = RecipeDetail["ratings"][number];

const starLabel = (d: Row) => t("recipe.ratings.star", { n: String(d.rating) });

/** The chart's text alternative: the count for each star. */
export function ratingSummary(rows: readonly Row[]): string {
  const rated = rows.reduce((s, d) => s + d.count, 0);
  const list = rows.map((d) => `${starLabel(d)} ${formatInteger(d.count)}`).join(", ");
  return t("recipe.ratings.summary", { rated: formatInteger(rated), list });
}

export function ratingChart(
  rows: readonly Row[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const max = Math.max(1, ...rows.map((d) => d.count));
  return Plot.plot({
    width,
    height: 40 + 28 * rows.length,
    marginLeft: 44,
    marginRight: 52,
    x: {
      label: t("recipe.ratings.axis"),
      domain: [0, max],
      grid: true,
      ticks: Math.min(width < 420 ? 3 : 6, max),
      tickFormat: (d: number) => (Number.isInteger(d) ? formatInteger(d) : ""),
    },
    y: { label: null, domain: rows.map(starLabel).reverse() },
    ariaLabel: t("recipe.ratings.aria"),
    ariaDescription: ratingSummary(rows),
    marks: [
      Plot.barX(rows, { x: "count", y: starLabel, fill: "var(--theme-foreground-focus)" }),
      Plot.text(rows, {
        x: "count",
        y: starLabel,
        text: (d: Row) => formatInteger(d.count),
        dx: 4,
        textAnchor: "start",
        fill: "currentColor",
      }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
