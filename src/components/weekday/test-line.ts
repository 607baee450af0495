/**
 * The line of test results under an analysis: statistic, df, p, n and effect size with its label,
 * then the result's warnings, all in the page's language.
 */
import { html } from "npm:htl";
import type { EffectSizeLabel, StatWarning } from "../../analysis/stats.js";
import { formatInteger, formatNumber, formatP, t } from "../../i18n/index.js";

export interface TestLineInput {
  /** Translated name of the test ("Weekday vs weekend days"). */
  name: string;
  kind: "chi2" | "welch";
  statistic: number;
  df: number;
  p: number;
  n: number;
  effect: number;
  effectLabel: EffectSizeLabel | null;
  warnings: readonly StatWarning[];
}

const num = (x: number, digits = 2) => (Number.isFinite(x) ? formatNumber(x, digits) : "–");

/** "p = 0.042" or "p < 0.001". */
export const pText = (p: number): string =>
  Number.isFinite(p) && p < 0.001
    ? t("weekday.test.pBelow", { p: formatP(p) })
    : t("weekday.test.pEquals", { p: formatP(p) });

export function testLineText(r: TestLineInput): string {
  return t(r.kind === "chi2" ? "weekday.test.chi2Line" : "weekday.test.welchLine", {
    name: r.name,
    statistic: num(r.statistic),
    df: num(r.df, r.kind === "chi2" ? 0 : 1),
    p: pText(r.p),
    n: formatInteger(r.n),
    effect: num(r.effect, 3),
    label: r.effectLabel ? t(`effect.${r.effectLabel}`) : "–",
  });
}

/** The warnings of one or more results, once each. */
export function warningList(warnings: readonly StatWarning[]): HTMLElement | null {
  const unique = [...new Set(warnings)];
  if (!unique.length) return null;
  return html`<ul class="warning-list">
    ${unique.map((w) => html`<li class="weekday-warning" data-warning=${w}>⚠ ${t(`warning.${w}`)}</li>`)}
  </ul>`;
}

export function testLine(r: TestLineInput, testid: string): HTMLElement {
  return html`<div class="test-line" data-testid=${testid}>
    <p class="muted">${testLineText(r)}</p>
    ${warningList(r.warnings)}
  </div>`;
}
