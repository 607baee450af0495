/**
 * Brotli and gzip copies of a built site's compressible files (`x.js.br`, `x.js.gz`), made once at
 * build time so the server sends them without compressing per request (sirv picks them by
 * Accept-Encoding). A copy is kept only when it is smaller than the original.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { eachLimited, listFiles } from "./files.ts";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|wasm|parquet|svg|txt|csv|arrow|map)$/;
const MIN_BYTES = 1024;
/** Above this size, lower levels: brotli 11 on DuckDB's 40 MB WASM takes minutes for 2 % less. */
const LARGE_BYTES = 1 << 20;

export async function precompressSite(dir: string): Promise<{ files: number; saved: number }> {
  const candidates = (await listFiles(dir)).filter((f) => COMPRESSIBLE.test(f));
  let files = 0;
  let saved = 0;
  await eachLimited(candidates, 2, async (name) => {
    const path = join(dir, name);
    if ((await stat(path)).size < MIN_BYTES) return;
    const data = await readFile(path);
    const large = data.length > LARGE_BYTES;
    const variants: Array<[string, Buffer]> = [
      [
        ".br",
        await brotli(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: large ? 5 : 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ],
      [".gz", await gzip(data, { level: large ? 6 : 9 })],
    ];
    for (const [extension, compressed] of variants) {
      if (compressed.length >= data.length) continue;
      await writeFile(path + extension, compressed);
      files += 1;
      saved += data.length - compressed.length;
    }
  });
  return { files, saved };
}
