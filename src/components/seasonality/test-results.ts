/**
 * The line under each analysis giving its test: statistic, degrees of freedom, p, n, effect size
 * with its label, and the test's warnings, all formatted for the page's language. (Warnings do not
 * use Framework's `warning` class: its callout adds an English "Warning" title through CSS.)
 */
import { html } from "npm:htl";
import type {
  ItemsAnalysis,
  MeasureAnalysis,
  NutrientAnalysis,
  SeasonCountAnalysis,
} from "../../analysis/seasonality-stats.js";
import type { EffectSizeLabel, StatWarning } from "../../analysis/stats.js";
import {
  formatInteger,
  formatNumber,
  formatP,
  t,
  type MessageKey,
  type MessageValues,
} from "../../i18n/index.js";

/** "= 0.042" or "< 0.001", so templates read "p {p}". */
export const pText = (p: number): string => (p < 0.001 ? formatP(p) : `= ${formatP(p)}`);

/** A statistic with up to two decimals, "–" when it could not be computed. */
export const statText = (value: number, digits = 2): string =>
  Number.isFinite(value) ? formatNumber(value, digits) : "–";

export const effectText = (label: EffectSizeLabel | null): string =>
  label ? t(`effect.${label}`) : "–";

/** The warnings of a test, translated, one per line (deduplicated). */
export function warningLines(warnings: readonly StatWarning[]): HTMLElement[] {
  return [...new Set(warnings)].map(
    (key) => html`<p class="test-warning" data-warning=${key}>⚠ ${t(`warning.${key}`)}</p>`,
  );
}

/** `<p data-testid=…>` with a dictionary line, followed by the warnings. */
export function testResult(
  testId: string,
  key: MessageKey,
  values: MessageValues,
  warnings: readonly StatWarning[],
): HTMLElement {
  return html`<div class="test-result">
    <p class="muted" data-testid=${testId}>${t(key, values)}</p>
    ${warningLines(warnings)}
  </div>`;
}

export const nText = (n: number): string => formatInteger(n);

/** Both χ² goodness-of-fit tests of the recipes per season. */
export function seasonCountTests(counts: SeasonCountAnalysis): HTMLElement {
  const line = (
    key: "seasonality.stat.chi2Equal" | "seasonality.stat.chi2Days",
    test: SeasonCountAnalysis["equal"],
    effect: EffectSizeLabel | null,
    testId: string,
  ) =>
    testResult(
      testId,
      key,
      {
        df: test.df,
        statistic: statText(test.statistic),
        p: pText(test.p),
        n: nText(test.n),
        w: statText(test.cohenW, 3),
        effect: effectText(effect),
      },
      test.warnings,
    );
  return html`<div>
    ${line("seasonality.stat.chi2Equal", counts.equal, counts.equalEffect, "counts-test-equal")}
    ${line("seasonality.stat.chi2Days", counts.days, counts.daysEffect, "counts-test-days")}
  </div>`;
}

/** The Kruskal–Wallis test of one measure across the seasons. */
export const kruskalTest = (analysis: MeasureAnalysis): HTMLElement =>
  testResult(
    `test-${analysis.measure}`,
    "seasonality.stat.kw",
    {
      df: analysis.test.df,
      statistic: statText(analysis.test.statistic),
      p: pText(analysis.test.p),
      n: nText(analysis.test.n),
      epsilon: statText(analysis.test.epsilonSquared, 4),
      effect: effectText(analysis.effect),
    },
    analysis.test.warnings,
  );

/** The nutrition ANOVAs' common line (each nutrient's figures are in the table). */
export const nutritionTests = (nutrients: readonly NutrientAnalysis[]): HTMLElement =>
  testResult(
    "test-nutrition",
    "seasonality.stat.nutrition",
    {
      n: nText(Math.max(0, ...nutrients.map((d) => d.anova.n))),
      tested: nutrients.filter((d) => Number.isFinite(d.pAdjusted)).length,
    },
    nutrients.flatMap((d) => d.anova.warnings),
  );

/** The item χ² tests' summary; the warnings of any tested item are listed once. */
export const itemTests = (analysis: ItemsAnalysis): HTMLElement =>
  testResult(
    `test-${analysis.kind}`,
    "seasonality.stat.items",
    {
      n: nText(analysis.recipes),
      significant: analysis.significant,
      tested: analysis.tested,
    },
    analysis.warnings,
  );
