/**
 * Bundles each built page's own modules (`_import/`, `_node/`) into a few files. Framework serves
 * every local module as its own file; over HTTP/1.1's six connections a page's ~70 modules queue
 * for hundreds of milliseconds before its first chart, and the page's preloaded data waits behind
 * them. esbuild bundles the modules a page imports into `_import/_pages/`, splitting at dynamic
 * imports (lazy code stays lazy) and sharing chunks between pages; npm and Framework modules stay
 * separate files. The page's script imports the bundle instead of the modules, and its module
 * preloads name the bundle.
 *
 * Relative URLs resolved from `import.meta.url` (FileAttachment, env.json) mean the same in the
 * bundle only for a module at the bundle's depth whose URLs climb to the site's root; any other
 * module using `import.meta` keeps its own file, with every module it imports (one instance each).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, posix, relative, resolve } from "node:path";
import { build, type Plugin } from "esbuild";

const BUNDLE_DIR = "_import/_pages";
const LOCAL_MODULE = /^_(?:import|node)\/.+\.js$/;
/** Relative specifiers: `from "…"`, `import "…"`, `import("…")`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']+)\1/g;
const RELATIVE_STRING = /(["'])(\.{1,2}\/[^"']*)\1/g;
/** The page script's imports of local modules (Framework writes them as dynamic imports). */
const PAGE_IMPORT = /\bimport\((["'])(\.{1,2}\/[^"']+\.js)\1\)/g;

const toUrlPath = (path: string) => path.split("\\").join("/");

interface ModuleInfo {
  readonly imports: readonly string[]; // site-relative paths of local modules
  readonly ownFile: boolean; // must stay a file of its own
}

async function moduleGraph(site: string): Promise<(path: string) => Promise<ModuleInfo>> {
  const cache = new Map<string, Promise<ModuleInfo>>();
  const depth = BUNDLE_DIR.split("/").length;
  return (path) => {
    let info = cache.get(path);
    if (!info) {
      info = readFile(join(site, path), "utf8").then((code) => {
        const specifiers = [...code.matchAll(SPECIFIER)].map((m) => m[2]!);
        const imports = specifiers
          .map((s) => posix.normalize(posix.join(posix.dirname(path), s)))
          .filter((p) => LOCAL_MODULE.test(p));
        let ownFile = false;
        if (code.includes("import.meta")) {
          const taken = new Set(specifiers);
          const urls = [...code.matchAll(RELATIVE_STRING)].map((m) => m[2]!);
          const up = "../".repeat(depth);
          ownFile =
            path.split("/").length - 1 !== depth ||
            urls.some((u) => !taken.has(u) && (!u.startsWith(up) || u.startsWith(`${up}../`)));
        }
        return { imports, ownFile };
      });
      cache.set(path, info);
    }
    return info;
  };
}

/** Modules that keep their own file: those `ownFile`, and everything they import. */
async function ownFiles(
  modules: Iterable<string>,
  info: (path: string) => Promise<ModuleInfo>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const pinned = new Set<string>();
  const stack = [...modules];
  while (stack.length) {
    const path = stack.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const { imports, ownFile } = await info(path);
    if (ownFile) pinned.add(path);
    stack.push(...imports);
  }
  const closure = [...pinned];
  while (closure.length) {
    const path = closure.pop()!;
    for (const dep of (await info(path)).imports)
      if (!pinned.has(dep)) {
        pinned.add(dep);
        closure.push(dep);
      }
  }
  return pinned;
}

async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith("_"))
      out.push(...(await htmlFiles(path, base)));
    else if (entry.isFile() && entry.name.endsWith(".html")) out.push(relative(base, path));
  }
  return out;
}

const shortHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);

/** Resolves local modules into the bundle, anything else to its URL from the bundle's folder. */
function sitePlugin(site: string, pinned: ReadonlySet<string>): Plugin {
  return {
    name: "site-modules",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (!/^\.{1,2}\//.test(args.path) && !args.path.startsWith("/"))
          throw new Error(`bundle: unexpected bare import "${args.path}" in ${args.importer}`);
        const abs = resolve(args.resolveDir, args.path);
        const path = toUrlPath(relative(site, abs));
        if (LOCAL_MODULE.test(path) && !pinned.has(path)) return { path: abs };
        return { path: toUrlPath(relative(join(site, BUNDLE_DIR), abs)), external: true };
      });
    },
  };
}

export interface BundleResult {
  readonly pages: number;
  readonly modules: number;
  readonly files: number;
}

/** Bundles the local modules of every page of the built site in `site`, in place. */
export async function bundlePages(siteDir: string): Promise<BundleResult> {
  const site = resolve(siteDir);
  const info = await moduleGraph(site);
  const outdir = join(site, BUNDLE_DIR);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const written = new Set<string>();
  let pages = 0;
  let modules = 0;
  for (const page of await htmlFiles(site)) {
    const file = join(site, page);
    const html = await readFile(file, "utf8");
    const pageDir = posix.dirname(toUrlPath(page));
    const toSite = (href: string) => posix.normalize(posix.join(pageDir, href));
    const imported = [
      ...new Set(
        [...html.matchAll(PAGE_IMPORT)]
          .map((m) => toSite(m[2]!))
          .filter((p) => LOCAL_MODULE.test(p)),
      ),
    ];
    if (imported.length === 0) continue;
    const pinned = await ownFiles(imported, info);
    const bundled = imported.filter((p) => !pinned.has(p));
    if (bundled.length === 0) continue;
    const name = toUrlPath(page)
      .replace(/\.html$/, "")
      .replaceAll("/", "-");
    const entry = bundled.map((p, i) => `export * as m${i} from ${JSON.stringify(`./${p}`)};`);
    const result = await build({
      stdin: { contents: entry.join("\n"), resolveDir: site, sourcefile: `${name}.js` },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      charset: "utf8",
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: "none",
      absWorkingDir: site, // metafile paths relative to the site
      outdir,
      entryNames: `${name}`,
      chunkNames: "chunk.[hash]", // cached for ever by the server (scripts/server/headers.ts)
      write: false,
      metafile: true,
      logLevel: "silent",
      plugins: [sitePlugin(site, pinned)],
    });
    // The entry gets a content hash in its name, like Framework's own files.
    const entryOut = result.outputFiles.find((f) => f.path === join(outdir, `${name}.js`));
    if (!entryOut) throw new Error(`bundle: no entry output for ${page}`);
    const entryName = `${name}.${shortHash(entryOut.text)}.js`;
    for (const out of result.outputFiles) {
      const target = out === entryOut ? join(outdir, entryName) : out.path;
      if (!written.has(target) && !existsSync(target)) await writeFile(target, out.contents);
      written.add(target);
    }
    // Which local modules the bundle holds: their preloads give way to the bundle's.
    const inside = new Set(
      Object.keys(result.metafile.inputs)
        .map((p) => toUrlPath(relative(site, resolve(site, p))))
        .filter((p) => LOCAL_MODULE.test(p)),
    );
    const eagerChunks = Object.entries(result.metafile.outputs)
      .filter(([out]) => resolve(site, out) === join(outdir, `${name}.js`))
      .flatMap(([, meta]) =>
        meta.imports.filter((i) => i.kind === "import-statement" && !i.external),
      )
      .map((i) => toUrlPath(relative(site, resolve(site, i.path))));
    const href = (p: string) => toUrlPath(posix.relative(pageDir, p)).replace(/^(?!\.)/, "./");
    const bundleHref = href(`${BUNDLE_DIR}/${entryName}`);
    const index = new Map(bundled.map((p, i) => [p, i]));
    let rewritten = html.replace(PAGE_IMPORT, (whole, _q: string, spec: string) => {
      const i = index.get(toSite(spec));
      return i === undefined ? whole : `import(${JSON.stringify(bundleHref)}).then((m) => m.m${i})`;
    });
    let placed = false;
    rewritten = rewritten.replace(
      /\n?<link rel="modulepreload" href="([^"]+)">/g,
      (whole, hrefValue: string) => {
        if (!inside.has(toSite(hrefValue))) return whole;
        if (placed) return "";
        placed = true;
        return [bundleHref, ...eagerChunks.map(href)]
          .map((h) => `\n<link rel="modulepreload" href="${h}">`)
          .join("");
      },
    );
    await writeFile(file, rewritten);
    pages++;
    modules += inside.size;
  }
  return { pages, modules, files: written.size };
}
