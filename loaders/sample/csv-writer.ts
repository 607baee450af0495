/**
 * The CSV side of pandas' `to_csv` (minimal quoting) and a buffered file writer that writes to
 * a temporary file and renames it at the end, so an interrupted run leaves no half file.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const NEEDS_QUOTES = /[",\r\n]/;

/** A field as Python's csv writer (QUOTE_MINIMAL) writes it: quoted only when it must be. */
export function csvField(value: string): string {
  if (!NEEDS_QUOTES.test(value)) return value;
  return '"' + value.replaceAll('"', '""') + '"';
}

export type LineEndings = "crlf" | "lf";

/** Where a file is written before its final rename (same directory, so the rename is atomic). */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Bytes encoded before a chunk is handed to the stream. */
const CHUNK_BYTES = 4 << 20;

export class ChunkedFileWriter {
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  bytes = 0;

  /**
   * `write` takes whole rows ending in CRLF; with `lf`, every CRLF (rows and fields) becomes LF.
   * Rows are encoded straight into a chunk buffer: no big joined string, no per-row Buffer.
   */
  constructor(
    readonly path: string,
    private readonly lineEndings: LineEndings,
  ) {
    this.stream = createWriteStream(temporaryPathFor(path), { highWaterMark: 16 << 20 });
    this.stream.on("error", (error) => (this.failure = error));
  }

  /**
   * Buffers rows. Returns a promise only when a chunk was handed to the stream (then await it:
   * that is the backpressure); most calls return nothing, sparing a promise per row.
   */
  write(rows: string): Promise<void> | undefined {
    const text = this.lineEndings === "lf" ? rows.replaceAll("\r\n", "\n") : rows;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > CHUNK_BYTES) return this.flushThenWrite(text);
    this.used += this.chunk.write(text, this.used, "utf8");
    return undefined;
  }

  private async flushThenWrite(text: string): Promise<void> {
    await this.flush();
    if (text.length * 3 > CHUNK_BYTES) await this.push(Buffer.from(text, "utf8"));
    else this.used += this.chunk.write(text, this.used, "utf8");
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES); // the stream keeps the old one until written
    this.used = 0;
    await this.push(full);
  }

  private async push(buffer: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.bytes += buffer.length;
    // Wait when the stream is full; otherwise still yield one turn, so finished disk writes can
    // hand the stream its next chunk (and Ctrl-C is seen) while the generator keeps going.
    if (!this.stream.write(buffer)) await this.drained();
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }

  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        this.stream.off("error", onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.stream.off("drain", onDrain);
        reject(error);
      };
      this.stream.once("drain", onDrain);
      this.stream.once("error", onError);
    });
  }

  /** Flushes and closes the temporary file; `commitFile` then gives it its final name. */
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
    if (this.failure) throw this.failure;
  }

  /** Drops the temporary file (after an error). */
  async abort(): Promise<void> {
    this.stream.destroy();
    await discardFile(this.path);
  }
}

export async function commitFile(path: string): Promise<void> {
  await rename(temporaryPathFor(path), path);
}

export async function discardFile(path: string): Promise<void> {
  await unlink(temporaryPathFor(path)).catch(() => undefined);
}
