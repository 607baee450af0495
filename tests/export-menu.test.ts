/** The export menu's files: names that say what and when, CSV escaping, Parquet that reads back. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as arrow from "apache-arrow";
import { csvParse } from "d3-dsv";
import * as parquet from "parquet-wasm/node";
import {
  buildStamp,
  exportFileName,
  plainRows,
  safeName,
  toCsv,
  toParquet,
  type ArrowModule,
  type ParquetModule,
} from "../src/components/export-format.ts";

const ROWS = [
  { year: 2001, recipes: 12, mean_rating: 4.25, name: 'Mom\'s "best", pie' },
  { year: 2002, recipes: 0, mean_rating: null, name: "=SUM(A1)\nline two" },
  { year: 2003, recipes: 7, mean_rating: 3.5, name: "crème brûlée; ' OR 1=1 --" },
];

describe("file names", () => {
  it("say what (ASCII kebab case) and when the data were built (UTC)", () => {
    assert.equal(
      exportFileName("trends-volume-2001-2010", "2026-11-25T21:07:42.123Z", "csv"),
      "mangetamain-trends-volume-2001-2010-data-20261125-2107.csv",
    );
    assert.equal(safeName("Crème Brûlée / Top 20!"), "creme-brulee-top-20");
    assert.equal(safeName("../../etc/passwd"), "etc-passwd");
    assert.equal(safeName("<script>"), "script");
    assert.equal(safeName("日本"), "data");
  });
  it("say 'unknown' rather than a wrong time when the build time cannot be read", () => {
    assert.equal(buildStamp(null), "unknown");
    assert.equal(buildStamp("not a date"), "unknown");
    assert.equal(buildStamp("2018-12-20T00:00:00Z"), "20181220-0000");
  });
});

describe("CSV", () => {
  it("has a header and one line per row, quoting commas, quotes and line breaks", () => {
    const text = toCsv(ROWS);
    assert.equal(text.split("\n")[0], "year,recipes,mean_rating,name");
    assert.match(text, /"Mom's ""best"", pie"/);
    const parsed = csvParse(text);
    assert.equal(parsed.length, 3);
    assert.deepEqual(parsed.columns, ["year", "recipes", "mean_rating", "name"]);
    assert.equal(parsed[0]!.name, ROWS[0]!.name);
    assert.equal(parsed[1]!.name, ROWS[1]!.name);
    assert.equal(parsed[1]!.mean_rating, ""); // null: an empty field, never 0
    assert.equal(parsed[2]!.name, ROWS[2]!.name);
    assert.equal(Number(parsed[0]!.mean_rating), 4.25);
  });

  it("writes dates in ISO 8601, lists as JSON, non-finite numbers as empty", () => {
    const text = toCsv([
      { day: new Date("2010-05-01T00:00:00Z"), tags: ["a", "b"], x: Number.NaN, n: 10n },
    ]);
    const [row] = csvParse(text);
    assert.equal(row!.day, "2010-05-01T00:00:00.000Z");
    assert.equal(row!.tags, '["a","b"]');
    assert.equal(row!.x, "");
    assert.equal(row!.n, "10");
  });

  it("takes an Arrow table as DuckDB-WASM returns it, columns in schema order", () => {
    const table = arrow.tableFromArrays({
      year: Int32Array.from([2001, 2002]),
      share: Float64Array.from([0.5, 0.25]),
      kind: ["tag", "ingredient"],
    });
    assert.deepEqual(plainRows(table).columns, ["year", "share", "kind"]);
    assert.equal(toCsv(table), "year,share,kind\n2001,0.5,tag\n2002,0.25,ingredient");
  });

  it("has columns from every row, in order of first appearance", () => {
    assert.equal(toCsv([{ a: 1 }, { b: 2, a: 3 }]), "a,b\n1,\n3,2");
  });
});

describe("Parquet", () => {
  const write = (data: Parameters<typeof toParquet>[0]) =>
    toParquet(data, arrow as unknown as ArrowModule, parquet as unknown as ParquetModule);
  const read = (bytes: Uint8Array) =>
    arrow.tableFromIPC(parquet.readParquet(bytes).intoIPCStream());

  it("writes plain rows that read back to the same values", () => {
    const bytes = write(ROWS);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 4)), "PAR1");
    const table = read(bytes);
    assert.equal(table.numRows, 3);
    assert.deepEqual(
      table.toArray().map((r) => r.toJSON()),
      ROWS.map((r) => ({ ...r })),
    );
  });

  it("keeps an Arrow table's column types", () => {
    const source = arrow.tableFromArrays({
      year: Int32Array.from([2001, 2002]),
      share: Float64Array.from([0.5, 0.25]),
    });
    const table = read(write(source));
    assert.equal(String(table.schema.fields[0]!.type), "Int32");
    assert.deepEqual(Array.from(table.getChild("share")!.toArray()), [0.5, 0.25]);
  });

  it("never compiles code: the site's CSP forbids eval (Arrow's builders use new Function)", () => {
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct() {
        throw new Error("new Function called");
      },
      apply() {
        throw new Error("Function called");
      },
    });
    try {
      assert.throws(() => arrow.tableFromJSON([{ a: 1 }]), /new Function called/); // the trap works
      const table = read(
        write([
          { n: 1, x: 0.5, s: "a", b: true },
          { n: null, x: 2, s: null, b: false },
        ]),
      );
      assert.deepEqual(
        table.schema.fields.map((f) => String(f.type)),
        ["Int32", "Float64", "Utf8", "Bool"],
      );
      assert.deepEqual(
        table.toArray().map((r) => r.toJSON()),
        [
          { n: 1, x: 0.5, s: "a", b: true },
          { n: null, x: 2, s: null, b: false },
        ],
      );
    } finally {
      globalThis.Function = original;
    }
  });

  it("types a column of mixed kinds as text rather than losing values", () => {
    const table = read(
      write([
        { v: 1, w: 1 },
        { v: "two", w: 2.5 },
      ]),
    );
    assert.deepEqual(
      table.schema.fields.map((f) => String(f.type)),
      ["Utf8", "Float64"],
    );
    assert.deepEqual(
      table.toArray().map((r) => r.toJSON()),
      [
        { v: "1", w: 1 },
        { v: "two", w: 2.5 },
      ],
    );
  });

  it("writes an empty result (no rows) that still reads", () => {
    const source = arrow.tableFromArrays({ year: Int32Array.from([]) });
    assert.equal(read(write(source)).numRows, 0);
  });
});
