/**
 * Marks shared by the Trends charts: a fitted line with its 95 % band, the colour legend that names
 * them, and tooltip formats in the page's locale (Plot's own would print numbers the English way).
 */
import * as Plot from "npm:@observablehq/plot";
import type { TrendFit } from "../../analysis/trends-fits.js";
import { formatNumber, t } from "../../i18n/index.js";

/** Tableau colours: readable on the light and the dark theme. */
export const DATA_COLOR = "#4e79a7";
export const FIT_COLOR = "#e15759";
export const MEDIAN_COLOR = "#59a14f";
export const BAND_COLOR = "#a0a0a0";

export const yearFormat = (year: number): string => String(year);
export const numberFormat =
  (digits: number) =>
  (n: number): string =>
    formatNumber(n, digits);

/** The fit's name in legends. */
export const fitLabel = (): string => t("trends.legend.fit");

/**
 * The fitted line (dashed) and its 95 % confidence band; nothing when the slope is undefined. With
 * `clip`, the band is cut at the chart's y domain (a band over 3 years can be far wider than the data).
 */
export function fitMarks(trend: TrendFit, { clip = false } = {}): Plot.Markish[] {
  const label = fitLabel();
  const band = trend.band.filter((d) => Number.isFinite(d.lo) && Number.isFinite(d.hi));
  return [
    Plot.areaY(band, {
      x: "year",
      y1: "lo",
      y2: "hi",
      fill: () => label,
      fillOpacity: 0.15,
      clip,
    }),
    Plot.lineY(trend.band, {
      x: "year",
      y: "fit",
      stroke: () => label,
      strokeWidth: 2,
      strokeDasharray: "6 3",
    }),
  ];
}

/** A colour scale naming each series, the fit last. */
export function seriesColors(
  series: ReadonlyArray<{ label: string; color: string }>,
  withFit = true,
): Plot.ScaleOptions {
  const all = withFit ? [...series, { label: fitLabel(), color: FIT_COLOR }] : series;
  return {
    type: "categorical",
    domain: all.map((s) => s.label),
    range: all.map((s) => s.color),
    legend: true,
  };
}

/** The x axis of every yearly chart: whole years only (1, 2 or 5 apart), no thousands separator. */
export function yearAxis(range: { from: number; to: number }, width = 640): Plot.ScaleOptions {
  const years = range.to - range.from + 1;
  const room = Math.max(2, Math.floor(width / 45)); // a year label needs about 45 px
  const step = [1, 2, 5, 10].find((s) => years / s <= room) ?? 10;
  const ticks = Array.from({ length: years }, (_, i) => range.from + i).filter(
    (year) => year % step === 0 || step === 1,
  );
  return {
    label: t("trends.axis.year"),
    tickFormat: "d",
    domain: [range.from - 0.5, range.to + 0.5],
    ticks,
  };
}
