/**
 * The Trends page's generated sentences: wording and numbers chosen from the computed values
 * (direction by the slope's sign, "not significant" when p ≥ 0.05, warnings when a fit cannot say
 * anything). Pure functions of a `Wording` (the page's t and formatters), so tests run them in both
 * languages.
 */
import type { MessageKey, MessageValues } from "../i18n/index.js";
import type { ShapiroWilkResult, WeightedLinearFitResult } from "./stats.js";
import { isSignificant } from "./stats.js";
import { isUsableFit, type TrendFit, type YearValue } from "./trends-fits.js";
import type { MoverRow, TopItemRow } from "./trends-queries.js";

export interface Wording {
  t(key: MessageKey, values?: MessageValues): string;
  /** A number with up to `digits` decimals, in the language's format. */
  number(n: number, digits?: number): string;
  /** A p-value as papers print it: "0.042", "< 0.001". */
  p(p: number): string;
  /** A number with exactly `digits` decimals. */
  fixed(n: number, digits: number): string;
  /** A share 0–1 as a percentage. */
  percent(share: number): string;
}

export const ALPHA = 0.05;

/** Decimals that show about three significant digits (1 234 · 12.3 · 0.0123). */
export function digitsFor(value: number): number {
  const size = Math.abs(value);
  if (!Number.isFinite(size) || size === 0 || size >= 100) return 0;
  return Math.min(6, 2 - Math.floor(Math.log10(size)));
}

/** "= 0.042" or "< 0.001": what follows "p" in a sentence. */
export const pClause = (w: Wording, p: number): string => (p < 0.001 ? w.p(p) : `= ${w.p(p)}`);

export type TrendVerdict = "increase" | "decrease" | "flat" | "too-few" | "degenerate" | "no-data";

export function trendVerdict(trend: TrendFit): TrendVerdict {
  const { fit } = trend;
  if (!fit || fit.n === 0) return "no-data";
  if (fit.n < 3) return "too-few";
  if (!isUsableFit(fit)) return "degenerate";
  if (!isSignificant(fit.p, ALPHA)) return "flat";
  return fit.slope > 0 ? "increase" : "decrease";
}

export interface TrendSubject {
  /** Sentence subject, e.g. "Recipe volume" / "Le nombre de recettes". */
  subject: string;
  /** Unit of the series, e.g. "recipes", "kcal". */
  unit: string;
}

const r2Label = (w: Wording, trend: TrendFit) =>
  w.t(trend.weighting === "recipes" ? "stat.r2" : "trends.fit.r2Unweighted");

/**
 * "Recipe volume decreases by 1,234 recipes per year (weighted R² 0.71, p < 0.001, n = 20 years)."
 * or its "no significant trend" / "too few years" / "cannot be fitted" forms.
 */
export function trendSentence(
  w: Wording,
  trend: TrendFit,
  { subject, unit }: TrendSubject,
): string {
  const verdict = trendVerdict(trend);
  const fit = trend.fit as WeightedLinearFitResult;
  switch (verdict) {
    case "no-data":
      return w.t("trends.fit.noData", { subject });
    case "too-few":
      return w.t("trends.fit.tooFew", { subject, n: fit.n });
    case "degenerate":
      return w.t("trends.fit.degenerate", { subject, n: fit.n });
    default: {
      const values = {
        subject,
        unit,
        slope: w.number(Math.abs(fit.slope), digitsFor(fit.slope)),
        signedSlope: w.number(fit.slope, digitsFor(fit.slope)),
        r2Label: r2Label(w, trend),
        r2: w.fixed(fit.r2, 2),
        p: pClause(w, fit.p),
        n: fit.n,
      };
      if (verdict === "flat") return w.t("trends.fit.flat", values);
      const direction = w.t(verdict === "increase" ? "trend.increases" : "trend.decreases");
      return w.t("trends.fit.significant", { ...values, direction });
    }
  }
}

/** "slope −1,234 recipes/year (95 % CI … to …) · weighted R² … · p … · n = 20 years · 200,066 recipes". */
export function fitStatsText(w: Wording, trend: TrendFit, unit: string): string {
  const { fit } = trend;
  if (!fit || fit.n === 0) return "";
  const finite = (n: number, d = digitsFor(n)) => (Number.isFinite(n) ? w.number(n, d) : "–");
  return w.t(trend.weighting === "recipes" ? "trends.fit.stats" : "trends.fit.statsUnweighted", {
    slope: finite(fit.slope),
    lo: finite(fit.slopeCI[0]),
    hi: finite(fit.slopeCI[1]),
    unit,
    r2Label: r2Label(w, trend),
    r2: Number.isFinite(fit.r2) ? w.fixed(fit.r2, 2) : "–",
    p: Number.isFinite(fit.p) ? pClause(w, fit.p) : "–",
    n: fit.n,
    df: fit.df,
    recipes: trend.recipes,
  });
}

/** The warnings of a result, translated. */
export const warningTexts = (w: Wording, warnings: readonly string[]): string[] =>
  [...new Set(warnings)].map((key) => w.t(`warning.${key}` as MessageKey));

/** Below these, a fit is shown with a caution: a line through so few years or recipes is fragile. */
export const FEW_YEARS = 5;
export const FEW_RECIPES = 100;

/** The fit's own warnings, then the page's cautions about few years or few recipes, translated. */
export function trendCautions(w: Wording, trend: TrendFit): string[] {
  const { fit } = trend;
  if (!fit || fit.n === 0) return [];
  const cautions = warningTexts(w, fit.warnings);
  if (fit.n >= 3 && fit.n < FEW_YEARS) cautions.push(w.t("trends.fit.fewYears", { n: fit.n }));
  if (trend.weighting === "recipes" && trend.recipes < FEW_RECIPES)
    cautions.push(w.t("trends.fit.fewRecipes", { recipes: trend.recipes, n: fit.n }));
  return cautions;
}

/** One Shapiro–Wilk result as "W = 0.912, p = 0.07, n = 20". */
export function shapiroText(w: Wording, test: ShapiroWilkResult | null): string {
  if (!test || !Number.isFinite(test.statistic))
    return w.t("trends.normality.notComputed", { n: test?.n ?? 0 });
  return w.t("trends.normality.result", {
    w: w.number(test.statistic, 3),
    p: pClause(w, test.p),
    n: test.n,
  });
}

/**
 * What the normality tests mean for the fit: the slope's t-test assumes normal residuals, so the
 * verdict rests on the residuals' test; the counts' test says how the years are spread.
 */
export function normalitySentence(
  w: Wording,
  counts: ShapiroWilkResult | null,
  resid: ShapiroWilkResult | null,
): string {
  const rejected = (test: ShapiroWilkResult | null) =>
    test !== null && Number.isFinite(test.p) && isSignificant(test.p, ALPHA);
  const countsPart = w.t(
    rejected(counts) ? "trends.normality.countsNonNormal" : "trends.normality.countsNormal",
    { result: shapiroText(w, counts) },
  );
  let residPart: string;
  if (!resid || !Number.isFinite(resid.p))
    residPart = w.t("trends.normality.residualsUnknown", { result: shapiroText(w, resid) });
  else if (rejected(resid))
    residPart = w.t("trends.normality.residualsNonNormal", { result: shapiroText(w, resid) });
  else residPart = w.t("trends.normality.residualsNormal", { result: shapiroText(w, resid) });
  return `${countsPart} ${residPart}`;
}

/** Percentage points of a share difference: 0.0123 → "+1.23". */
export const points = (w: Wording, change: number): string =>
  `${change > 0 ? "+" : change < 0 ? "−" : ""}${w.number(Math.abs(change) * 100, 2)}`;

/** "Salt is the most frequent ingredient: in 60.5 % of the 200,066 recipes of 1999–2018." */
export function topItemSentence(
  w: Wording,
  rows: readonly TopItemRow[],
  kindLabel: string,
  recipes: number,
  range: { from: number; to: number },
): string {
  const top = rows.find((d) => d.rank === 1);
  if (!top) return w.t("trends.items.topNone", { kind: kindLabel });
  return w.t("trends.items.topSentence", {
    item: top.item,
    kind: kindLabel,
    share: w.percent(top.share),
    recipes,
    from: String(range.from),
    to: String(range.to),
  });
}

/** The largest increase and decrease between the range's first and last year, or why there is none. */
export function moversSentence(
  w: Wording,
  rows: readonly MoverRow[],
  yearRecipes: ReadonlyMap<number, number>,
): string {
  const up = rows.find((d) => d.direction === "increase" && d.rank === 1);
  const down = rows.find((d) => d.direction === "decrease" && d.rank === 1);
  const any = up ?? down;
  if (!any) return w.t("trends.movers.none");
  const between = w.t("trends.movers.between", {
    first: String(any.first_year),
    last: String(any.last_year),
    nFirst: yearRecipes.get(any.first_year) ?? 0,
    nLast: yearRecipes.get(any.last_year) ?? 0,
  });
  const describe = (d: MoverRow, key: MessageKey) =>
    w.t(key, {
      item: d.item,
      from: w.percent(d.share_first),
      to: w.percent(d.share_last),
      points: points(w, d.change),
    });
  const upText = up && describe(up, "trends.movers.up");
  const downText = down && describe(down, "trends.movers.down");
  const changes =
    upText && downText
      ? w.t("trends.movers.both", { between, up: upText, down: downText })
      : w.t("trends.movers.one", { between, change: upText || downText || "" });
  const margin = (year: number) => w.number(shareMargin(yearRecipes.get(year) ?? 0) * 100, 1);
  return `${changes} ${w.t("trends.movers.margin", {
    first: String(any.first_year),
    last: String(any.last_year),
    marginFirst: margin(any.first_year),
    marginLast: margin(any.last_year),
  })}`;
}

/**
 * The widest 95 % margin of a share measured on n recipes: 1.96·√(p(1 − p)/n) at p = ½ (normal
 * approximation), so the reader sees how much of a change the year's size alone could make.
 */
export const shareMargin = (recipes: number): number =>
  recipes > 0 ? 1.96 * Math.sqrt(0.25 / recipes) : NaN;

/** The year with the most recipes (the earliest on a tie), or null when no year has any. */
export function peakYear(series: readonly YearValue[]): YearValue | null {
  const peak = series.reduce<YearValue | null>((a, b) => (a && a.value >= b.value ? a : b), null);
  return peak && peak.value > 0 ? peak : null;
}

/** The Overview card's finding: when submissions peaked, then the volume's fitted trend. */
export function headlineFinding(w: Wording, series: readonly YearValue[], trend: TrendFit): string {
  const peak = peakYear(series);
  const volume = trendSentence(w, trend, {
    subject: w.t("trends.volume.subject"),
    unit: w.t("unit.recipes"),
  });
  if (!peak) return volume;
  return `${w.t("trends.headline.peak", { year: String(peak.year), recipes: peak.value })} ${volume}`;
}
