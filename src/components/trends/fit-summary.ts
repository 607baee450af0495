/**
 * Under each trend chart: the generated interpretation, the fit's figures (slope and its 95 % CI,
 * R², p, n, df) and its warnings, each with a stable data-testid for the tests.
 */
import { html } from "npm:htl";
import type { TrendFit } from "../../analysis/trends-fits.js";
import {
  type TrendSubject,
  fitStatsText,
  trendSentence,
  trendVerdict,
  trendCautions,
} from "../../analysis/trends-interpret.js";
import { wording } from "./wording.js";

export function fitSummary(trend: TrendFit, subject: TrendSubject, testid: string): HTMLElement {
  const warnings = trendCautions(wording, trend);
  return html`<div class="trend-summary" data-testid=${testid} data-verdict=${trendVerdict(trend)}>
    <p class="interpretation" data-testid=${`${testid}-interpretation`}>
      ${trendSentence(wording, trend, subject)}
    </p>
    <p class="muted stats-line" data-testid=${`${testid}-stats`}>
      ${fitStatsText(wording, trend, subject.unit)}
    </p>
    ${
      warnings.length
        ? html`<ul class="warnings" data-testid=${`${testid}-warnings`}>
            ${warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
        : ""
    }
  </div>`;
}
