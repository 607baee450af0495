/**
 * One yearly series as dots sized by the year's recipes, joined by a line, with its weighted fit and
 * 95 % band: the panels of complexity, steps, ingredients, nutrients and item diversity.
 */
import * as Plot from "npm:@observablehq/plot";
import type { TrendFit, YearValue } from "../../analysis/trends-fits.js";
import { formatInteger, t } from "../../i18n/index.js";
import {
  DATA_COLOR,
  fitMarks,
  numberFormat,
  seriesColors,
  yearAxis,
  yearFormat,
} from "./fit-marks.js";

export interface MeanTrendOptions {
  width: number;
  /** Chart title, also its aria label. */
  title: string;
  /** Y axis label with its unit. */
  yLabel: string;
  /** Legend and tooltip name of the series. */
  seriesLabel: string;
  digits: number;
  range: { from: number; to: number };
  height?: number;
}

export function meanTrendChart(
  series: readonly YearValue[],
  trend: TrendFit,
  { width, title, yLabel, seriesLabel, digits, range, height = 240 }: MeanTrendOptions,
): SVGSVGElement | HTMLElement {
  const year = t("trends.axis.year");
  const recipes = t("measure.recipes");
  const values = series.filter((d) => Number.isFinite(d.value));
  // The data and the fitted line set the y domain; the band is clipped to it.
  const ys = [...values.map((d) => d.value), ...trend.band.map((d) => d.fit)];
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  return Plot.plot({
    width,
    height,
    marginLeft: 52,
    title,
    x: yearAxis(range, width),
    y: {
      label: yLabel,
      grid: true,
      tickFormat: numberFormat(digits + 1),
      domain: ys.length ? [lo - pad, hi + pad] : undefined,
      nice: true,
    },
    r: { range: [1.5, 7] },
    color: seriesColors([{ label: seriesLabel, color: DATA_COLOR }]),
    ariaLabel: title,
    ariaDescription: t("trends.panel.ariaDescription", { years: values.length }),
    marks: [
      Plot.lineY(values, { x: "year", y: "value", stroke: () => seriesLabel, strokeOpacity: 0.5 }),
      ...fitMarks(trend, { clip: true }),
      Plot.dot(values, {
        x: "year",
        y: "value",
        r: "recipes",
        fill: () => seriesLabel,
        stroke: "var(--theme-background)",
        channels: { [year]: "year", [seriesLabel]: "value", [recipes]: "recipes" },
        tip: {
          format: {
            x: false,
            y: false,
            r: false,
            fill: false,
            [year]: yearFormat,
            [seriesLabel]: numberFormat(digits + 1),
            [recipes]: formatInteger,
          },
        },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
