/** The recipe's key figures: time, submission date, contributor, reviews and mean rating 1–5. */
import { html } from "npm:htl";
import { formatDate, formatFixed, formatInteger, t } from "../../i18n/index.js";
import { ratingStats, type RecipeDetail } from "./detail-types.js";

/** Above 30 days a "preparation time" is a data-entry artefact (Food.com has 2,147,483,647). */
const IMPLAUSIBLE_MINUTES = 30 * 24 * 60;

function fact(label: string, value: string, detail?: string, id?: string): HTMLElement {
  return html`<div class="recipe-fact" data-testid=${id ?? null}>
    <dt>${label}</dt>
    <dd>
      <span class="recipe-fact-value">${value}</span
      >${detail ? html`<small>${detail}</small>` : null}
    </dd>
  </div>`;
}

export function recipeFacts(recipe: RecipeDetail): HTMLElement {
  const unknown = t("recipe.fact.unknown");
  const { rated, mean } = ratingStats(recipe);
  const minutes =
    recipe.minutes === null
      ? fact(t("recipe.fact.minutes"), unknown)
      : fact(
          t("recipe.fact.minutes"),
          t("recipe.fact.minutesValue", { n: formatInteger(recipe.minutes) }),
          recipe.minutes > IMPLAUSIBLE_MINUTES ? t("recipe.fact.minutesFlag") : undefined,
          "fact-minutes",
        );
  return html`<dl class="recipe-facts">
    ${minutes}
    ${fact(t("recipe.fact.submitted"), recipe.submitted ? formatDate(recipe.submitted) : unknown, undefined, "fact-submitted")}
    ${fact(t("recipe.fact.contributor"), recipe.contributor_id === null ? unknown : `#${recipe.contributor_id}`, undefined, "fact-contributor")}
    ${fact(t("recipe.fact.reviews"), formatInteger(recipe.reviews), undefined, "fact-reviews")}
    ${
      mean === null
        ? fact(t("recipe.fact.mean"), t("recipe.fact.noRating"), undefined, "fact-mean")
        : fact(
            t("recipe.fact.mean"),
            t("recipe.fact.meanValue", { mean: formatFixed(mean, 2) }),
            t("recipe.fact.meanDetail", { n: formatInteger(rated) }),
            "fact-mean",
          )
    }
  </dl>`;
}
