/** Label colours on coloured marks, and the theme switch's pre-paint script. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contrastRatio, parseRgb, textOn } from "../src/components/a11y-colour.ts";
import { THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from "../src/components/theme-switch.ts";

describe("a11y colours", () => {
  it("parses Plot's colour strings", () => {
    assert.deepEqual(parseRgb("#08306b"), [8, 48, 107]);
    assert.deepEqual(parseRgb("#fff"), [255, 255, 255]);
    assert.deepEqual(parseRgb("rgb(211, 92, 78)"), [211, 92, 78]);
    assert.equal(parseRgb("var(--x)"), null);
  });

  it("computes WCAG contrast", () => {
    assert.equal(Math.round(contrastRatio([0, 0, 0], [255, 255, 255]) * 10) / 10, 21);
    assert.equal(contrastRatio([119, 119, 119], [119, 119, 119]), 1);
  });

  it("puts black or white text on a cell, whichever reads at AA", () => {
    // Cells that white text failed on before (3.4–4.5:1), and the scales' saturated ends.
    for (const cell of ["rgb(73, 147, 195)", "rgb(211, 92, 78)", "rgb(106, 133, 206)", "#f7fbff"])
      assert.equal(textOn(cell), "black", cell);
    for (const cell of ["#08306b", "#67001f", "#053061"]) assert.equal(textOn(cell), "white", cell);
    for (const cell of ["rgb(73, 147, 195)", "#08306b", "#f7fbff", "#67001f"]) {
      const rgb = parseRgb(cell)!;
      const text = textOn(cell) === "white" ? [255, 255, 255] : [0, 0, 0];
      assert.ok(contrastRatio(rgb, text) >= 4.5, cell);
    }
  });

  it("applies only a valid stored theme, and never throws", () => {
    const run = (stored: string | null, throws = false) => {
      const attributes: Record<string, string> = {};
      const context = {
        localStorage: {
          getItem: (key: string) => {
            if (throws) throw new Error("disabled");
            return key === THEME_STORAGE_KEY ? stored : null;
          },
        },
        document: {
          documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) },
        },
      };
      new Function("localStorage", "document", THEME_INIT_SCRIPT)(
        context.localStorage,
        context.document,
      );
      return attributes["data-theme"];
    };
    assert.equal(run("dark"), "dark");
    assert.equal(run("light"), "light");
    assert.equal(run("system"), undefined);
    assert.equal(run("<script>"), undefined);
    assert.equal(run(null, true), undefined);
  });
});
