/**
 * Preparation time per year: the chosen quantile band, the median and the mean (dots sized by the
 * year's recipes), with the weighted fit of the mean and its 95 % band.
 */
import * as Plot from "npm:@observablehq/plot";
import type { TrendFit } from "../../analysis/trends-fits.js";
import {
  type MinuteQuantile,
  quantileColumn,
  type YearRow,
} from "../../analysis/trends-queries.js";
import { formatInteger, t } from "../../i18n/index.js";
import {
  BAND_COLOR,
  DATA_COLOR,
  MEDIAN_COLOR,
  fitMarks,
  numberFormat,
  seriesColors,
  yearAxis,
  yearFormat,
} from "./fit-marks.js";

export type QuantileBand = readonly [MinuteQuantile, MinuteQuantile];

export const bandLabel = ([lo, hi]: QuantileBand): string => `Q${lo}–${hi}`;

export function minutesChart(
  rows: readonly YearRow[],
  trend: TrendFit,
  band: QuantileBand,
  range: { from: number; to: number },
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const [lo, hi] = band.map(quantileColumn);
  const labels = {
    band: t("trends.minutes.bandLegend", { band: bandLabel(band) }),
    median: t("measure.median"),
    mean: t("measure.mean"),
  };
  const tipLabels = {
    year: t("trends.axis.year"),
    recipes: t("measure.recipes"),
    mean: t("measure.mean"),
    median: t("measure.median"),
    lo: `Q${band[0]}`,
    hi: `Q${band[1]}`,
  };
  const minutes = numberFormat(1);
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 56,
    x: yearAxis(range, width),
    y: { label: t("trends.minutes.axis"), grid: true, zero: true, tickFormat: numberFormat(0) },
    r: { range: [2, 9] },
    color: seriesColors([
      { label: labels.band, color: BAND_COLOR },
      { label: labels.median, color: MEDIAN_COLOR },
      { label: labels.mean, color: DATA_COLOR },
    ]),
    ariaLabel: t("trends.minutes.aria"),
    ariaDescription: t("trends.minutes.ariaDescription", { band: bandLabel(band) }),
    marks: [
      Plot.areaY(rows, { x: "year", y1: lo, y2: hi, fill: () => labels.band, fillOpacity: 0.3 }),
      Plot.lineY(rows, {
        x: "year",
        y: "minutes_q50",
        stroke: () => labels.median,
        strokeWidth: 2,
      }),
      Plot.lineY(rows, { x: "year", y: "minutes_mean", stroke: () => labels.mean, strokeWidth: 2 }),
      ...fitMarks(trend),
      Plot.dot(rows, {
        x: "year",
        y: "minutes_mean",
        r: "recipes",
        fill: () => labels.mean,
        stroke: "var(--theme-background)",
        channels: {
          [tipLabels.year]: "year",
          [tipLabels.recipes]: "recipes",
          [tipLabels.mean]: "minutes_mean",
          [tipLabels.median]: "minutes_q50",
          [tipLabels.lo]: lo,
          [tipLabels.hi]: hi,
        },
        tip: {
          format: {
            x: false,
            y: false,
            r: false,
            fill: false,
            [tipLabels.year]: yearFormat,
            [tipLabels.recipes]: formatInteger,
            [tipLabels.mean]: minutes,
            [tipLabels.median]: minutes,
            [tipLabels.lo]: minutes,
            [tipLabels.hi]: minutes,
          },
        },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
