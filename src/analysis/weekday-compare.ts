/**
 * Weekday vs weekend recipes compared on one measure at a time (preparation time, complexity, each
 * nutrient): Welch's t-test from the SQL summaries, Cohen's d for the size of the gap, and the
 * Benjamini–Hochberg correction across the six nutrients.
 */
import { type Lang, type MessageKey, translate } from "../i18n/index.js";
import {
  type EffectSizeLabel,
  type StatWarning,
  type WelchTTestResult,
  benjaminiHochberg,
  isSignificant,
  welchTTest,
} from "./stats.js";
import { effectOrNull, rounded, verdictSentence } from "./weekday-verdict.js";
import type { GroupSummaryRow } from "./weekday-queries.js";

export interface GroupStats {
  n: number;
  mean: number;
  variance: number;
  median: number;
  skewness: number;
}

export interface Comparison {
  measure: string;
  weekday: GroupStats;
  weekend: GroupStats;
  /** weekend mean − weekday mean. */
  difference: number;
  /** difference / weekday mean (NaN when the weekday mean is 0 or missing). */
  relativeDifference: number;
  /** Welch's t with a = weekend, b = weekday (so its difference and d are weekend − weekday). */
  test: WelchTTestResult;
  effect: EffectSizeLabel | null;
  /** The p-value the verdict uses: the test's, or BH-adjusted within a family. */
  pDecision: number;
  significant: boolean;
  /** The test's warnings, plus `non-normal` when Cochran's rule fails (see skewTooStrong). */
  warnings: StatWarning[];
}

const emptyGroup: GroupStats = { n: 0, mean: NaN, variance: NaN, median: NaN, skewness: NaN };

function groupOf(rows: readonly GroupSummaryRow[], measure: string, weekend: boolean): GroupStats {
  const row = rows.find((r) => r.measure === measure && r.weekend === weekend);
  if (!row || row.n === 0) return emptyGroup;
  return {
    n: row.n,
    mean: row.mean ?? NaN,
    variance: row.variance ?? NaN,
    median: row.median ?? NaN,
    skewness: row.skewness ?? NaN,
  };
}

/**
 * Cochran's rule of thumb for the t-test on skewed data: the mean is close enough to normal when
 * n > 25·g1² (g1 = sample skewness). Nutrition values have heavy right tails, so this can fail even
 * for thousands of recipes; the page then says so next to the test.
 */
export const skewTooStrong = (g: GroupStats): boolean =>
  g.n >= 2 && Number.isFinite(g.skewness) && g.n <= 25 * g.skewness ** 2;

/** One measure, weekday against weekend. */
export function compareMeasure(rows: readonly GroupSummaryRow[], measure: string): Comparison {
  const weekday = groupOf(rows, measure, false);
  const weekend = groupOf(rows, measure, true);
  // welchTTest reads a variance only for groups of 2 or more; SQL's var_samp is NULL for one row.
  const summary = (g: GroupStats) => ({
    n: g.n,
    mean: g.n > 0 ? g.mean : 0,
    variance: g.n >= 2 ? g.variance : 0,
  });
  const test = welchTTest(summary(weekend), summary(weekday));
  const warnings = [...test.warnings];
  if (!warnings.includes("small-sample") && (skewTooStrong(weekday) || skewTooStrong(weekend)))
    warnings.push("non-normal");
  const difference = weekend.mean - weekday.mean;
  return {
    measure,
    weekday,
    weekend,
    difference,
    relativeDifference: weekday.mean ? difference / weekday.mean : NaN,
    test,
    effect: effectOrNull("cohen-d", test.cohenD),
    pDecision: test.p,
    significant: isSignificant(test.p),
    warnings,
  };
}

/**
 * Several measures as one family: each compared as above, then significance decided on
 * Benjamini–Hochberg adjusted p-values (tests that could not run keep a NaN p and are left out).
 */
export function compareFamily(
  rows: readonly GroupSummaryRow[],
  measures: readonly string[],
): Comparison[] {
  const comparisons = measures.map((m) => compareMeasure(rows, m));
  const computed = comparisons.filter((c) => Number.isFinite(c.test.p));
  const adjusted = benjaminiHochberg(computed.map((c) => c.test.p));
  computed.forEach((c, i) => {
    c.pDecision = adjusted[i];
    c.significant = isSignificant(adjusted[i]);
  });
  return comparisons;
}

/**
 * "Weekend recipes take 1.2 minutes longer on average (50.2 vs 49.0; medians 40 vs 40). The
 * difference is statistically significant but negligible…" — `unit` names the measure's unit.
 */
export function measureInterpretation(c: Comparison, unit: MessageKey, lang: Lang): string {
  if (c.weekday.n === 0 || c.weekend.n === 0) return translate(lang, "weekday.measure.oneSide");
  const values = {
    difference: rounded(Math.abs(c.difference)),
    unit: translate(lang, unit),
    weekend: rounded(c.weekend.mean),
    weekday: rounded(c.weekday.mean),
    weekendMedian: rounded(c.weekend.median),
    weekdayMedian: rounded(c.weekday.median),
  };
  const key: MessageKey =
    values.difference === 0
      ? "weekday.measure.same"
      : c.difference > 0
        ? "weekday.measure.higherOnWeekend"
        : "weekday.measure.lowerOnWeekend";
  return `${translate(lang, key, values)} ${verdictSentence(lang, c.pDecision, c.effect)}`;
}

/** The nutrients as a family: how many differ after the correction, and the largest gap. */
export function nutrientsInterpretation(comparisons: readonly Comparison[], lang: Lang): string {
  const tested = comparisons.filter((c) => Number.isFinite(c.test.p));
  if (tested.length === 0) return translate(lang, "weekday.measure.oneSide");
  const significant = tested.filter((c) => c.significant);
  const name = (c: Comparison) => translate(lang, `nutrient.${c.measure}` as MessageKey);
  const largest = [...tested].sort(
    (a, b) => Math.abs(b.relativeDifference) - Math.abs(a.relativeDifference),
  )[0];
  const count =
    significant.length === 0
      ? translate(lang, "weekday.nutrients.noneSignificant", { tested: tested.length })
      : translate(lang, "weekday.nutrients.someSignificant", {
          significant: significant.length,
          tested: tested.length,
          names: significant.map(name).join(", "),
        });
  const largestText = translate(
    lang,
    largest.relativeDifference > 0
      ? "weekday.nutrients.largestHigher"
      : "weekday.nutrients.largestLower",
    {
      nutrient: name(largest),
      pct: rounded(Math.abs(largest.relativeDifference) * 100),
      effect: largest.effect ? translate(lang, `effect.${largest.effect}`) : "–",
    },
  );
  return `${count} ${largestText}`;
}
