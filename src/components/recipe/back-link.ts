/**
 * The link back to the explorer, in the reader's language. When the reader came from the explorer,
 * it returns to that very URL (the explorer keeps its filters in its query string); otherwise to
 * the explorer's default view. The browser's Back button works too.
 */
import { html } from "npm:htl";
import { lang, t } from "../../i18n/index.js";
import { urlForLang } from "../../i18n/lang.js";

function explorerUrl(): string {
  const fallback = new URL("./explorer", location.href);
  try {
    const from = new URL(document.referrer);
    const samePage = from.origin === location.origin && /\/explorer(\.html)?$/.test(from.pathname);
    return urlForLang(samePage ? from.href : fallback.href, lang);
  } catch {
    return urlForLang(fallback.href, lang); // no referrer
  }
}

export function backLink(): HTMLElement {
  return html`<p class="recipe-back">
    <a href=${explorerUrl()} data-testid="recipe-back">${t("recipe.back")}</a>
  </p>`;
}
