/**
 * Which reviews the page uses and why, with a link to the data-quality record. From the rating
 * distribution only: it heads the page, and must not wait for the per-recipe statements of the
 * sections below (the number of rated recipes is a key figure of the bias section).
 */
import { html } from "npm:htl";
import type { YearRange } from "../../analysis/query.js";
import type { RatingDistribution } from "../../analysis/ratings-measures.js";
import { formatInteger, t } from "../../i18n/index.js";

export function scopeNote(d: RatingDistribution, range: YearRange): HTMLElement {
  return html`<p class="analysis-set muted" data-testid="ratings-scope">
    ${t("ratings.scope", {
      reviews: formatInteger(d.reviews),
      ratings: formatInteger(d.ratings),
      unrated: formatInteger(d.unrated),
      from: String(range.from),
      to: String(range.to),
    })}
    <a href="./#data-quality">${t("set.quality")}</a>
  </p>`;
}
