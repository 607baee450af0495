/**
 * Wording shared by the Weekday vs weekend page's interpretations: a test's verdict chosen from its
 * p-value and effect size, so a significant but tiny difference is called negligible.
 */
import { type Lang, translate } from "../i18n/index.js";
import {
  type EffectSizeKind,
  type EffectSizeLabel,
  effectSizeLabel,
  isSignificant,
} from "./stats.js";

/** The effect label, or null when the effect size could not be computed (NaN). */
export function effectOrNull(
  kind: EffectSizeKind,
  value: number,
  df?: number,
): EffectSizeLabel | null {
  return Number.isFinite(value) ? effectSizeLabel(kind, value, df) : null;
}

/** A number rounded for a sentence (translate formats it for the locale, up to 2 decimals). */
export const rounded = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/**
 * "The difference is statistically significant and its effect is small." — or not significant, or
 * significant but negligible, or not computable. `p` is the p-value the page calls significant
 * (BH-adjusted where it corrects).
 */
export function verdictSentence(lang: Lang, p: number, effect: EffectSizeLabel | null): string {
  if (!Number.isFinite(p) || effect === null) return translate(lang, "weekday.verdict.none");
  if (!isSignificant(p)) return translate(lang, "weekday.verdict.notSignificant");
  if (effect === "negligible") return translate(lang, "weekday.verdict.negligible");
  return translate(lang, "weekday.verdict.significant", {
    effect: translate(lang, `effect.${effect}`),
  });
}
