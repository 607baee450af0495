/**
 * One section of the dictionary: the same keys in English and French. The French object must have
 * exactly the English keys (a missing or extra key fails the type check), and tests/i18n.test.ts
 * checks that both languages use the same {placeholders}.
 */
export type Messages<K extends string> = Readonly<Record<K, string>>;

export function defineMessages<const E extends Record<string, string>>(section: {
  en: E;
  fr: { readonly [K in keyof E]: string };
}): { en: Messages<Extract<keyof E, string>>; fr: Messages<Extract<keyof E, string>> } {
  return section;
}
