/** Recipes submitted per year (bars) with their mean rating (line), from rows computed in SQL. */
import * as Plot from "npm:@observablehq/plot";

export interface YearRow {
  year: number;
  recipes: number;
  ratings: number;
  mean_rating: number | null;
}

export function recipesPerYearChart(
  rows: YearRow[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    x: { label: "Year submitted", tickFormat: "d", type: "band" },
    y: { label: "Recipes", grid: true },
    ariaLabel: "Recipes submitted per year",
    ariaDescription: rows.length
      ? `${rows.length} years, most recipes in ${rows.reduce((a, b) => (b.recipes > a.recipes ? b : a)).year}`
      : "No recipe matches the filters",
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "recipes",
        fill: "var(--theme-foreground-focus)",
        tip: {
          format: { x: (d: number) => String(d), y: true },
        },
        channels: {
          "Mean rating": (d: YearRow) =>
            d.mean_rating === null ? "no rating" : d.mean_rating.toFixed(2),
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
    x: { label: "Year submitted", tickFormat: "d" },
    y: { label: "Mean rating (1–5)", grid: true, domain: [1, 5] },
    ariaLabel: "Mean rating of recipes per submission year",
    ariaDescription: rated.length
      ? `Mean rating from ${rated[0]!.year} to ${rated[rated.length - 1]!.year}`
      : "No rated recipe matches the filters",
    marks: [
      Plot.lineY(rated, { x: "year", y: "mean_rating", stroke: "var(--theme-foreground-focus)" }),
      Plot.dot(rated, {
        x: "year",
        y: "mean_rating",
        r: 3,
        fill: "var(--theme-foreground-focus)",
        tip: true,
        channels: { Ratings: "ratings" },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
