/**
 * Checks a rendered page speaks one language only: no `{placeholder}` left, and none of the other
 * language's dictionary strings (those that differ between the languages and are long enough to be
 * unambiguous) present in the visible text.
 */
import type { Page } from "playwright-core";
import { DICTIONARY, type Lang } from "../../src/i18n/dictionary.ts";

const MIN_LENGTH = 8; // shorter strings ("Mean", "p") occur inside words of either language

/** Literal pieces of a template between its placeholders. */
const fragments = (text: string) =>
  text
    .split(/\{\w+\}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= MIN_LENGTH);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `fragment` as whole words: "ingredients" is not found inside the column name "n_ingredients". */
const containsWords = (text: string, fragment: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escape(fragment)}(?![\\p{L}\\p{N}_])`, "u").test(text);

export function languageProblems(text: string, lang: Lang): string[] {
  const other: Lang = lang === "en" ? "fr" : "en";
  const problems: string[] = [];
  for (const match of text.matchAll(/\{\w+\}/g))
    problems.push(`placeholder ${match[0]} on the page`);
  const own = new Set(Object.values(DICTIONARY[lang]).flatMap(fragments));
  for (const [key, template] of Object.entries(DICTIONARY[other])) {
    if (template === DICTIONARY[lang][key as keyof (typeof DICTIONARY)[Lang]]) continue;
    for (const fragment of fragments(template))
      if (!own.has(fragment) && containsWords(text, fragment))
        problems.push(`${other} text of "${key}" on the ${lang} page: ${fragment.slice(0, 60)}`);
  }
  return problems;
}

/** The page's visible text, including chart labels (SVG text) and the document title. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      `${document.title}\n${document.body.innerText}\n${[...document.querySelectorAll("svg text, svg title")].map((n) => n.textContent).join("\n")}`,
  );
}
