/** Shared result shape, warning keys and input checks of the statistics module. */

/**
 * Machine keys for the caveats attached to a result; pages translate them (no English in results).
 * - `low-expected-count`: χ² with an expected count below 1, or more than 20 % of them below 5
 *   (Cochran's rule), so the χ² approximation of the p-value is doubtful.
 * - `small-sample`: fewer observations than the method needs (each function says how many); the
 *   figures it could not compute are NaN.
 * - `non-normal`: reserved for callers that combine tests (e.g. a page that ran `shapiroWilk` before
 *   a t-test); no function here sets it.
 * - `unequal-variance`: one-way ANOVA whose largest group variance exceeds 4 times the smallest.
 * - `underpowered`: a non-significant Welch test that had less than 80 % power to detect a medium
 *   effect (Cohen's d = 0.5) at α = 0.05.
 * - `constant-data`: no variation where the method needs some; the undefined figures are NaN.
 */
export type StatWarning =
  | "low-expected-count"
  | "small-sample"
  | "non-normal"
  | "unequal-variance"
  | "underpowered"
  | "constant-data";

/** What every test result carries: the number of observations used and the caveats. */
export interface StatResult {
  n: number;
  warnings: StatWarning[];
}

/** Malformed input (empty, mismatched lengths, negative counts…): a bug in the caller, not in the data. */
export class StatsInputError extends RangeError {
  constructor(functionName: string, problem: string) {
    super(`${functionName}: ${problem}`);
    this.name = "StatsInputError";
  }
}

export function requireNonEmpty(fn: string, what: string, values: ArrayLike<unknown>): void {
  if (values.length === 0) throw new StatsInputError(fn, `${what} is empty`);
}

export function requireSameLength(
  fn: string,
  names: readonly string[],
  arrays: ReadonlyArray<ArrayLike<unknown>>,
): void {
  const lengths = arrays.map((a) => a.length);
  if (lengths.some((length) => length !== lengths[0]))
    throw new StatsInputError(
      fn,
      `${names.join(", ")} must have the same length (got ${lengths.join(", ")})`,
    );
}

export function requireFinite(fn: string, what: string, value: number): void {
  if (!Number.isFinite(value))
    throw new StatsInputError(fn, `${what} must be finite (got ${value})`);
}

/** A count or frequency: finite and non-negative. */
export function requireCount(fn: string, what: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new StatsInputError(fn, `${what} must be a finite non-negative number (got ${value})`);
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Smallest value (Infinity for none), without spreading a large array into arguments. */
export function minOf(values: readonly number[]): number {
  return values.reduce((m, v) => (v < m ? v : m), Infinity);
}

/** Largest value (−Infinity for none). */
export function maxOf(values: readonly number[]): number {
  return values.reduce((m, v) => (v > m ? v : m), -Infinity);
}
