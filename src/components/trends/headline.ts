/**
 * The Trends card of the Overview page, from the first-paint JSON only: when submissions peaked and
 * the fitted yearly change of the recipe volume, with a small bar chart of recipes per year (the
 * peak in the fit's colour).
 */
import * as Plot from "npm:@observablehq/plot";
import type { FirstPaint } from "../../analysis/page-data.js";
import { fitTrend, volumeSeries, type YearValue } from "../../analysis/trends-fits.js";
import { headlineFinding, peakYear } from "../../analysis/trends-interpret.js";
import type { TrendsResults } from "../../analysis/trends-queries.js";
import { formatInteger, t } from "../../i18n/index.js";
import { DATA_COLOR, FIT_COLOR, yearFormat } from "./fit-marks.js";
import { wording } from "./wording.js";

export function trendsHeadline(
  first: FirstPaint<TrendsResults>,
  { width }: { width: number },
): { finding: string; chart: Element } {
  const series = volumeSeries(first.results.yearly, first.range);
  const peak = peakYear(series);
  const year = t("trends.axis.year");
  const recipes = t("measure.recipes");
  const chart = Plot.plot({
    width,
    height: 120,
    marginLeft: 44,
    x: { label: null, tickFormat: "d", ticks: 5 },
    y: { label: recipes, grid: true, ticks: 3, tickFormat: formatInteger },
    ariaLabel: t("trends.volume.aria"),
    ariaDescription: t("trends.volume.ariaDescription", {
      years: series.length,
      recipes: formatInteger(series.reduce((sum, d) => sum + d.value, 0)),
    }),
    marks: [
      Plot.rectY(series, {
        x1: (d: YearValue) => d.year - 0.4,
        x2: (d: YearValue) => d.year + 0.4,
        y: "value",
        fill: (d: YearValue) => (d === peak ? FIT_COLOR : DATA_COLOR),
        channels: { [year]: "year", [recipes]: "value" },
        tip: {
          format: { x: false, y: false, fill: false, [year]: yearFormat, [recipes]: formatInteger },
        },
      }),
      Plot.ruleY([0]),
    ],
  }) as Element;
  return { finding: headlineFinding(wording, series, fitTrend(series, "equal")), chart };
}
