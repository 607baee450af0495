/**
 * RecipeCodes.summarize counts a large selection as all rows minus the others, and a table whose
 * row count is not a multiple of 8 has padding bits that stand for no row: both checked here
 * against a plain count of the kept rows (tests/explorer.test.ts compares the selection with SQL).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  GROUPED,
  MINUTE_EDGES,
  type NutrientValues,
  PDV_NUTRIENTS,
  summaryFromGroups,
  type SummaryGroups,
} from "../src/explorer/explorer-queries.ts";
import { RecipeCodes } from "../src/explorer/selection.ts";

/** A small deterministic generator (no Math.random: the cases stay the same from run to run). */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const ROWS = 37; // not a multiple of 8: the bitmap's last byte has 3 padding bits
const random = generator(7);
// minutes_bin is never NULL; the other columns have NULLs (−1) and a few codes each.
const columns = GROUPED.map((column) =>
  Int16Array.from({ length: ROWS }, () => {
    const size = column === "minutes_bin" ? MINUTE_EDGES.length + 1 : 6;
    const v = Math.floor(random() * (size + 1)) - 1;
    return column === "minutes_bin" ? Math.max(v, 0) : v;
  }),
);
const values = Object.fromEntries(
  PDV_NUTRIENTS.map((n) => [n, [0, 1.5, 2, 7, 10, 31]]),
) as unknown as NutrientValues;
const codes = new RecipeCodes(columns, values);

function plainCount(keep: (row: number) => boolean) {
  const groups: SummaryGroups = GROUPED.map((_, c) => {
    const byValue = new Map<number, number>();
    for (let i = 0; i < ROWS; i++)
      if (keep(i) && columns[c]![i]! >= 0)
        byValue.set(columns[c]![i]!, (byValue.get(columns[c]![i]!) ?? 0) + 1);
    return [...byValue].sort((a, b) => a[0] - b[0]).map(([v, n]) => ({ v, n }));
  });
  let recipes = 0;
  let absurd = 0;
  let rated = 0;
  for (let i = 0; i < ROWS; i++) {
    if (!keep(i)) continue;
    recipes++;
    if (columns[0]![i] === MINUTE_EDGES.length) absurd++;
    if (columns[GROUPED.indexOf("rating_bin")]![i]! >= 0) rated++;
  }
  return { count: { recipes, absurd, rated }, summary: summaryFromGroups(groups, values) };
}

function bitmap(keep: (row: number) => boolean): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(ROWS / 8));
  for (let i = 0; i < ROWS; i++) if (keep(i)) bytes[i >> 3]! |= 0x80 >> (i & 7);
  return bytes;
}

describe("RecipeCodes.summarize", () => {
  it("counts few, many, all and no kept rows as a plain count does", () => {
    const cases: [string, (row: number) => boolean][] = [
      ["none", () => false],
      ["all", () => true],
      ["first", (i) => i === 0],
      ["last", (i) => i === ROWS - 1],
      ["all but the last", (i) => i !== ROWS - 1],
      ["a third", (i) => i % 3 === 0],
      ["two thirds", (i) => i % 3 !== 0],
    ];
    const r = generator(3);
    for (let k = 0; k < 20; k++) {
      const share = k / 19;
      const kept = Array.from({ length: ROWS }, () => r() < share);
      cases.push([`random ${share.toFixed(2)}`, (i) => kept[i]!]);
    }
    for (const [title, keep] of cases)
      assert.deepEqual(codes.summarize(bitmap(keep)), plainCount(keep), title);
    assert.deepEqual(
      codes.summarize(null),
      plainCount(() => false),
      "null",
    );
  });

  it("refuses a bitmap of the wrong size", () => {
    assert.throws(() => codes.summarize(new Uint8Array(3)));
  });
});
