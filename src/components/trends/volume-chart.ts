/** Recipes per submission year (bars) with the fitted line and its 95 % band. */
import * as Plot from "npm:@observablehq/plot";
import type { TrendFit, YearValue } from "../../analysis/trends-fits.js";
import { formatInteger, t } from "../../i18n/index.js";
import { DATA_COLOR, fitMarks, seriesColors, yearAxis, yearFormat } from "./fit-marks.js";

export function volumeChart(
  series: readonly YearValue[],
  trend: TrendFit,
  range: { from: number; to: number },
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const bars = t("trends.volume.bars");
  const recipes = t("measure.recipes");
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 60,
    x: yearAxis(range, width),
    y: { label: t("trends.volume.axis"), grid: true, tickFormat: formatInteger, zero: true },
    color: seriesColors([{ label: bars, color: DATA_COLOR }]),
    ariaLabel: t("trends.volume.aria"),
    ariaDescription: t("trends.volume.ariaDescription", {
      years: series.length,
      recipes: trend.recipes,
    }),
    marks: [
      Plot.rectY(series, {
        x1: (d: YearValue) => d.year - 0.4,
        x2: (d: YearValue) => d.year + 0.4,
        y: "value",
        fill: () => bars,
        fillOpacity: 0.85,
      }),
      ...fitMarks(trend),
      Plot.ruleY([0]),
      Plot.tip(
        series,
        Plot.pointerX({
          x: "year",
          y: "value",
          channels: { [t("trends.axis.year")]: "year", [recipes]: "value" },
          format: {
            x: false,
            y: false,
            [t("trends.axis.year")]: yearFormat,
            [recipes]: formatInteger,
          },
        }),
      ),
    ],
  }) as SVGSVGElement | HTMLElement;
}
