/**
 * Small built sites for server and deployment tests, shaped like Framework's output (clean-URL pages
 * with inline scripts, hashed assets, a summary.json, a real Parquet file written by DuckDB, a real
 * WASM module), finished by the same precompression and manifest code as `npm run build`.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { openDatabase, sqlString } from "../../loaders/duckdb.ts";
import { detectEnvironment } from "../../loaders/environment.ts";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { type BuildManifest, createManifest, writeManifest } from "../../scripts/site/manifest.ts";
import { precompressSite } from "../../scripts/site/precompress.ts";

export const WASM_PATH = "_npm/parquet-wasm@0.8.0/esm/parquet_wasm_bg.wasm";

const hash8 = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);

async function put(dir: string, path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

export interface SiteFixture {
  readonly dir: string;
  readonly manifest: BuildManifest;
  readonly parquetPath: string;
  readonly scriptPath: string;
}

export async function makeSite(
  dir: string,
  options: { version: string; recipes: number; now: Date; withIndex?: boolean },
): Promise<SiteFixture> {
  const { version, recipes } = options;
  const script = `console.log(${JSON.stringify(version)});`;
  const page = (title: string) =>
    `<!doctype html><html><head><title>${title}</title><script>document.documentElement.dataset.v=${JSON.stringify(version)}</script></head><body><h1>${title} ${version}</h1><script type="module">${script}</script></body></html>`;
  if (options.withIndex !== false) await put(dir, "index.html", page("Home"));
  await put(dir, "trends.html", page("Trends"));
  const scriptPath = `_import/components/app.${hash8(version)}.js`;
  await put(dir, scriptPath, `export const version = ${JSON.stringify(version)};\n`.repeat(200));
  const summary = JSON.stringify({
    kpis: { recipes, reviews: recipes * 5 },
    provenance: { source: "sample", built_at: options.now.toISOString().slice(0, 19) + "Z" },
    quality: { rejects_total: 3 },
  });
  await put(dir, `_file/data/summary.${hash8(summary)}.json`, summary);
  // A real Parquet file, uncompressed so that brotli and gzip have something to gain.
  const tmp = join(dir, "recipes.parquet");
  const db = await openDatabase(":memory:");
  await db.connection.run(
    `COPY (SELECT range AS recipe_id, 'recipe ' || (range % 97) AS name FROM range(${recipes})) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION uncompressed)`,
  );
  db.close();
  const parquet = await readFile(tmp);
  await rm(tmp);
  const parquetPath = `_file/data/recipes.${createHash("sha256").update(parquet).digest("hex").slice(0, 8)}.parquet`;
  await put(dir, parquetPath, parquet);
  await mkdir(dirname(join(dir, WASM_PATH)), { recursive: true });
  await copyFile(
    join(PROJECT_ROOT, "node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm"),
    join(dir, WASM_PATH),
  );
  await precompressSite(dir);
  const manifest = await createManifest(dir, {
    builtIn: detectEnvironment({ env: {}, projectRoot: "/build", fileExists: () => false }),
    dbPath: null,
    now: options.now,
  });
  await writeManifest(dir, manifest);
  return { dir, manifest, parquetPath, scriptPath };
}
