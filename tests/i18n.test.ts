/** The dictionary: both languages complete and consistent; language choice; locale formats. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DICTIONARY, LANGS, SECTIONS } from "../src/i18n/dictionary.ts";
import { formatP, translate } from "../src/i18n/index.ts";
import { resolveLang, urlForLang } from "../src/i18n/lang.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionary", () => {
  for (const [name, section] of Object.entries(SECTIONS)) {
    it(`section ${name}: same keys, non-empty, same placeholders in both languages`, () => {
      assert.deepEqual(Object.keys(section.fr).sort(), Object.keys(section.en).sort());
      for (const [key, en] of Object.entries(section.en) as [string, string][]) {
        const fr = (section.fr as Record<string, string>)[key]!;
        assert.ok(en.trim() && fr.trim(), `${name}/${key} is empty in a language`);
        assert.deepEqual(placeholders(fr), placeholders(en), `${name}/${key}: placeholders differ`);
        // Unbalanced braces would reach the page as text.
        for (const text of [en, fr])
          assert.doesNotMatch(text.replace(/\{\w+\}/g, ""), /[{}]/, `${name}/${key}: stray brace`);
      }
    });
  }

  it("merges every section into each language", () => {
    const total = Object.values(SECTIONS).reduce((n, s) => n + Object.keys(s.en).length, 0);
    for (const lang of LANGS) assert.equal(Object.keys(DICTIONARY[lang]).length, total);
  });

  it("fills placeholders with locale-formatted numbers, and refuses a missing value", () => {
    const values = {
      n: 1234.5,
      total: 231637,
      stepsMin: 2,
      stepsMax: 24,
      ingredientsMin: 3,
      ingredientsMax: 17,
    };
    assert.match(translate("en", "set.recipes", values), /^1,234\.5 recipes of 231,637/);
    assert.match(translate("fr", "set.recipes", values), /^1\u202f234,5 recettes sur 231\u202f637/);
    assert.throws(() => translate("en", "set.recipes", { n: 1 }), /needs a value for \{total\}/);
  });
});

describe("p-values", () => {
  it("print as papers print them, never rounded to 0 or 1", () => {
    assert.equal(formatP(0.0004), "< 0.001");
    assert.equal(formatP(0.0013), "0.0013");
    assert.equal(formatP(0.042), "0.042");
    assert.equal(formatP(0.996), "> 0.99");
    assert.equal(formatP(Number.NaN), "–");
  });
});

describe("language choice", () => {
  it("prefers ?lang=, then the stored choice, then the browser's languages, then English", () => {
    assert.deepEqual(resolveLang("?lang=fr", "en", ["en-US"]), { lang: "fr", source: "url" });
    assert.deepEqual(resolveLang("?lang=FR", null, []), { lang: "fr", source: "url" });
    assert.deepEqual(resolveLang("?lang=de", "fr", ["en-US"]), { lang: "fr", source: "stored" });
    assert.deepEqual(resolveLang("", "xx", ["de-DE", "fr-CA"]), { lang: "fr", source: "browser" });
    assert.deepEqual(resolveLang("", null, ["de-DE"]), { lang: "en", source: "default" });
  });

  it("switches language keeping the other parameters and the hash", () => {
    assert.equal(
      urlForLang("http://h/trends?from=2001&lang=en#volume", "fr"),
      "http://h/trends?from=2001&lang=fr#volume",
    );
  });
});
