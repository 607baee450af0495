/**
 * Which language a page speaks: `?lang=fr|en` first (a shared link says it), then the reader's
 * remembered choice, then the browser's languages, then English.
 */
import { LANGS, type Lang } from "./dictionary.js";

export const LANG_PARAM = "lang";
export const LANG_STORAGE_KEY = "mangetamain.lang";

export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);

export function resolveLang(
  search: string,
  stored: string | null,
  browserLanguages: readonly string[],
): { lang: Lang; source: "url" | "stored" | "browser" | "default" } {
  const fromUrl = new URLSearchParams(search).get(LANG_PARAM)?.toLowerCase();
  if (isLang(fromUrl)) return { lang: fromUrl, source: "url" };
  if (isLang(stored)) return { lang: stored, source: "stored" };
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLang(primary)) return { lang: primary, source: "browser" };
  }
  return { lang: "en", source: "default" };
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage can be disabled (privacy mode): fall back to the browser's language
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered, but the page still works
  }
}

/** The page's language, decided once when the page loads (switching reloads the page). */
export function detectLang(): Lang {
  if (typeof location === "undefined") return "en"; // Node: loaders and tests
  const { lang, source } = resolveLang(location.search, readStored(), navigator.languages ?? []);
  if (source === "url") rememberLang(lang);
  document.documentElement.lang = lang;
  return lang;
}

/** The same address in another language, keeping every other query parameter and the hash. */
export function urlForLang(href: string, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set(LANG_PARAM, lang);
  return url.href;
}
