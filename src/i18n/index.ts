/**
 * The interface's words and numbers in the page's language: `t(key, values)` and locale formats
 * (`fr-FR`: 1 234,5 ; `en-US`: 1,234.5). Import from here, never format numbers by hand.
 */
import { DICTIONARY, type Lang, type MessageKey } from "./dictionary.js";
import { detectLang } from "./lang.js";

export type { Lang, MessageKey } from "./dictionary.js";

export const lang: Lang = detectLang();
export const locale = lang === "fr" ? "fr-FR" : "en-US";

export type MessageValues = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a number is formatted for the locale. A missing value throws. */
export function translate(language: Lang, key: MessageKey, values: MessageValues = {}): string {
  const template = DICTIONARY[language][key];
  if (template === undefined) throw new Error(`i18n: unknown key "${key}"`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`i18n: "${key}" needs a value for {${name}}`);
    return typeof value === "number" ? formatNumberIn(language, value) : value;
  });
}

export const t = (key: MessageKey, values?: MessageValues): string => translate(lang, key, values);

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}:${JSON.stringify(options)}`;
  let format = cache.get(id);
  if (!format)
    cache.set(id, (format = new Intl.NumberFormat(language === "fr" ? "fr-FR" : "en-US", options)));
  return format;
}

/** Up to `digits` decimals (integers stay integers). */
function formatNumberIn(language: Lang, n: number, digits = 2): string {
  return numberFormat(language, { maximumFractionDigits: digits }).format(n);
}

export const formatNumber = (n: number, digits = 2): string => formatNumberIn(lang, n, digits);
export const formatFixed = (n: number, digits: number): string =>
  numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
export const formatInteger = (n: number): string =>
  numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
/** A share 0–1 as a percentage: 0.123 → 12.3 %. */
export const formatPercent = (share: number, digits = 1): string =>
  numberFormat(lang, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
/** A signed difference: +1.2 / −0.4. */
export const formatSigned = (n: number, digits = 2): string =>
  numberFormat(lang, {
    signDisplay: "exceptZero",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
/** p-values as papers print them: 0.042, 0.0013, < 0.001, > 0.99 ("< 0,001" in French). */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return "–";
  if (p < 0.001) return `< ${formatFixed(0.001, 3)}`;
  if (p > 0.99) return `> ${formatFixed(0.99, 2)}`; // two significant digits would round to "1"
  return numberFormat(lang, { maximumSignificantDigits: 2 }).format(p);
}
/** `2018-12-20` or epoch ms → 20 Dec 2018 / 20 déc. 2018, in UTC (dates carry no time zone). */
export function formatDate(value: string | number | Date): string {
  const date =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00Z`)
      : new Date(value);
  return Number.isNaN(date.getTime()) ? "Invalid Date" : dateFormat.format(date);
}
// One formatter for every date: toLocaleDateString builds a new one per call (~0.3 ms each).
const dateFormat = new Intl.DateTimeFormat(locale, {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
/** A build time as `20 Dec 2018, 14:03 UTC`. */
export function formatDateTime(value: string | number | Date): string {
  return `${new Date(value).toLocaleString(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  })} UTC`;
}
/** Tick format for Plot axes in the page's locale. */
export const tickFormat =
  (digits = 2) =>
  (n: number): string =>
    formatNumber(n, digits);
