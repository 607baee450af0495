/** A titled list of recipe texts (ingredients, steps, tags), each item as text, never as HTML. */
import { html } from "npm:htl";
import { t } from "../../i18n/index.js";

export function textList(
  title: string,
  items: readonly string[],
  { ordered = false, id, className = "" }: { ordered?: boolean; id: string; className?: string },
): HTMLElement {
  const lis = items.map((item) => html`<li>${item}</li>`);
  const list = ordered
    ? html`<ol class=${`recipe-list ${className}`}>
        ${lis}
      </ol>`
    : html`<ul class=${`recipe-list ${className}`}>
        ${lis}
      </ul>`;
  return html`<section class="recipe-section" data-testid=${id}>
    <h2>${title}</h2>
    ${items.length ? list : html`<p class="muted">${t("recipe.none")}</p>`}
  </section>`;
}
