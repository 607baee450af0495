/** Wording keys for effect sizes and significance. */
import { StatsInputError } from "./types.js";

export type EffectSizeKind =
  "cohen-d" | "cramers-v" | "cohen-w" | "eta-squared" | "epsilon-squared" | "omega-squared";

export type EffectSizeLabel = "negligible" | "small" | "medium" | "large";

/**
 * Lower bounds of "small", "medium" and "large", after Cohen (1988), on |value|:
 * d 0.2 / 0.5 / 0.8; w 0.1 / 0.3 / 0.5; η², ε² and ω² 0.01 / 0.06 / 0.14 (the share-of-variance
 * conventions, applied to ε² as well). Cramér's V: Cohen's w thresholds divided by √df with
 * df = min(rows, columns) − 1 (V = w/√df), e.g. 0.1 / 0.3 / 0.5 for a 2×k table and
 * 0.071 / 0.212 / 0.354 for df = 2.
 */
export const EFFECT_SIZE_THRESHOLDS: Readonly<
  Record<EffectSizeKind, readonly [number, number, number]>
> = {
  "cohen-d": [0.2, 0.5, 0.8],
  "cohen-w": [0.1, 0.3, 0.5],
  "cramers-v": [0.1, 0.3, 0.5],
  "eta-squared": [0.01, 0.06, 0.14],
  "epsilon-squared": [0.01, 0.06, 0.14],
  "omega-squared": [0.01, 0.06, 0.14],
};

/**
 * "negligible" | "small" | "medium" | "large" for an effect size, by EFFECT_SIZE_THRESHOLDS (a value at
 * a threshold gets the larger label; d is read as |d|, and a negative ω² is negligible). `df` is only read for Cramér's V:
 * min(rows, columns) − 1, 1 by default.
 * @throws StatsInputError on a NaN value or, for Cramér's V, a df that is not a positive integer.
 */
export function effectSizeLabel(kind: EffectSizeKind, value: number, df?: number): EffectSizeLabel {
  if (Number.isNaN(value))
    throw new StatsInputError("effectSizeLabel", `${kind} is NaN: check the result's warnings`);
  let [small, medium, large] = EFFECT_SIZE_THRESHOLDS[kind];
  if (kind === "cramers-v") {
    const vDf = df ?? 1;
    if (!Number.isInteger(vDf) || vDf < 1)
      throw new StatsInputError("effectSizeLabel", `Cramér's V needs df ≥ 1 (got ${df})`);
    [small, medium, large] = [small, medium, large].map((t) => t / Math.sqrt(vDf));
  }
  const size = kind === "cohen-d" ? Math.abs(value) : value; // the others are ≥ 0 but ω²
  return size >= large
    ? "large"
    : size >= medium
      ? "medium"
      : size >= small
        ? "small"
        : "negligible";
}

/** p < alpha (NaN is not significant). @throws StatsInputError when alpha is not in (0, 1). */
export function isSignificant(p: number, alpha = 0.05): boolean {
  if (!(alpha > 0 && alpha < 1))
    throw new StatsInputError("isSignificant", `alpha must be in (0, 1) (got ${alpha})`);
  return p < alpha;
}
