/**
 * What the export menu writes, without the DOM: file names that say what and when, rows as plain
 * values, CSV text (d3-dsv quotes and escapes) and Parquet bytes (Arrow in, parquet-wasm out).
 * Node-testable: Arrow and parquet-wasm are passed in, since the browser loads them on demand.
 */
import { csvFormat } from "d3-dsv";
import type { Table } from "apache-arrow";

export type Row = Record<string, unknown>;
export type ExportData = Iterable<Row> | Table;

/** `trends Volume 2001–2010!` → `trends-volume-2001-2010`: ASCII, lower case, kebab. */
export function safeName(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 80).replace(/-+$/, "") || "data";
}

/** The data build time as `YYYYMMDD-HHMM` (UTC); "unknown" when the time cannot be read. */
export function buildStamp(builtAt: string | number | Date | null | undefined): string {
  const date = builtAt === null || builtAt === undefined ? null : new Date(builtAt);
  if (!date || Number.isNaN(date.getTime())) return "unknown";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}`;
}

/** `mangetamain-<name>-data-<YYYYMMDD-HHMM of the data build>.<ext>` */
export function exportFileName(
  name: string,
  builtAt: Parameters<typeof buildStamp>[0],
  ext: string,
): string {
  return `mangetamain-${safeName(name)}-data-${buildStamp(builtAt)}.${ext}`;
}

export function isArrowTable(data: unknown): data is Table {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (data as Table).getChild === "function" &&
    typeof (data as Table).toArray === "function" &&
    Array.isArray((data as Table).schema?.fields)
  );
}

/** One cell as CSV shows it: dates in ISO 8601, big integers in full, lists and objects as JSON. */
function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "object") {
    const json = (value as { toJSON?: () => unknown }).toJSON?.() ?? value;
    return JSON.stringify(json, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  }
  return value;
}

/** The columns, in order of first appearance, and the rows with plain values. */
export function plainRows(data: ExportData): { columns: string[]; rows: Row[] } {
  if (isArrowTable(data)) {
    const columns = data.schema.fields.map((f) => f.name);
    const rows = data.toArray().map((r: { toJSON(): Row }) => {
      const object = r.toJSON();
      return Object.fromEntries(columns.map((c) => [c, plainValue(object[c])]));
    });
    return { columns, rows };
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const row of data) {
    for (const key of Object.keys(row))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    rows.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)])));
  }
  return { columns, rows };
}

/** RFC 4180 CSV with a header row; a missing value is an empty field. */
export function toCsv(data: ExportData): string {
  const { columns, rows } = plainRows(data);
  return csvFormat(rows, columns);
}

/** The subset of apache-arrow the Parquet writer needs. */
export interface ArrowModule {
  makeData(props: Record<string, unknown>): unknown;
  makeVector(data: never): unknown;
  Table: new (columns: Record<string, unknown>) => Table;
  Float64: new () => unknown;
  Int32: new () => unknown;
  Utf8: new () => unknown;
  Bool: new () => unknown;
  tableToIPC(table: Table, type: "stream"): Uint8Array;
}
/** The subset of parquet-wasm (initialised) the Parquet writer needs. */
export interface ParquetModule {
  Table: { fromIPCStream(bytes: Uint8Array): unknown };
  writeParquet(table: never): Uint8Array;
}

type ColumnKind = "int" | "float" | "bool" | "text";

function columnKind(values: readonly unknown[]): ColumnKind {
  let kind: ColumnKind | undefined;
  for (const v of values) {
    if (v === null) continue;
    const k: ColumnKind =
      typeof v === "boolean"
        ? "bool"
        : typeof v === "number"
          ? Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1
            ? "int"
            : "float"
          : "text";
    if (kind === undefined || kind === k) kind = k;
    else if ((kind === "int" && k === "float") || (kind === "float" && k === "int")) kind = "float";
    else return "text";
  }
  return kind ?? "text";
}

/**
 * One Arrow column from plain values, written into typed arrays directly: Arrow's builders
 * (vectorFromArray, tableFromJSON) compile a function with `new Function`, which the site's
 * Content-Security-Policy forbids.
 */
function arrowColumn(arrow: ArrowModule, values: readonly unknown[]): unknown {
  const length = values.length;
  const nullBitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  const kind = columnKind(values);
  const base = { length, nullCount, nullBitmap };
  if (kind === "int" || kind === "float") {
    const data = kind === "int" ? new Int32Array(length) : new Float64Array(length);
    values.forEach((v, i) => (data[i] = v === null ? 0 : (v as number)));
    const type = kind === "int" ? new arrow.Int32() : new arrow.Float64();
    return arrow.makeVector(arrow.makeData({ ...base, type, data }) as never);
  }
  if (kind === "bool") {
    const data = new Uint8Array(Math.ceil(length / 8));
    values.forEach((v, i) => {
      if (v === true) data[i >> 3]! |= 1 << (i & 7);
    });
    return arrow.makeVector(arrow.makeData({ ...base, type: new arrow.Bool(), data }) as never);
  }
  const encoder = new TextEncoder();
  const encoded = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
  const valueOffsets = new Int32Array(length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i]! + bytes.length));
  const data = new Uint8Array(valueOffsets[length]!);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]!));
  return arrow.makeVector(
    arrow.makeData({ ...base, type: new arrow.Utf8(), data, valueOffsets }) as never,
  );
}

/** An Arrow table of plain rows: integers, decimals, booleans, and text for anything else. */
export function rowsToArrow(data: Iterable<Row>, arrow: ArrowModule): Table {
  const { columns, rows } = plainRows(data);
  return new arrow.Table(
    Object.fromEntries(
      columns.map((c) => [
        c,
        arrowColumn(
          arrow,
          rows.map((r) => r[c] ?? null),
        ),
      ]),
    ),
  );
}

/**
 * Parquet bytes of the data. An Arrow table keeps its column types; plain rows get the types of
 * their values (whole numbers as INT32, other numbers as DOUBLE; dates as ISO text).
 */
export function toParquet(
  data: ExportData,
  arrow: ArrowModule,
  parquet: ParquetModule,
): Uint8Array {
  const table = isArrowTable(data) ? data : rowsToArrow(data, arrow);
  const wasmTable = parquet.Table.fromIPCStream(arrow.tableToIPC(table, "stream"));
  return parquet.writeParquet(wasmTable as never);
}
