/**
 * The Trends page's statistics, computed from the yearly rows of trends-queries.ts: a weighted
 * least-squares line per series with its 95 % band, and the normality view of the yearly counts.
 */
import {
  type NormalQQResult,
  type ShapiroWilkResult,
  type WeightedLinearFitResult,
  normalQQ,
  shapiroWilk,
  weightedLinearFit,
} from "./stats.js";

/** One year of a series: its value and the analysis recipes behind it. */
export interface YearValue {
  year: number;
  value: number;
  recipes: number;
}

/**
 * "recipes": a yearly mean is weighted by the recipes it averages (its variance is σ²/n).
 * "equal": every year counts once; used for the yearly count itself, which would otherwise be its
 * own weight (see the volume method note).
 */
export type Weighting = "recipes" | "equal";

export interface BandPoint {
  year: number;
  fit: number;
  lo: number;
  hi: number;
}

export interface TrendFit {
  /** null when the range has no year to fit. */
  readonly fit: WeightedLinearFitResult | null;
  readonly weighting: Weighting;
  /** The fitted line and its 95 % confidence band over the range, finite values only. */
  readonly band: BandPoint[];
  /** Recipes behind the fit (Σ recipes of the years used). */
  readonly recipes: number;
}

/** Years at which the band is drawn: quarter years, so its curvature shows. */
const BAND_STEP = 0.25;

/** The years a fit uses: a finite value, and recipes behind it unless every year counts once. */
const usedYears = (series: readonly YearValue[], weighting: Weighting): YearValue[] =>
  series.filter((d) => Number.isFinite(d.value) && (weighting === "equal" || d.recipes > 0));

export function fitTrend(series: readonly YearValue[], weighting: Weighting): TrendFit {
  const used = usedYears(series, weighting);
  const recipes = used.reduce((sum, d) => sum + d.recipes, 0);
  if (used.length === 0) return { fit: null, weighting, band: [], recipes };
  const fit = weightedLinearFit(
    used.map((d) => ({ x: d.year, y: d.value, w: weighting === "recipes" ? d.recipes : 1 })),
  );
  const first = Math.min(...used.map((d) => d.year));
  const last = Math.max(...used.map((d) => d.year));
  const band: BandPoint[] = [];
  if (Number.isFinite(fit.slope))
    for (let year = first; year <= last + 1e-9; year += BAND_STEP)
      band.push({ year, ...fit.band(year) });
  return { fit, weighting, band, recipes };
}

/** A fit says something only with a finite slope and p-value (≥ 3 years that vary). */
export const isUsableFit = (fit: WeightedLinearFitResult | null): fit is WeightedLinearFitResult =>
  fit !== null && fit.n >= 3 && Number.isFinite(fit.slope) && Number.isFinite(fit.p);

/** Picks one column of the yearly rows as a series. */
export function yearSeries<R extends { year: number; recipes: number }>(
  rows: readonly R[],
  value: (row: R) => number,
): YearValue[] {
  return rows.map((row) => ({ year: row.year, value: value(row), recipes: row.recipes }));
}

export interface NormalityView {
  /** Q-Q of the yearly counts and of the residuals of their fitted line. */
  counts: NormalQQResult | null;
  residuals: NormalQQResult | null;
  countsTest: ShapiroWilkResult | null;
  residualsTest: ShapiroWilkResult | null;
}

/** value − fitted line, for the years the fit used. */
export function residuals(series: readonly YearValue[], trend: TrendFit): number[] {
  const { fit } = trend;
  if (!fit || !Number.isFinite(fit.slope)) return [];
  return usedYears(series, trend.weighting).map(
    (d) => d.value - (fit.intercept + fit.slope * d.year),
  );
}

/**
 * Recipes per year over the whole range, a year without any recipe counting 0 (the SQL rows only
 * hold years that have some).
 */
export function volumeSeries(
  rows: ReadonlyArray<{ year: number; recipes: number }>,
  range: { from: number; to: number },
): YearValue[] {
  const byYear = new Map(rows.map((d) => [d.year, d.recipes]));
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => {
    const year = range.from + i;
    const recipes = byYear.get(year) ?? 0;
    return { year, value: recipes, recipes };
  });
}

/**
 * Normality of the yearly counts (what the issue asks to look at) and of the fit's residuals (what
 * the slope's t-test actually assumes to be normal).
 */
export function volumeNormality(series: readonly YearValue[], trend: TrendFit): NormalityView {
  const counts = usedYears(series, trend.weighting).map((d) => d.value);
  const resid = residuals(series, trend);
  return {
    counts: counts.length ? normalQQ(counts) : null,
    residuals: resid.length ? normalQQ(resid) : null,
    countsTest: counts.length ? shapiroWilk(counts) : null,
    residualsTest: resid.length ? shapiroWilk(resid) : null,
  };
}
