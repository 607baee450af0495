/**
 * Statistics for the analysis pages, pure functions that run in the browser and in Node. Each test
 * matches a scipy (or statsmodels) function, named in its JSDoc; tests/stats.test.ts checks them
 * against reference values computed with scipy (tests/fixtures/stats/). Distribution functions come
 * from @stdlib packages; p-values are always in [0, 1].
 *
 * Conventions: every test result has `n` (observations used) and `warnings` (StatWarning keys, which
 * pages translate). Malformed input (empty, mismatched, negative counts…) throws StatsInputError;
 * degenerate data (too few observations, no variation) gives NaN figures and a warning instead.
 */
export { type StatResult, type StatWarning, StatsInputError } from "./stats/types.js";
export {
  chiSquareUpperTail,
  clampProbability,
  fUpperTail,
  normalCdf,
  normalQuantile,
  normalUpperTail,
  tQuantile,
  tTwoSidedP,
} from "./stats/distributions.js";
export {
  type FitBandPoint,
  type WeightedLinearFitResult,
  type WeightedPoint,
  weightedLinearFit,
} from "./stats/regression.js";
export {
  type ChiSquareGoodnessOfFitResult,
  type ChiSquareIndependenceResult,
  chiSquareGoodnessOfFit,
  chiSquareIndependence,
} from "./stats/chi-square.js";
export {
  type KruskalWallisResult,
  type ValueCount,
  type WeightedSpearmanResult,
  frequencyTable,
  kruskalWallis,
  kruskalWallisFromSamples,
  midranks,
  weightedSpearman,
} from "./stats/ranks.js";
export {
  type GroupSummary,
  type OneWayAnovaResult,
  type WelchTTestResult,
  oneWayAnova,
  welchTTest,
} from "./stats/means.js";
export { type ShapiroWilkResult, SHAPIRO_WILK_MAX_N, shapiroWilk } from "./stats/shapiro-wilk.js";
export {
  type NormalQQResult,
  type QQPoint,
  fillibenPositions,
  normalQQ,
} from "./stats/normal-qq.js";
export { benjaminiHochberg } from "./stats/multiple-testing.js";
export { quantileNearest, roundHalfToEven } from "./stats/quantile.js";
export {
  EFFECT_SIZE_THRESHOLDS,
  type EffectSizeKind,
  type EffectSizeLabel,
  effectSizeLabel,
  isSignificant,
} from "./stats/effect-size.js";
