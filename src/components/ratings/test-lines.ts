/** The tests' result lines (statistic, df, p, n, effect size and its label), in the page's language. */
import type { SeasonTests } from "../../analysis/ratings-measures.js";
import { effectLabel, effectSizeText, pageSpeaker } from "../../analysis/ratings-interpret.js";
import type {
  EffectSizeKind,
  WeightedLinearFitResult,
  WeightedSpearmanResult,
  WelchTTestResult,
} from "../../analysis/stats.js";
import { formatFixed, formatInteger, formatP, formatSigned, t } from "../../i18n/index.js";

const num = (n: number, digits: number) => (Number.isFinite(n) ? formatFixed(n, digits) : "–");
/** "= 0.042" or "< 0.001", to follow "p". */
export const pText = (p: number): string => (p < 0.001 ? formatP(p) : `= ${formatP(p)}`);
const label = (kind: EffectSizeKind, value: number) => {
  const word = effectLabel(kind, value);
  return word ? t(`effect.${word}`) : "–";
};

export function anovaLine({ anova }: SeasonTests): string {
  return t("ratings.test.anova", {
    df1: formatInteger(anova.df1),
    df2: formatInteger(anova.df2),
    f: num(anova.statistic, 2),
    p: pText(anova.p),
    n: formatInteger(anova.n),
    eta: effectSizeText(pageSpeaker, anova.etaSquared),
    label: label("eta-squared", anova.etaSquared),
  });
}

export function kruskalLine({ kruskal }: SeasonTests): string {
  return t("ratings.test.kruskal", {
    df: formatInteger(kruskal.df),
    h: num(kruskal.statistic, 2),
    p: pText(kruskal.p),
    n: formatInteger(kruskal.n),
    epsilon: effectSizeText(pageSpeaker, kruskal.epsilonSquared),
    label: label("epsilon-squared", kruskal.epsilonSquared),
  });
}

export function welchLine(test: WelchTTestResult, weekend: number, weekday: number): string {
  return t("ratings.test.welch", {
    df: num(test.df, 0),
    t: num(test.statistic, 2),
    p: pText(test.p),
    n: formatInteger(test.n),
    weekend: formatInteger(weekend),
    weekday: formatInteger(weekday),
    diff: Number.isFinite(test.difference) ? formatSigned(test.difference, 4) : "–",
    d: Number.isFinite(test.cohenD) ? formatSigned(test.cohenD, 3) : "–",
    label: label("cohen-d", test.cohenD),
  });
}

export function fitLine(fit: WeightedLinearFitResult): string {
  return t("ratings.test.fit", {
    slope: Number.isFinite(fit.slope) ? formatSigned(fit.slope, 4) : "–",
    lo: Number.isFinite(fit.slopeCI[0]) ? formatSigned(fit.slopeCI[0], 4) : "–",
    hi: Number.isFinite(fit.slopeCI[1]) ? formatSigned(fit.slopeCI[1], 4) : "–",
    r2: num(fit.r2, 3),
    p: pText(fit.p),
    df: formatInteger(fit.df),
    n: formatInteger(fit.n),
  });
}

export function spearmanLine(result: WeightedSpearmanResult): string {
  return t("ratings.test.spearman", {
    rho: Number.isFinite(result.rho) ? formatSigned(result.rho, 3) : "–",
    p: pText(result.p),
    n: formatInteger(result.n),
  });
}
