import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PyListError, parsePyFloatList, parsePyStringList } from "../loaders/pylist.ts";
import { pyListRepr } from "../loaders/python-repr.ts";
import { python } from "./helpers/python.ts";

// Python writes the lists; ast.literal_eval is the reference reading of them.
const RANDOM_LISTS = `
import json, random
random.seed(7)
alphabet = list("ab ,'\\"\\\\[]{}\\t\\n\\r\\x00\\x07\\x7f\\x85\\xa0é\\u200b\\u2028\\ufeff😀中") + ["\\U0001F600", "\\\\'", "NA", ""]
cases = []
for _ in range(400):
    items = ["".join(random.choice(alphabet) for _ in range(random.randint(0, 6))) for _ in range(random.randint(0, 5))]
    cases.append({"text": repr(items), "items": items})
print(json.dumps(cases))
`;

describe("parsePyStringList", () => {
  it("reads what Python's repr wrote, exactly as ast.literal_eval does", () => {
    const cases = python<Array<{ text: string; items: string[] }>>(RANDOM_LISTS);
    assert.equal(cases.length, 400);
    assert.ok(
      cases.some((c) => c.text.includes('"')),
      "some items are double-quoted",
    );
    assert.ok(
      cases.some((c) => c.text.includes("\\u200b")),
      "some items carry \\u escapes",
    );
    for (const { text, items } of cases) assert.deepEqual(parsePyStringList(text), items, text);
  });

  it("agrees with ast.literal_eval on hand-written literals", () => {
    const texts = [
      "[]",
      "['']",
      "['desserts', \"mom's-recipes\", 'easy']",
      "['it\\'s \"quoted\"']",
      "['a, b', 'c']",
      "['tab\\there', 'zero\\u200bwidth', '\\x85', '\\U0001f600', 'back\\\\slash']",
      "['unknown \\q escape', 'octal \\101\\0']",
      "[ 'spaced' ,'items' , ]",
      "['adjacent' \"concat\"]",
      "[r'raw\\n', u'unicode']",
      "['line \\\ncontinued']",
    ];
    const expected = python<unknown[]>(
      "import ast, json, sys; print(json.dumps([ast.literal_eval(t) for t in json.load(sys.stdin)]))",
      texts,
    );
    texts.forEach((text, i) => assert.deepEqual(parsePyStringList(text), expected[i], text));
  });

  it("rejects what ast.literal_eval rejects, with the position", () => {
    const bad = [
      "",
      "['a'",
      "['a' 'b'",
      "['a',, 'b']",
      "[a]",
      "['a'] x",
      "['unterminated]",
      "['a\nb']",
      "['\\x4']",
      "[b'bytes']",
    ];
    const pythonRejects = python<boolean[]>(
      `import ast, json, sys
def bad(t):
    try:
        v = ast.literal_eval(t)
        return not (isinstance(v, list) and all(isinstance(x, str) for x in v))
    except Exception:
        return True
print(json.dumps([bad(t) for t in json.load(sys.stdin)]))`,
      bad,
    );
    assert.deepEqual(
      pythonRejects,
      bad.map(() => true),
    );
    for (const text of bad) assert.throws(() => parsePyStringList(text), PyListError, text);
    assert.throws(() => parsePyStringList("['a' 'b'"), /at character 9/);
  });
});

describe("parsePyFloatList", () => {
  it("reads nutrition lists", () => {
    assert.deepEqual(
      parsePyFloatList("[51.5, 0.0, 13.0, 0.0, 2.0, 0.0, 4.0]"),
      [51.5, 0, 13, 0, 2, 0, 4],
    );
    assert.deepEqual(parsePyFloatList("[1e+16, -2.5, 3]"), [1e16, -2.5, 3]);
  });
  it("rejects names and junk", () => {
    for (const text of ["[nan]", "[inf]", "[1.0 2.0]", "['1.0']", "[1.0"]) {
      assert.throws(() => parsePyFloatList(text), PyListError, text);
    }
  });
});

describe("round trip with the sample generator's writer", () => {
  it("parsePyStringList(pyListRepr(items)) gives the items back", () => {
    const alphabet = [
      "a",
      " ",
      "'",
      '"',
      "\\",
      "\t",
      "\n",
      "\r",
      "\x00",
      "\x7f",
      "\x85",
      "\u200b",
      "é",
      "😀",
      "\u{e0001}",
      ",",
      "[",
      "]",
    ];
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 2000; n++) {
      const items = Array.from({ length: next() % 5 }, () =>
        Array.from({ length: next() % 7 }, () => alphabet[next() % alphabet.length]).join(""),
      );
      assert.deepEqual(parsePyStringList(pyListRepr(items)), items);
    }
  });
});
