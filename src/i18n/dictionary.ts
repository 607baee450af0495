/**
 * The one dictionary of the interface: every section's English and French strings, merged. Pages
 * never hold prose of their own; they call `t(key, values)` (see ./index.ts).
 */
import catalog from "./messages/catalog.js";
import common from "./messages/common.js";
import environments from "./messages/environments.js";
import explorer from "./messages/explorer.js";
import overview from "./messages/overview.js";
import ratings from "./messages/ratings.js";
import recipe from "./messages/recipe.js";
import seasonality from "./messages/seasonality.js";
import state from "./messages/state.js";
import theme from "./messages/theme.js";
import trends from "./messages/trends.js";
import weekday from "./messages/weekday.js";

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

/** Sections by name, so a test can say in which one a key is missing. */
export const SECTIONS = {
  common,
  overview,
  trends,
  seasonality,
  weekday,
  ratings,
  environments,
  explorer,
  recipe,
  catalog,
  state,
  theme,
};

type SectionKeys<S> = S extends { en: infer E } ? keyof E : never;
export type MessageKey = {
  [N in keyof typeof SECTIONS]: SectionKeys<(typeof SECTIONS)[N]>;
}[keyof typeof SECTIONS] &
  string;

function merge(lang: Lang): Readonly<Record<MessageKey, string>> {
  const merged: Record<string, string> = {};
  for (const [name, section] of Object.entries(SECTIONS)) {
    for (const [key, text] of Object.entries(section[lang])) {
      if (key in merged) throw new Error(`i18n key "${key}" of section ${name} is defined twice`);
      merged[key] = text;
    }
  }
  return merged as Record<MessageKey, string>;
}

export const DICTIONARY: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: merge("en"),
  fr: merge("fr"),
};
