/**
 * What every page shares around its content, in the page's language: the document title, the
 * sidebar's page names, the footer, the theme and language switches of the header, a skip link (its static links come
 * from observablehq.config.ts and work without JavaScript). Call `setupPage(titleKey)` first thing.
 */
import { LANGS } from "../i18n/dictionary.js";
import { lang, t, type MessageKey } from "../i18n/index.js";
import { rememberLang, urlForLang } from "../i18n/lang.js";
import { watchLabels } from "./a11y.js";
import { mountEnvironmentBadge } from "./env-badge.js";
import { setupThemeSwitch } from "./theme-switch.js";

/** Sidebar entries by path (without the .html a static server may add). */
export const NAV_KEYS: Readonly<Record<string, MessageKey>> = {
  "/": "nav.overview",
  "/explorer": "nav.explorer",
  "/trends": "nav.trends",
  "/seasonality": "nav.seasonality",
  "/weekday": "nav.weekday",
  "/ratings": "nav.ratings",
  "/catalog": "nav.catalog",
  "/environments": "nav.environments",
};

function pathKey(href: string): string {
  const path = new URL(href, location.href).pathname
    .replace(/\.html$/, "")
    .replace(/\/index$/, "/");
  return path.replace(/.+\/$/, (p) => p.slice(0, -1)) || "/";
}

function translateSidebar(): void {
  const lists = document.querySelectorAll("#observablehq-sidebar > ol");
  lists.forEach((list, index) => {
    for (const link of list.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      // The first list holds the site's title, which links home but is not a page name.
      const key = index > 0 ? NAV_KEYS[pathKey(link.href)] : undefined;
      if (key) link.textContent = t(key);
      // Keep the reader's language when moving between pages, whatever the stored choice.
      link.href = urlForLang(link.href, lang);
    }
  });
}

function setupLanguageSwitch(): void {
  const nav = document.querySelector<HTMLElement>("#observablehq-header .lang-switch");
  if (!nav) return;
  nav.setAttribute("aria-label", t("lang.switch"));
  for (const code of LANGS) {
    const link = nav.querySelector<HTMLAnchorElement>(`a[hreflang="${code}"]`);
    if (!link) continue;
    link.href = urlForLang(location.href, code);
    link.title = t(`lang.${code}`);
    if (code === lang) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
    link.onclick = () => rememberLang(code);
  }
}

/** A "skip to content" link, first in the tab order, for keyboard and screen-reader users. */
function addSkipLink(): void {
  const main = document.getElementById("observablehq-main");
  if (!main || document.querySelector(".skip-link")) return;
  main.tabIndex = -1; // focusable by the link, not by Tab
  const link = document.createElement("a");
  link.className = "skip-link";
  link.href = "#observablehq-main";
  link.textContent = t("theme.skip");
  link.onclick = (event) => {
    event.preventDefault(); // no hash in the shared URL; focus and scroll instead
    main.focus();
    main.scrollIntoView();
  };
  document.body.prepend(link);
}

export function setupPage(titleKey: MessageKey): void {
  document.title = `${t(titleKey)} | ${t("app.title")}`;
  translateSidebar();
  setupLanguageSwitch();
  setupThemeSwitch({
    group: t("theme.switch"),
    system: t("theme.system"),
    light: t("theme.light"),
    dark: t("theme.dark"),
  });
  addSkipLink();
  watchLabels();
  mountEnvironmentBadge();
  const footer = document.querySelector("#observablehq-footer");
  if (footer) footer.textContent = t("app.footer");
}
