/**
 * Which modules import which, read from the sources: enough to know which data loaders
 * (`src/data/*.ts`) must re-run when a pipeline module they import changes, since Framework
 * only watches the loader file itself. Type-only imports are left out (they change no output).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";

const SOURCE_EXTENSIONS = new Set([".ts", ".mts", ".js", ".mjs"]);

/** The relative and bare specifiers a module imports at run time. */
export function scanImports(source: string): string[] {
  const specifiers: string[] = [];
  // import x from "a"; import {b, type c} from "a"; import "a"; export * from "a"; export {d} from "a"
  const staticImport =
    /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/g;
  for (const [, , typeOnly, specifier] of source.matchAll(staticImport))
    if (!typeOnly) specifiers.push(specifier!);
  for (const [, specifier] of source.matchAll(/\bimport\(\s*["']([^"'\n]+)["']\s*\)/g))
    specifiers.push(specifier!);
  return specifiers;
}

/** The file a relative specifier names (`./x.js` may be `./x.ts` on disk), or null. */
export function resolveImport(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, join(base, "index.ts")];
  if (/\.m?js$/.test(base)) candidates.splice(1, 0, base.replace(/\.(m?)js$/, ".$1ts"));
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

export interface ImportGraph {
  /** For each file, the files it imports. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each file, the files that import it. */
  readonly importers: ReadonlyMap<string, ReadonlySet<string>>;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\](node_modules|\.observablehq)[/\\]/.test(file));
}

/** The graph of every module under `dirs` (absolute paths). */
export function buildImportGraph(dirs: readonly string[]): ImportGraph {
  const imports = new Map<string, Set<string>>();
  const importers = new Map<string, Set<string>>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const targets = new Set<string>();
    for (const specifier of scanImports(readFileSync(file, "utf8"))) {
      const target = resolveImport(file, specifier);
      if (!target) continue;
      targets.add(target);
      if (!importers.has(target)) importers.set(target, new Set());
      importers.get(target)!.add(file);
    }
    imports.set(file, targets);
  }
  return { imports, importers };
}

/** Every module that imports `file`, directly or through others. */
export function dependentsOf(graph: ImportGraph, file: string): Set<string> {
  const found = new Set<string>();
  const queue = [file];
  while (queue.length) {
    for (const importer of graph.importers.get(queue.pop()!) ?? [])
      if (!found.has(importer)) {
        found.add(importer);
        queue.push(importer);
      }
  }
  return found;
}

/** Every module `file` imports, directly or through others. */
export function dependenciesOf(graph: ImportGraph, file: string): Set<string> {
  const found = new Set<string>();
  const queue = [file];
  while (queue.length) {
    for (const target of graph.imports.get(queue.pop()!) ?? [])
      if (!found.has(target)) {
        found.add(target);
        queue.push(target);
      }
  }
  return found;
}

/** The data loaders (files directly in `dataDir`) that run `changed` (or are it), sorted. */
export function loadersToRerun(graph: ImportGraph, changed: string, dataDir: string): string[] {
  return [changed, ...dependentsOf(graph, changed)]
    .filter((file) => dirname(file) === dataDir)
    .sort();
}
