/**
 * Monthly mean rating over time: the months with enough ratings (size = ratings), the weighted
 * trend line and its 95 % confidence band; months below the threshold are drawn faint, outside the fit.
 */
import * as Plot from "npm:@observablehq/plot";
import { MIN_MONTH_RATINGS } from "../../analysis/ratings-definitions.js";
import type { YearRange } from "../../analysis/query.js";
import type { MonthPoint, MonthlyTrend } from "../../analysis/ratings-measures.js";
import { formatFixed, formatInteger, locale, t } from "../../i18n/index.js";

// One formatter for every label: toLocaleDateString builds a new one per call, which took ~50 ms
// per chart over the 240 months of the full range.
let monthFormat: Intl.DateTimeFormat | null = null;
export const monthLabel = (m: { year: number; month: number }): string =>
  (monthFormat ??= new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  })).format(new Date(Date.UTC(m.year, m.month - 1, 1)));

/** Whole years of the range as ticks, thinned to about 10 so the labels never crowd. */
export function yearTicks({ from, to }: YearRange): number[] {
  const step = Math.max(1, Math.ceil((to - from + 1) / 10));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).filter(
    (y) => (y - from) % step === 0,
  );
}

export function monthlyChart(
  trend: MonthlyTrend,
  range: YearRange,
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const { fit, qualifying, months } = trend;
  const excluded = months.filter((m) => !m.qualifies);
  const xs = qualifying.map((m) => m.x);
  const band =
    fit && Number.isFinite(fit.slope) && xs.length
      ? Array.from({ length: 60 }, (_, i) => {
          const lo = Math.min(...xs);
          const x = lo + ((Math.max(...xs) - lo) * i) / 59;
          return { x, ...fit.band(x) };
        })
      : [];
  const kept = t("ratings.monthly.kept", { min: formatInteger(MIN_MONTH_RATINGS) });
  const left = t("ratings.monthly.left", { min: formatInteger(MIN_MONTH_RATINGS) });
  const tipChannels = {
    [t("ratings.tip.month")]: (m: MonthPoint) => monthLabel(m),
    [t("ratings.tip.meanRating")]: (m: MonthPoint) => formatFixed(m.mean, 3),
    [t("ratings.tip.ratings")]: (m: MonthPoint) => formatInteger(m.ratings),
  };
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 56,
    // Time in years: the axis spans the selected years, ticks at the start of each year.
    x: {
      label: t("ratings.axis.year"),
      domain: [range.from, range.to + 1],
      ticks: yearTicks(range),
      tickFormat: "d",
    },
    y: {
      label: t("ratings.axis.meanRating"),
      grid: true,
      tickFormat: (n: number) => formatFixed(n, 2),
    },
    r: { range: [1.5, 7] },
    color: { domain: [kept, left], range: ["var(--theme-foreground-focus)", "#999"], legend: true },
    ariaLabel: t("ratings.monthly.aria"),
    ariaDescription: t("ratings.monthly.ariaDesc", {
      qualifying: formatInteger(qualifying.length),
      months: formatInteger(months.length),
    }),
    marks: [
      Plot.areaY(band, {
        x: "x",
        y1: "lo",
        y2: "hi",
        fill: "var(--theme-foreground-focus)",
        fillOpacity: 0.2,
      }),
      Plot.dot(excluded, {
        x: "x",
        y: "mean",
        r: 1.5,
        stroke: () => left,
        strokeOpacity: 0.6,
        channels: tipChannels,
        tip: { format: { x: false, y: false, stroke: false } },
      }),
      Plot.dot(qualifying, {
        x: "x",
        y: "mean",
        r: "ratings",
        fill: () => kept,
        fillOpacity: 0.7,
        channels: tipChannels,
        tip: { format: { x: false, y: false, r: false, fill: false } },
      }),
      Plot.line(band, { x: "x", y: "fit", stroke: "var(--theme-foreground)", strokeWidth: 2 }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
