/** A recipe's nutrition per serving as %DV bars, labelled with their values (theme colours). */
import * as Plot from "npm:@observablehq/plot";
import { formatInteger, formatNumber, t, type MessageKey } from "../../i18n/index.js";
import type { RecipeDetail } from "./detail-types.js";

type Row = RecipeDetail["nutrition"][number];

const nutrientName = (d: Row) => t(`recipe.nutrient.${d.nutrient}` as MessageKey);
const pdvText = (pdv: number | null) => (pdv === null ? "–" : `${formatNumber(pdv, 0)} %`);

/** The chart's text alternative: every nutrient and its %DV. */
export function nutritionSummary(rows: readonly Row[]): string {
  const list = rows
    .map((d) => t("recipe.nutrient.item", { nutrient: nutrientName(d), pdv: pdvText(d.pdv) }))
    .join(", ");
  return t("recipe.nutrient.summary", { list });
}

export function nutritionChart(
  rows: readonly Row[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const known = rows.filter((d) => d.pdv !== null);
  const max = Math.max(100, ...known.map((d) => d.pdv ?? 0));
  const names = rows.map(nutrientName);
  const longest = Math.max(...names.map((n) => n.length));
  return Plot.plot({
    width,
    height: 40 + 28 * rows.length,
    marginLeft: Math.min(width / 2.5, 12 + 7 * longest),
    marginRight: 52,
    x: {
      label: t("recipe.nutrient.axis"),
      domain: [0, max],
      grid: true,
      ticks: width < 420 ? 3 : 6,
      tickFormat: (d: number) => formatInteger(d),
    },
    y: { label: null, domain: names },
    ariaLabel: t("recipe.nutrient.aria"),
    ariaDescription: nutritionSummary(rows),
    marks: [
      // 100 % of the daily value, for scale.
      Plot.ruleX([100], { stroke: "var(--theme-foreground-muted)", strokeDasharray: "3,3" }),
      Plot.barX(known, {
        x: "pdv",
        y: nutrientName,
        fill: "var(--theme-foreground-focus)",
      }),
      Plot.text(rows, {
        x: (d: Row) => d.pdv ?? 0,
        y: nutrientName,
        text: (d: Row) => pdvText(d.pdv),
        dx: 4,
        textAnchor: "start",
        fill: "currentColor",
      }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
