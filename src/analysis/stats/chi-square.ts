/** Pearson χ² tests on counts, as scipy.stats.chisquare and scipy.stats.chi2_contingency. */
import { chiSquareUpperTail } from "./distributions.js";
import {
  type StatResult,
  type StatWarning,
  StatsInputError,
  minOf,
  requireCount,
  requireNonEmpty,
  sum,
} from "./types.js";

export interface ChiSquareGoodnessOfFitResult extends StatResult {
  statistic: number;
  df: number;
  p: number;
  /** Cohen's w = √(χ²/n). */
  cohenW: number;
  minExpected: number;
}

export interface ChiSquareIndependenceResult extends StatResult {
  statistic: number;
  df: number;
  p: number;
  /** Cramér's V = √(χ² / (n·(min(r, c) − 1))), without bias correction. */
  cramersV: number;
  minExpected: number;
  /** Rows and columns left once all-zero ones are dropped; min(rows, columns) − 1 is V's df. */
  rows: number;
  columns: number;
}

/** Cochran's rule: an expected count below 1, or more than 20 % of them below 5. */
function hasLowExpectedCounts(expected: readonly number[]): boolean {
  const belowFive = expected.filter((e) => e < 5).length;
  return expected.some((e) => e < 1) || belowFive > 0.2 * expected.length;
}

function pearsonStatistic(observed: readonly number[], expected: readonly number[]): number {
  return sum(observed.map((o, i) => (o - expected[i]) ** 2 / expected[i]));
}

/**
 * χ² goodness of fit of category counts to expected shares (uniform by default): scipy.stats.chisquare
 * with f_exp = n·share. Shares are normalized to sum to 1 and must be positive; df = k − 1.
 *
 * Warnings: `low-expected-count` (Cochran's rule), `small-sample` when the counts sum to 0 (then NaN).
 * @throws StatsInputError on fewer than 2 categories, negative or non-finite counts, mismatched or
 * non-positive shares.
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expectedShares?: readonly number[],
): ChiSquareGoodnessOfFitResult {
  const fn = "chiSquareGoodnessOfFit";
  requireNonEmpty(fn, "observed", observed);
  if (observed.length < 2) throw new StatsInputError(fn, "observed needs at least 2 categories");
  observed.forEach((o, i) => requireCount(fn, `observed[${i}]`, o));
  const shares = expectedShares ?? observed.map(() => 1);
  if (shares.length !== observed.length)
    throw new StatsInputError(
      fn,
      `expectedShares has ${shares.length} values for ${observed.length} categories`,
    );
  shares.forEach((s, i) => {
    if (!(s > 0) || !Number.isFinite(s))
      throw new StatsInputError(fn, `expectedShares[${i}] must be finite and positive (got ${s})`);
  });

  const n = sum(observed);
  const shareTotal = sum(shares);
  const expected = shares.map((s) => (n * s) / shareTotal);
  const df = observed.length - 1;
  const warnings: StatWarning[] = [];
  if (n === 0) warnings.push("small-sample");
  else if (hasLowExpectedCounts(expected)) warnings.push("low-expected-count");
  const statistic = n > 0 ? pearsonStatistic(observed, expected) : NaN;
  return {
    statistic,
    df,
    p: chiSquareUpperTail(statistic, df),
    n,
    cohenW: Math.sqrt(statistic / n),
    minExpected: minOf(expected),
    warnings,
  };
}

/** The table without its all-zero rows and columns (scipy rejects them: their expected counts are 0). */
function dropEmptyLines(table: ReadonlyArray<readonly number[]>): number[][] {
  const columnTotals = table[0].map((_, j) => sum(table.map((row) => row[j])));
  return table
    .filter((row) => sum(row) > 0)
    .map((row) => row.filter((_, j) => columnTotals[j] > 0));
}

function validateTable(fn: string, table: ReadonlyArray<readonly number[]>): void {
  requireNonEmpty(fn, "table", table);
  requireNonEmpty(fn, "table[0]", table[0]);
  table.forEach((row, i) => {
    if (row.length !== table[0].length)
      throw new StatsInputError(
        fn,
        `every row must have ${table[0].length} cells like row 0 (row ${i} has ${row.length})`,
      );
    row.forEach((cell, j) => requireCount(fn, `table[${i}][${j}]`, cell));
  });
}

/**
 * Pearson χ² test of independence of a contingency table of counts, without Yates' continuity
 * correction: scipy.stats.chi2_contingency(table, correction=False), with Cramér's V as
 * scipy.stats.contingency.association(method="cramer", correction=False). All-zero rows and columns
 * are dropped first (they carry no information, and scipy refuses them).
 *
 * Warnings: `low-expected-count` (Cochran's rule); `small-sample` when the table sums to 0;
 * `constant-data` when fewer than 2 rows or 2 columns have counts (nothing to compare: NaN results).
 * @throws StatsInputError on an empty or ragged table, or negative or non-finite counts.
 */
export function chiSquareIndependence(
  table: ReadonlyArray<readonly number[]>,
): ChiSquareIndependenceResult {
  const fn = "chiSquareIndependence";
  validateTable(fn, table);
  const kept = dropEmptyLines(table);
  const rows = kept.length;
  const columns = rows > 0 ? kept[0].length : 0;
  const rowTotals = kept.map((row) => sum(row));
  const columnTotals = kept.length > 0 ? kept[0].map((_, j) => sum(kept.map((row) => row[j]))) : [];
  const n = sum(rowTotals);
  const warnings: StatWarning[] = [];
  if (n === 0) warnings.push("small-sample");
  else if (rows < 2 || columns < 2) warnings.push("constant-data");
  if (rows < 2 || columns < 2)
    return {
      statistic: NaN,
      df: 0,
      p: NaN,
      n,
      cramersV: NaN,
      minExpected: NaN,
      rows,
      columns,
      warnings,
    };

  const expected = kept.map((_, i) => columnTotals.map((c) => (rowTotals[i] * c) / n));
  const flatExpected = expected.flat();
  if (hasLowExpectedCounts(flatExpected)) warnings.push("low-expected-count");
  const statistic = pearsonStatistic(kept.flat(), flatExpected);
  const df = (rows - 1) * (columns - 1);
  return {
    statistic,
    df,
    p: chiSquareUpperTail(statistic, df),
    n,
    cramersV: Math.sqrt(statistic / (n * (Math.min(rows, columns) - 1))),
    minExpected: minOf(flatExpected),
    rows,
    columns,
    warnings,
  };
}
