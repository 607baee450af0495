/** The top recipes by Bayesian mean, with their number of ratings and raw mean beside. */
import { html } from "npm:htl";
import { pageSpeaker, recipeName } from "../../analysis/ratings-interpret.js";
import type { RatingsResults } from "../../analysis/ratings-measures.js";
import { formatFixed, formatInteger, t } from "../../i18n/index.js";

export function topTable(rows: RatingsResults["topRecipes"]): HTMLElement {
  // The sentence above already says why the list is empty.
  if (rows.length === 0) return html`<div data-testid="ratings-top-table"></div>`;
  return html`<table class="ratings-table" data-testid="ratings-top-table">
    <caption class="sr-only">
      ${t("ratings.top.title")}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t("ratings.top.rank")}</th>
        <th scope="col">${t("ratings.top.recipe")}</th>
        <th scope="col" class="num">${t("ratings.top.ratings")}</th>
        <th scope="col" class="num">${t("ratings.top.rawMean")}</th>
        <th scope="col" class="num">${t("ratings.top.bayesMean")}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r, i) =>
          html`<tr data-recipe=${r.recipe_id}>
            <td>${formatInteger(i + 1)}</td>
            <td>${recipeName(pageSpeaker, r)}</td>
            <td class="num">${formatInteger(r.ratings)}</td>
            <td class="num">${formatFixed(r.mean, 2)}</td>
            <td class="num" data-bayes>${formatFixed(r.bayes_mean, 3)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
