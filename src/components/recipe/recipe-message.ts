/** Why no recipe is shown (no id, a malformed or unknown id, a failed load), as a callout. */
import { html } from "npm:htl";
import { t } from "../../i18n/index.js";

export function recipeMessage(text: string): HTMLElement {
  // htl sets `text` as a text node: an id from the URL is never parsed as HTML.
  return html`<div
    class="warning"
    role="alert"
    label=${t("recipe.problemLabel")}
    data-testid="recipe-message"
  >
    ${text}
  </div>`;
}
