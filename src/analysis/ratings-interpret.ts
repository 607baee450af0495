/**
 * The Ratings page's interpretation sentences: numbers and words ("increases", "not significant",
 * "negligible") chosen from the computed values. Each function takes a Speaker so the tests can ask
 * for either language; the page uses `pageSpeaker` (its language and locale formats).
 */
import {
  formatFixed,
  formatInteger,
  formatPercent,
  formatSigned,
  t,
  type MessageKey,
  type MessageValues,
} from "../i18n/index.js";
import {
  MIN_MONTH_RATINGS,
  PRIOR_WEIGHT_QUANTILE,
  TOP_MIN_RATINGS,
} from "./ratings-definitions.js";
import type {
  BiasContrast,
  GroupStats,
  MonthlyTrend,
  RatingDistribution,
  RatingsResults,
  SeasonTests,
} from "./ratings-measures.js";
import { meanExtremes } from "./ratings-measures.js";
import {
  type EffectSizeKind,
  type EffectSizeLabel,
  type WelchTTestResult,
  effectSizeLabel,
  isSignificant,
} from "./stats.js";

export interface Speaker {
  t(key: MessageKey, values?: MessageValues): string;
  integer(n: number): string;
  fixed(n: number, digits: number): string;
  signed(n: number, digits: number): string;
  percent(share: number, digits?: number): string;
}

export const pageSpeaker: Speaker = {
  t,
  integer: formatInteger,
  fixed: formatFixed,
  signed: formatSigned,
  percent: formatPercent,
};

/** The effect-size word, or null when the size could not be computed. */
export function effectLabel(kind: EffectSizeKind, value: number): EffectSizeLabel | null {
  return Number.isFinite(value) ? effectSizeLabel(kind, value) : null;
}

const significance = (s: Speaker, p: number) =>
  s.t(isSignificant(p) ? "stat.significant" : "stat.notSignificant");

/**
 * What a difference amounts to: none detected (p ≥ 0.05), significant but negligible (a large n
 * makes tiny gaps significant), or a significant effect of the labelled size.
 */
export function verdict(s: Speaker, p: number, label: EffectSizeLabel | null): string {
  if (!isSignificant(p) || label === null) return s.t("ratings.verdict.none");
  if (label === "negligible") return s.t("ratings.verdict.negligible");
  return s.t("ratings.verdict.effect", { effect: s.t(`effect.${label}`) });
}

/** A share-of-variance effect size after its symbol: "= 0.0123", or "< 0.0001" rather than zeros. */
export const effectSizeText = (s: Speaker, value: number): string =>
  !Number.isFinite(value)
    ? "= –"
    : value < 1e-4
      ? `< ${s.fixed(1e-4, 4)}`
      : `= ${s.fixed(value, 4)}`;

const effectWord = (s: Speaker, label: EffectSizeLabel | null) =>
  label === null ? "–" : s.t(`effect.${label}`);

export function distributionSentence(s: Speaker, d: RatingDistribution): string {
  if (d.reviews === 0) return s.t("ratings.empty");
  if (d.ratings === 0)
    return s.t("ratings.distribution.unratedOnly", { reviews: s.integer(d.reviews) });
  return s.t("ratings.distribution.sentence", {
    five: s.percent(d.fiveShare),
    low: s.percent(d.lowShare),
    ratings: s.integer(d.ratings),
    mean: s.fixed(d.mean, 2),
    unrated: s.percent(d.unratedShare),
    reviews: s.integer(d.reviews),
  });
}

export function biasSentence(s: Speaker, d: RatingDistribution, contrast: BiasContrast): string {
  if (d.ratings === 0) return s.t("ratings.empty");
  const lean = s.t("ratings.bias.lean", {
    five: s.percent(d.fiveShare),
    low: s.percent(d.lowShare),
  });
  const { single, many } = contrast;
  if (single.recipes === 0 || many.recipes === 0)
    return `${lean} ${s.t("ratings.bias.noContrast", { from: s.integer(many.manyFrom) })}`;
  return `${lean} ${s.t("ratings.bias.contrast", {
    singlePerfect: s.percent(single.perfectShare),
    single: s.integer(single.recipes),
    manyPerfect: s.percent(many.perfectShare),
    many: s.integer(many.recipes),
    from: s.integer(many.manyFrom),
    manyMean: s.fixed(many.meanOfMeans, 2),
  })}`;
}

/** The Bayesian prior stated in words: m, C and which recipes are ranked. */
export function priorSentence(s: Speaker, prior: RatingsResults["prior"][number]): string {
  if (prior.m === null || prior.c === null) return s.t("ratings.empty");
  return s.t("ratings.top.prior", {
    m: s.fixed(prior.m, 3),
    c: s.integer(prior.c),
    quantile: s.percent(PRIOR_WEIGHT_QUANTILE, 0),
    eligible: s.integer(prior.eligible),
    recipes: s.integer(prior.recipes),
    min: s.integer(TOP_MIN_RATINGS),
  });
}

/** Who leads the top list, and what a raw mean would have ranked first instead. */
export function topSentence(
  s: Speaker,
  top: RatingsResults["topRecipes"],
  bins: RatingsResults["recipeBins"],
): string {
  const [first] = top;
  if (!first) return s.t("ratings.top.none", { min: s.integer(TOP_MIN_RATINGS) });
  const perfect = bins.reduce((sum, b) => sum + b.perfect, 0);
  const fewPerfect = bins.filter((b) => b.n_bin <= 1).reduce((sum, b) => sum + b.perfect, 0);
  return s.t("ratings.top.sentence", {
    name: recipeName(s, first),
    bayes: s.fixed(first.bayes_mean, 3),
    n: s.integer(first.ratings),
    raw: s.fixed(first.mean, 2),
    perfect: s.integer(perfect),
    fewPerfect: s.integer(fewPerfect),
  });
}

export const recipeName = (s: Speaker, row: { recipe_id: number; name: string | null }): string =>
  row.name?.trim() || s.t("ratings.top.unnamed", { id: String(row.recipe_id) });

export function monthlySentence(
  s: Speaker,
  trend: MonthlyTrend,
  range: { from: number; to: number },
): string {
  const count = s.t("ratings.monthly.count", {
    qualifying: s.integer(trend.qualifying.length),
    months: s.integer(trend.months.length),
    from: String(range.from),
    to: String(range.to),
    min: s.integer(MIN_MONTH_RATINGS),
  });
  const { fit, volumeQuality } = trend;
  if (!fit || !volumeQuality || !Number.isFinite(fit.p) || !Number.isFinite(volumeQuality.rho))
    return `${count} ${s.t("ratings.monthly.tooFew")}`;
  const direction = !isSignificant(fit.p)
    ? "trend.flat"
    : fit.slope > 0
      ? "trend.increases"
      : "trend.decreases";
  const reading = !isSignificant(volumeQuality.p)
    ? "ratings.monthly.reading.none"
    : volumeQuality.rho > 0
      ? "ratings.monthly.reading.positive"
      : "ratings.monthly.reading.negative";
  return [
    count,
    s.t("ratings.monthly.trend", {
      direction: s.t(direction),
      slope: s.signed(fit.slope * 10, 3),
      significance: significance(s, fit.p),
    }),
    s.t("ratings.monthly.volume", {
      rho: s.signed(volumeQuality.rho, 2),
      significance: significance(s, volumeQuality.p),
      reading: s.t(reading),
    }),
  ].join(" ");
}

export function seasonSentence(s: Speaker, groups: GroupStats[], tests: SeasonTests): string {
  const extremes = meanExtremes(groups);
  if (!extremes) return s.t("ratings.season.tooFew");
  const eta = effectLabel("eta-squared", tests.anova.etaSquared);
  const epsilon = effectLabel("epsilon-squared", tests.kruskal.epsilonSquared);
  return s.t("ratings.season.sentence", {
    low: s.fixed(extremes.low.mean, 3),
    lowName: s.t(`season.${extremes.low.group}` as MessageKey),
    high: s.fixed(extremes.high.mean, 3),
    highName: s.t(`season.${extremes.high.group}` as MessageKey),
    gap: s.fixed(extremes.high.mean - extremes.low.mean, 3),
    verdict: verdict(s, tests.anova.p, eta),
    anova: significance(s, tests.anova.p),
    eta: effectSizeText(s, tests.anova.etaSquared),
    etaLabel: effectWord(s, eta),
    kruskal: significance(s, tests.kruskal.p),
    epsilon: effectSizeText(s, tests.kruskal.epsilonSquared),
    epsilonLabel: effectWord(s, epsilon),
  });
}

export function weekendSentence(
  s: Speaker,
  weekday: GroupStats,
  weekend: GroupStats,
  test: WelchTTestResult,
): string {
  if (weekday.ratings === 0 || weekend.ratings === 0) return s.t("ratings.weekend.tooFew");
  const label = effectLabel("cohen-d", test.cohenD);
  return s.t("ratings.weekend.sentence", {
    weekend: s.fixed(weekend.mean, 3),
    weekday: s.fixed(weekday.mean, 3),
    diff: s.signed(test.difference, 3),
    verdict: verdict(s, test.p, label),
    significance: significance(s, test.p),
    d: s.signed(test.cohenD, 3),
    label: effectWord(s, label),
  });
}
