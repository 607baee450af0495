/**
 * The lines under an analysis that report its tests (statistic, df, p, n, effect size) and their
 * caveats, as a short list (the theme's `.warning` callout would outweigh the result itself).
 */
import { html } from "npm:htl";
import { t, type MessageKey } from "../../i18n/index.js";
import type { StatWarning } from "../../analysis/stats.js";

export function testResult(
  id: string,
  lines: readonly string[],
  warnings: readonly StatWarning[] = [],
): HTMLElement {
  const unique = [...new Set(warnings)];
  return html`<div class="test-result" data-testid=${id}>
    ${lines.map((line) => html`<p class="test-line">${line}</p>`)}
    ${
      unique.length
        ? html`<ul class="test-warnings">
            ${unique.map((w) => html`<li class="stat-warning">${t(`warning.${w}` as MessageKey)}</li>`)}
          </ul>`
        : ""
    }
  </div>`;
}
