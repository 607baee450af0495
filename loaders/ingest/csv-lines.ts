/**
 * Maps CSV record numbers to physical line numbers. DuckDB's reject table numbers records (the
 * header is record 1), but a quoted field may hold line breaks, so a record can span several lines
 * of the file; people open files at physical lines. This scan is only run when there is something
 * to report, so it favours simplicity over speed.
 */
import { createReadStream } from "node:fs";

const QUOTE = 0x22;
const LF = 0x0a;

/** The physical line (1-based) on which each of the given records starts. */
export async function recordStartLines(
  path: string,
  records: Iterable<number>,
): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const found = new Map<number, number>();
  if (wanted.size === 0) return found;
  const last = Math.max(...wanted);
  let line = 1;
  let record = 1;
  let inQuotes = false;
  if (wanted.has(1)) found.set(1, 1);
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      // A doubled quote inside a quoted field toggles twice, which leaves the state unchanged.
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === LF) {
        line++;
        if (!inQuotes) {
          record++;
          if (wanted.has(record)) found.set(record, line);
          if (record >= last) return found;
        }
      }
    }
  }
  return found;
}

/** Number of lines in the file, counting a last line without a line break. */
export async function countLines(
  path: string,
): Promise<{ lines: number; endsWithNewline: boolean }> {
  let lines = 0;
  let lastByte = -1;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) lines++;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1]!;
  }
  const endsWithNewline = lastByte === LF;
  return { lines: endsWithNewline || lastByte === -1 ? lines : lines + 1, endsWithNewline };
}
