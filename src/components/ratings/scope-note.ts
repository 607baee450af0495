/** Which reviews the page uses and why, with a link to the data-quality record. */
import { html } from "npm:htl";
import type { YearRange } from "../../analysis/query.js";
import type { RatingDistribution } from "../../analysis/ratings-measures.js";
import { formatInteger, t } from "../../i18n/index.js";

export function scopeNote(
  d: RatingDistribution,
  ratedRecipes: number,
  range: YearRange,
): HTMLElement {
  return html`<p class="analysis-set muted" data-testid="ratings-scope">
    ${t("ratings.scope", {
      reviews: formatInteger(d.reviews),
      ratings: formatInteger(d.ratings),
      unrated: formatInteger(d.unrated),
      recipes: formatInteger(ratedRecipes),
      from: String(range.from),
      to: String(range.to),
    })}
    <a href="./#data-quality">${t("set.quality")}</a>
  </p>`;
}
