/**
 * loaders/python-repr.ts against the real thing: python3 computes repr() of the same strings,
 * lists and floats (passed as JSON on stdin) and the outputs must be identical.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { pyFloatListRepr, pyFloatRepr, pyListRepr, pyRepr } from "../loaders/python-repr.ts";
import { Rng } from "../loaders/sample/rng.ts";

const PYTHON_REPRS = `
import json, sys
data = json.load(sys.stdin)
out = {
    "strings": [repr(s) for s in data["strings"]],
    "lists": [repr(l) for l in data["lists"]],
    "floats": [repr(float(x)) for x in data["floats"]],
}
json.dump(out, sys.stdout)  # ensure_ascii: the reprs travel back as plain ASCII JSON
`;

interface PythonReprs {
  strings: string[];
  lists: string[];
  floats: string[];
}

function pythonReprs(input: {
  strings: string[];
  lists: string[][];
  floats: number[];
}): PythonReprs {
  const run = spawnSync("python3", ["-c", PYTHON_REPRS], {
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  assert.equal(run.status, 0, `python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PythonReprs;
}

// Characters chosen to hit every branch of CPython's unicode_repr; all assigned (or unassigned)
// identically in the Unicode versions of recent Pythons and Node's ICU.
// prettier-ignore
const FRAGMENTS = [
  "a", "salt", " ", "  ", "'", '"', "\\", "\\'", "\t", "\n", "\r", "\r\n", "\x00", "\x07", "\x08", "\x0b",
  "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f", "\xa0", "\xad", "é", "ñ", "ü", "ÿ", "Ā",
  "\u0301", "e\u0301", "\u0300", "\u0378", "\u061c", "\u1680", "\u180e", "\u2000", "\u200b", "\u200d",
  "\u200e", "\u2028", "\u2029", "\u202f", "\u205f", "\u2060", "\u3000", "\ue000", "\uf8ff", "\ufeff",
  "\ufffd", "\uffff", "中文", "日本語", "한국어", "🍓", "😀", "👍🏽", "❤️", "\u{1f600}", "\u{e0001}",
  "\u{e0020}", "\u{f0000}", "\u{10ffff}", "\u{1d11e}", "\u{20000}", "&#039;", "&amp;", "â€œ", "1/2\"",
  "don't", "mom's", "{}", "[]", ",", ", ",
];

function trickyStrings(): string[] {
  // prettier-ignore
  const fixed = [
    "", "'", '"', "'\"", "\"'", "''", '""', "\\", "\\\\", "a'b", 'a"b', "a'b\"c", "it's \"fine\"",
    "mom's-recipes", "tab\there", "line\nbreak", "cr\rlf", "\u200b", "1\u00a0cup", "\ud800", "\udfff",
    "a\udc80b", "\u{e0001}", "plain ascii text, with commas", "x".repeat(300),
  ];
  const rng = new Rng(2024, "python-repr-test");
  const random = Array.from({ length: 400 }, () => {
    const n = 1 + rng.int(8);
    return Array.from({ length: n }, () => rng.pick(FRAGMENTS)).join("");
  });
  return [...fixed, ...FRAGMENTS, ...random];
}

function trickyFloats(): number[] {
  // prettier-ignore
  const fixed = [
    0, 0.5, 51.5, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 100, 1e15, 1e16, 1.5e16, 9999999999999998,
    123456789012345680, 1e21, 1e22, 1e100, 1e-4, 1.5e-4, 9.999e-5, 1e-5, 1.5e-7, 1e-300, 5e-324,
    2.2250738585072014e-308, 1.7976931348623157e308, 2147483647, 434360.2, 1051200, -3.25, -1e-5, -1e16,
    2 ** 53 + 2, 0.001, 12.0, 99.9, 1234567.8,
  ];
  const rng = new Rng(7, "python-float-test");
  const view = new DataView(new ArrayBuffer(8));
  const random: number[] = [];
  while (random.length < 300) {
    view.setUint32(0, rng.u32());
    view.setUint32(4, rng.u32());
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) random.push(x);
  }
  const nutrition = Array.from({ length: 100 }, () => Math.round(rng.float() * 1e5) / 10);
  return [...fixed, ...random, ...nutrition];
}

describe("python-repr", () => {
  const strings = trickyStrings();
  const lists = [
    [],
    [""],
    ["a"],
    ["a", "b"],
    ["desserts", "mom's-recipes"],
    ["1\" cubes, don't"],
    strings.slice(0, 40),
    strings.slice(40, 90),
  ];
  const floats = trickyFloats();
  const python = pythonReprs({ strings, lists, floats });

  it("pyRepr matches repr(str) on a few hundred tricky strings", () => {
    assert.equal(python.strings.length, strings.length);
    strings.forEach((s, i) =>
      assert.equal(pyRepr(s), python.strings[i], `repr of ${JSON.stringify(s)}`),
    );
  });

  it("pyListRepr matches repr(list)", () => {
    lists.forEach((l, i) =>
      assert.equal(pyListRepr(l), python.lists[i], `repr of ${JSON.stringify(l)}`),
    );
  });

  it("pyFloatRepr matches repr(float), fixed and random doubles", () => {
    floats.forEach((x, i) => assert.equal(pyFloatRepr(x), python.floats[i], `repr of ${x}`));
  });

  it("covers what JSON cannot carry: -0.0, nan, inf", () => {
    assert.equal(pyFloatRepr(-0), "-0.0");
    assert.equal(pyFloatRepr(Number.NaN), "nan");
    assert.equal(pyFloatRepr(Number.POSITIVE_INFINITY), "inf");
    assert.equal(pyFloatRepr(Number.NEGATIVE_INFINITY), "-inf");
    assert.equal(pyFloatListRepr([51.5, 0, 13]), "[51.5, 0.0, 13.0]");
  });

  it("writes the forms the format doc names", () => {
    assert.equal(pyListRepr(["desserts", "mom's-recipes"]), `['desserts', "mom's-recipes"]`);
    assert.equal(pyRepr(`1" cubes, don't`), `'1" cubes, don\\'t'`);
    assert.equal(pyRepr("a\tb\\c\u200b"), "'a\\tb\\\\c\\u200b'");
    assert.equal(pyRepr("🍓"), "'🍓'");
    assert.equal(pyListRepr([]), "[]");
    assert.equal(pyListRepr([""]), "['']");
  });
});
