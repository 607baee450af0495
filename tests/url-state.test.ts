/** URL state: every kind of parameter parses strictly; hostile or malformed values are refused. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  bindParam,
  deferUrlWrites,
  param,
  readParam,
  urlRejections,
} from "../src/components/url-state.ts";

const HOSTILE = [
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "1e999",
  "NaN",
  "Infinity",
  "",
  " ",
  "0x10",
  "1; DROP TABLE recipes",
  "%00",
  "\u0000",
];

describe("param.int", () => {
  const p = param.int(0, 20);
  it("accepts integers in range, with surrounding spaces", () => {
    assert.equal(p.parse("0"), 0);
    assert.equal(p.parse("20"), 20);
    assert.equal(p.parse(" 7 "), 7);
    assert.equal(p.format(7), "7");
  });
  it("refuses out-of-range, decimals, exponents and hostile text", () => {
    for (const raw of ["-1", "21", "2.5", "1e1", "99999999999999999999", ...HOSTILE])
      assert.equal(p.parse(raw), undefined, raw);
  });
});

describe("param.number", () => {
  const p = param.number(0, 5);
  it("accepts plain decimals in range", () => {
    assert.equal(p.parse("4.5"), 4.5);
    assert.equal(p.parse("0"), 0);
    assert.equal(p.parse(".5"), 0.5);
    assert.equal(p.parse("5"), 5);
  });
  it("refuses 1e999, NaN, Infinity, out of range and hostile text", () => {
    for (const raw of ["5.01", "-0.1", "1e0", ...HOSTILE])
      assert.equal(p.parse(raw), undefined, raw);
  });
});

describe("param.oneOf", () => {
  const p = param.oneOf(["ingredient", "tag"] as const);
  it("accepts exactly the listed values", () => {
    assert.equal(p.parse("tag"), "tag");
    assert.equal(p.format("ingredient"), "ingredient");
  });
  it("refuses any other value, case or padding", () => {
    for (const raw of ["Tag", " tag", "tags", "__proto__", "constructor", ...HOSTILE])
      assert.equal(p.parse(raw), undefined, raw);
  });
});

describe("param.choice", () => {
  const bands = [
    [25, 75],
    [10, 90],
  ];
  const p = param.choice(new Map(bands.map((b) => [b.join("-"), b])));
  it("gives back the very same value object, and its key", () => {
    assert.equal(p.parse("10-90"), bands[1]);
    assert.equal(p.format(bands[0]!), "25-75");
    assert.equal(p.format([10, 90]), "10-90"); // an equal copy still maps to its key
  });
  it("refuses unknown keys and inherited property names", () => {
    for (const raw of ["5-95", "toString", "__proto__", ...HOSTILE])
      assert.equal(p.parse(raw), undefined, raw);
  });
});

describe("param.text", () => {
  const p = param.text(10);
  it("trims and caps the length; SQL or HTML text stays inert text", () => {
    assert.equal(p.parse("  pie "), "pie");
    assert.equal(p.parse("abcdefghijklmno"), "abcdefghij");
    assert.equal(p.parse("' OR 1=1 --"), "' OR 1=1 -");
    assert.equal(p.parse(""), "");
  });
  it("refuses control characters", () => {
    assert.equal(p.parse("a\u0000b"), undefined);
    assert.equal(p.parse("a\nb"), undefined);
  });
});

describe("param.list", () => {
  const p = param.list(param.oneOf(["vegan", "dessert", "easy"] as const), 2);
  it("accepts known comma-separated items, deduplicated", () => {
    assert.deepEqual(p.parse("vegan,dessert"), ["vegan", "dessert"]);
    assert.deepEqual(p.parse("vegan,vegan"), ["vegan"]);
    assert.deepEqual(p.parse(""), []);
    assert.equal(p.format(["vegan", "easy"]), "vegan,easy");
  });
  it("refuses the whole value when strict, and keeps the known items when partial", () => {
    assert.equal(p.parse("vegan,<script>"), undefined);
    assert.deepEqual(p.parsePartly!("vegan,<script>,' OR 1=1 --"), {
      value: ["vegan"],
      ignored: ["<script>", "' OR 1=1 --"],
    });
    assert.deepEqual(p.parsePartly!("vegan,dessert,easy"), {
      value: ["vegan", "dessert"],
      ignored: ["easy"],
    });
    assert.deepEqual(p.parsePartly!("nope"), { value: undefined, ignored: ["nope"] });
  });
});

describe("param.yearRange", () => {
  const p = param.yearRange({ from: 1999, to: 2018 });
  it("accepts an in-bounds range and puts a reversed one in order", () => {
    assert.deepEqual(p.parse("2001-2010"), { from: 2001, to: 2010 });
    assert.deepEqual(p.parse("2010-2001"), { from: 2001, to: 2010 });
    assert.deepEqual(p.parse("2005-2005"), { from: 2005, to: 2005 });
    assert.equal(p.format({ from: 1999, to: 2018 }), "1999-2018");
  });
  it("refuses out-of-bounds years, other shapes and hostile text", () => {
    for (const raw of [
      "1800-2010",
      "2001-2019",
      "2001",
      "2001-",
      "abc",
      "2001-2010x",
      "2001--2010",
      ...HOSTILE,
    ])
      assert.equal(p.parse(raw), undefined, raw);
  });
});

describe("readParam", () => {
  const withUrl = <T>(search: string, run: () => T): T => {
    const g = globalThis as { location?: unknown };
    const before = g.location;
    g.location = new URL(`http://localhost/trends${search}`);
    try {
      return run();
    } finally {
      g.location = before;
    }
  };

  it("returns the parsed value, or the fallback when absent", () => {
    assert.equal(
      withUrl("?min=5&lang=fr", () => readParam("min", param.int(0, 20), 0)),
      5,
    );
    assert.equal(
      withUrl("?lang=fr", () => readParam("min", param.int(0, 20), 3)),
      3,
    );
  });

  it("falls back on an invalid value and records why, keeping the value as given", () => {
    const before = urlRejections().length;
    const value = withUrl(`?from=${encodeURIComponent("' OR 1=1 --")}`, () =>
      readParam("from", param.yearRange({ from: 1999, to: 2018 }), { from: 1999, to: 2018 }),
    );
    assert.deepEqual(value, { from: 1999, to: 2018 });
    const added = urlRejections().slice(before);
    assert.equal(added.length, 1);
    assert.equal(added[0]!.key, "from");
    assert.equal(added[0]!.value, "' OR 1=1 --");
    assert.match(added[0]!.reason, /1999/);
  });

  it("records an empty value, and the dropped items of a list while keeping the rest", () => {
    const before = urlRejections().length;
    assert.equal(
      withUrl("?n=", () => readParam("n", param.int(0, 9), 4)),
      4,
    );
    const tags = withUrl("?tags=vegan,%3Cimg%3E", () =>
      readParam("tags", param.list(param.oneOf(["vegan"]), 5), []),
    );
    assert.deepEqual(tags, ["vegan"]);
    const added = urlRejections().slice(before);
    assert.deepEqual(
      added.map((r) => [r.key, r.value]),
      [
        ["n", ""],
        ["tags", "<img>"],
      ],
    );
    assert.match(added[0]!.reason, /empty/);
  });

  it("refuses an absurdly long value without parsing it", () => {
    const long = "a".repeat(5000);
    assert.equal(
      withUrl(`?q=${long}`, () => readParam("q", param.text(100000), "x")),
      "x",
    );
  });
});

describe("deferred URL writes (the explorer writes its address once its charts are drawn)", () => {
  it("writes nothing until flushed, a burst once, and a new entry only after a pause", async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = ["location", "history", "document", "addEventListener"].map((k) => [k, g[k]]);
    let address = new URL("http://localhost/explorer?lang=en");
    const writes: [string, string][] = [];
    const write = (kind: string) => (_state: unknown, _title: string, url: string) => {
      writes.push([kind, url]);
      address = new URL(url, address);
    };
    Object.defineProperty(g, "location", { configurable: true, get: () => address });
    g.history = { state: null, pushState: write("push"), replaceState: write("replace") };
    g.document = { querySelectorAll: () => [] };
    g.addEventListener = () => {};
    try {
      const flushes: (() => void)[] = [];
      deferUrlWrites((flush) => flushes.push(flush));
      const input = Object.assign(new EventTarget(), { value: 0 });
      bindParam(input, "n", param.int(0, 99), 0);
      const change = (n: number) => {
        input.value = n;
        input.dispatchEvent(new Event("input"));
      };
      change(5);
      change(6);
      assert.deepEqual(writes, [], "nothing written before the flush");
      assert.equal(flushes.length, 1, "one flush asked for the burst");
      flushes[0]!();
      assert.deepEqual(writes, [["push", "/explorer?lang=en&n=6"]]);
      change(7); // within the pause: amends the entry
      flushes.at(-1)!();
      assert.deepEqual(writes.at(-1), ["replace", "/explorer?lang=en&n=7"]);
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      await wait(900);
      change(8); // after a pause: a new entry
      await wait(700);
      flushes.at(-1)!(); // written late, as under load
      assert.deepEqual(writes.at(-1), ["push", "/explorer?lang=en&n=8"]);
      await wait(200);
      change(9); // 900 ms after the previous change, 200 ms after its write: still a new entry
      flushes.at(-1)!();
      flushes.at(-1)!(); // a second flush has nothing left to write
      assert.deepEqual(writes.at(-1), ["push", "/explorer?lang=en&n=9"]);
      assert.equal(writes.length, 4);
    } finally {
      for (const [k, v] of saved)
        Object.defineProperty(g, k as string, { configurable: true, writable: true, value: v });
    }
  });
});
