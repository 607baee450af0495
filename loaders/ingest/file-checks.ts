/**
 * Checks made on a raw file before DuckDB reads it: it exists, is not empty, has exactly the
 * published header (a UTF-8 byte-order mark is accepted) and ends with a line break (pandas always
 * writes one, so a file without it was cut short).
 */
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { headerOf, type RawFileSpec } from "../foodcom-files.ts";
import { countLines } from "./csv-lines.ts";
import { IngestError } from "./errors.ts";

const BOM = "\uFEFF";
const HEAD_BYTES = 64 * 1024;

export interface RawFileInfo {
  readonly path: string;
  readonly bytes: number;
  readonly mtimeMs: number;
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function lastByte(path: string, size: number): Promise<number> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, size - 1);
    return buffer[0]!;
  } finally {
    await handle.close();
  }
}

function describeHeaderMismatch(found: string[], expected: string[]): string {
  const missing = expected.filter((c) => !found.includes(c));
  const unexpected = found.filter((c) => !expected.includes(c));
  const parts: string[] = [];
  if (missing.length)
    parts.push(`missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  if (unexpected.length)
    parts.push(`unexpected column${unexpected.length > 1 ? "s" : ""} ${unexpected.join(", ")}`);
  if (!parts.length) parts.push("columns are not in the published order");
  return `wrong header: ${parts.join("; ")} (expected "${expected.join(",")}")`;
}

export async function checkRawFile(path: string, spec: RawFileSpec): Promise<RawFileInfo> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(
      name,
      null,
      code === "ENOENT" ? `file not found (${path})` : `cannot read file: ${code}`,
    );
  }
  if (!info.isFile()) throw new IngestError(name, null, `not a regular file (${path})`);
  if (info.size === 0) throw new IngestError(name, null, "file is empty");

  let head: Buffer;
  try {
    head = await readHead(path, Math.min(HEAD_BYTES, info.size));
  } catch (error) {
    throw new IngestError(name, null, `cannot read file: ${(error as NodeJS.ErrnoException).code}`);
  }
  let text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  if (text.startsWith(BOM)) text = text.slice(1);
  const newline = text.indexOf("\n");
  if (newline === -1 && info.size > HEAD_BYTES)
    throw new IngestError(name, 1, "header line is too long");
  const header = (newline === -1 ? text : text.slice(0, newline)).replace(/\r$/, "");
  const expected = headerOf(spec);
  if (header !== expected) {
    throw new IngestError(name, 1, describeHeaderMismatch(header.split(","), expected.split(",")));
  }
  if (newline === -1 || (text.slice(newline + 1).length === 0 && info.size <= HEAD_BYTES)) {
    throw new IngestError(name, 1, "file has a header but no rows");
  }
  if ((await lastByte(path, info.size)) !== 0x0a) {
    const { lines } = await countLines(path);
    throw new IngestError(
      name,
      lines,
      "file ends in the middle of a line: it looks truncated (the published files end with a line break)",
    );
  }
  return { path, bytes: info.size, mtimeMs: info.mtimeMs };
}
