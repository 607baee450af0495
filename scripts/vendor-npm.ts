/**
 * Fills Observable Framework's npm cache (`<root>/.observablehq/cache/_npm`) from node_modules, so that
 * `observable build` and `observable preview` never ask cdn.jsdelivr.net or registry.npmjs.org.
 *
 * How Framework 1.13.4 uses that cache (dist/npm.js):
 * - `npm:foo` without a version resolves to the highest `foo@<version>` folder in the cache, and asks the
 *   registry's "latest" only when there is none; so one folder per package pins it (no drift, no network).
 * - a file under `foo@<version>/` (`_esm.js` for the package entry, package paths for the rest) is
 *   used as is; only a missing file is downloaded from the CDN.
 * - relative imports inside cached files are followed, so bundles import each other as
 *   `../bar@<version>/_esm.js`, as the CDN's rewritten bundles do.
 *
 * Usage: `tsx scripts/vendor-npm.ts [--root <source root>]` (default `src`). Does nothing when up to date.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as Esbuild from "esbuild";

/**
 * Packages the app's pages import as `npm:` (directly or through Framework's `Plot`, `Inputs`, `sql`,
 * `FileAttachment`). Bare imports in local modules (e.g. @stdlib in src/analysis/stats.ts) are not
 * listed: Framework bundles those from node_modules into `_node/` at build time, offline (except
 * NODE_BUNDLE's, written here as one module).
 */
export const APP_PACKAGES = [
  "@observablehq/plot",
  "d3",
  "d3-dsv", // FileAttachment.csv()/.tsv()
  "htl", // Inputs and html``
  "isoformat", // Inputs
  "apache-arrow", // FileAttachment.parquet()/.arrow(), DuckDBClient
  "parquet-wasm", // FileAttachment.parquet()
  "@duckdb/duckdb-wasm", // DuckDBClient and sql
] as const;

/**
 * Packages bundled together with their dependencies instead of one module per dependency: d3's 30
 * d3-* packages would otherwise be 30 more requests before a page's first chart (Plot imports d3).
 */
const INLINED_DEPENDENCIES: Record<string, (dependency: string) => boolean> = {
  d3: (dependency) => dependency.startsWith("d3-"),
};

/**
 * Bare imports of local modules that Framework would bundle package by package into `_node/`, each
 * @stdlib package importing dozens of others (141 modules, most of an analysis page's requests).
 * Written here instead as one esbuild bundle, the first package's `_node` file, which the others
 * re-export: Framework uses a `_node` file that exists as is. Same sources, so the same figures.
 */
export const NODE_BUNDLE = [
  "@stdlib/math-base-special-betainc",
  "@stdlib/math-base-special-gammainc",
  "@stdlib/stats-base-dists-normal-cdf",
  "@stdlib/stats-base-dists-normal-quantile",
  "@stdlib/stats-base-dists-t-cdf",
  "@stdlib/stats-base-dists-t-quantile",
] as const;
const NODE_BUNDLE_BANNER = "// vendor-npm: one bundle for the @stdlib distribution functions\n";

/**
 * Resolved from the project root whoever imports them: Framework gives duckdb-wasm the page's Arrow
 * (not its own nested one) so that Arrow tables pass between the page and DuckDB.
 */
const SHARED_PACKAGES = new Set(["apache-arrow"]);

/**
 * Version given to packages Framework's client code names but the app does not use (lodash, echarts,
 * react…): the empty folder stops the registry look-up at build time, and a page that does use one fails
 * the build on the missing file, naming this version, instead of silently fetching from the CDN.
 */
export const STUB_VERSION = "0.0.0-not-vendored";

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPT_PATH = fileURLToPath(import.meta.url);
const MANIFEST_NAME = "_npm-vendor.json"; // beside _npm/, never inside: Framework reads every _npm entry as name@version

interface PackageRef {
  name: string;
  version: string;
  dir: string;
}

interface Entry {
  pkg: PackageRef;
  subpath: string; // "" for the package entry
}

interface Manifest {
  fingerprint: string;
  folders: string[];
  files: string[];
  nodeFiles?: string[]; // under _node/
}

interface FrameworkInfo {
  version: string;
  dir: string;
  duckdbWasmVersion: string;
  builtins: Set<string>;
  references: string[]; // npm: specifiers in Framework's client code
}

export interface VendorResult {
  updated: boolean;
  cacheDir: string;
  folders: string[];
}

export class VendorError extends Error {}

export async function vendorNpm({ root = "src", log = console.log } = {}): Promise<VendorResult> {
  const cacheDir = path.resolve(PROJECT_DIR, root, ".observablehq", "cache");
  const npmDir = path.join(cacheDir, "_npm");
  const framework = readFramework();
  const esbuild = loadEsbuild(framework.dir);
  const fingerprint = computeFingerprint(framework, esbuild.version);
  const previous = await readManifest(cacheDir);
  if (previous && isUpToDate(previous, fingerprint, npmDir, cacheDir)) {
    log(`vendor-npm: ${path.relative(process.cwd(), npmDir)} is up to date`);
    return { updated: false, cacheDir, folders: previous.folders };
  }

  const started = performance.now();
  const tmpDir = `${npmDir}.tmp-${process.pid}`;
  const files = await vendorInto(tmpDir, framework, esbuild).catch(async (error: unknown) => {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  });
  await rm(npmDir, { recursive: true, force: true }); // also drops folders Framework may have fetched online
  await rename(tmpDir, npmDir);
  // Framework's bundles of bare imports (`_node/`) are keyed by name@version only, and each one
  // names its dependencies' bundle paths: when the lock file or vendor/ changes, start them afresh.
  await rm(path.join(cacheDir, "_node"), { recursive: true, force: true });
  const nodeFiles = await writeNodeBundle(path.join(cacheDir, "_node"), esbuild);
  const manifest: Manifest = { fingerprint, folders: listVersionFolders(npmDir), files, nodeFiles };
  await writeFile(path.join(cacheDir, MANIFEST_NAME), JSON.stringify(manifest, null, 1));
  log(
    `vendor-npm: ${manifest.folders.length} packages → ${path.relative(process.cwd(), npmDir)} in ${Math.round(performance.now() - started)} ms`,
  );
  return { updated: true, cacheDir, folders: manifest.folders };
}

async function vendorInto(
  outDir: string,
  framework: FrameworkInfo,
  esbuild: typeof Esbuild,
): Promise<string[]> {
  checkDuckDBVersion(framework);
  const entries = await bundleClosure(
    APP_PACKAGES.map((name) => ({ pkg: findPackage(name, PROJECT_DIR), subpath: "" })),
    outDir,
    esbuild,
  );
  const vendored = new Map(entries.map(({ pkg }) => [pkg.name, pkg]));
  const rawFiles = await copyReferencedFiles(framework, vendored, outDir);
  await createStubs(framework, vendored, outDir);
  return [...entries.map(entryOutputPath), ...rawFiles].sort();
}

/** Bundles each entry and, breadth first, every package its bundle imports. */
async function bundleClosure(
  roots: Entry[],
  outDir: string,
  esbuild: typeof Esbuild,
): Promise<Entry[]> {
  const done = new Map<string, Entry>();
  let wave = roots;
  while (wave.length) {
    const next: Entry[] = [];
    const todo = [...new Map(wave.map((entry) => [entryOutputPath(entry), entry])).values()].filter(
      (entry) => !done.has(entryOutputPath(entry)),
    );
    for (const entry of todo) done.set(entryOutputPath(entry), entry);
    // All settled before failing, so that no bundle is still being written when the caller cleans up.
    const results = await Promise.allSettled(
      todo.map((entry) => bundleEntry(entry, outDir, esbuild)),
    );
    for (const result of results) {
      if (result.status === "rejected") throw result.reason;
      next.push(...result.value);
    }
    wave = next;
  }
  warnOnDuplicateVersions([...done.values()]);
  return [...done.values()];
}

/** Writes one package entry as a browser ES module and returns the package entries it imports. */
async function bundleEntry(
  entry: Entry,
  outDir: string,
  esbuild: typeof Esbuild,
): Promise<Entry[]> {
  const { pkg, subpath } = entry;
  const outputPath = entryOutputPath(entry);
  const imports: Entry[] = [];
  const result = await esbuild
    .build({
      entryPoints: [subpath ? `${pkg.name}/${subpath}` : pkg.name],
      absWorkingDir: ownerDir(pkg), // so a nested copy of the package resolves to that copy
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      logLevel: "silent",
      plugins: [externalizePackages(pkg, outputPath, imports)],
    })
    .catch((error: unknown) => {
      throw new VendorError(
        `cannot bundle ${pkg.name}@${pkg.version}${subpath ? `/${subpath}` : ""}: ${String(error)}`,
      );
    });
  const [output] = result.outputFiles;
  if (!output) throw new VendorError(`esbuild wrote nothing for ${pkg.name}@${pkg.version}`);
  await writeOutput(outDir, outputPath, output.contents);
  return imports;
}

/**
 * Leaves imports of other packages out of the bundle, pointing them at those packages' cached bundles,
 * so that each package is loaded once per page (one d3, one Arrow) as with the CDN's bundles.
 */
function externalizePackages(
  self: PackageRef,
  outputPath: string,
  imports: Entry[],
): Esbuild.Plugin {
  return {
    name: "externalize-packages",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        // A require() stays bundled: esbuild cannot turn it into an import of an ES module.
        if (args.kind === "entry-point" || args.kind === "require-call") return undefined;
        const { name, subpath } = parseSpecifier(args.path);
        if (name === self.name || INLINED_DEPENDENCIES[self.name]?.(name)) return undefined;
        const dependency: Entry = {
          pkg: findPackage(name, SHARED_PACKAGES.has(name) ? PROJECT_DIR : args.resolveDir, self),
          subpath,
        };
        imports.push(dependency);
        return { path: relativeImport(outputPath, entryOutputPath(dependency)), external: true };
      });
    },
  };
}

/** Writes NODE_BUNDLE into Framework's `_node` cache; returns the files written, relative to it. */
async function writeNodeBundle(nodeDir: string, esbuild: typeof Esbuild): Promise<string[]> {
  const packages = NODE_BUNDLE.map((name) => findPackage(name, PROJECT_DIR));
  // Framework's name for a package entry's bundle: `_node/<name>@<version>/index.js`.
  const files = packages.map((pkg) => `${pkg.name}@${pkg.version}/index.js`);
  const [host] = files as [string, ...string[]];
  const entry = packages
    .map((pkg, i) => `export { default as f${i} } from ${JSON.stringify(pkg.name)};`)
    .join("\n");
  const result = await esbuild
    .build({
      stdin: {
        contents: `${entry}\nexport { default } from ${JSON.stringify(packages[0]!.name)};`,
        resolveDir: PROJECT_DIR,
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      logLevel: "silent",
    })
    .catch((error: unknown) => {
      throw new VendorError(`cannot bundle ${NODE_BUNDLE.join(", ")}: ${String(error)}`);
    });
  const [output] = result.outputFiles;
  if (!output) throw new VendorError(`esbuild wrote nothing for ${NODE_BUNDLE.join(", ")}`);
  await writeOutput(
    nodeDir,
    host,
    Buffer.concat([Buffer.from(NODE_BUNDLE_BANNER), output.contents]),
  );
  for (const [i, file] of files.entries()) {
    if (file === host) continue;
    const source = `${NODE_BUNDLE_BANNER}export { f${i} as default } from ${JSON.stringify(relativeImport(file, host))};\n`;
    await writeOutput(nodeDir, file, Buffer.from(source));
  }
  return files;
}

/** Copies the files Framework's client loads by path (duckdb-wasm's .wasm and workers, parquet-wasm's .wasm). */
async function copyReferencedFiles(
  framework: FrameworkInfo,
  vendored: Map<string, PackageRef>,
  outDir: string,
): Promise<string[]> {
  const copied: string[] = [];
  for (const specifier of framework.references) {
    const { name, subpath } = parseSpecifier(specifier);
    const pkg = vendored.get(name);
    if (!pkg || !path.extname(subpath)) continue;
    const outputPath = `${pkg.name}@${pkg.version}/${subpath}`;
    const source = path.join(pkg.dir, subpath);
    if (!existsSync(source))
      throw new VendorError(
        `Framework loads ${specifier}, missing from ${path.relative(PROJECT_DIR, pkg.dir)}`,
      );
    await copyRawFile(source, path.join(outDir, outputPath));
    copied.push(outputPath);
  }
  return copied;
}

async function copyRawFile(source: string, destination: string): Promise<void> {
  await mkdir(path.dirname(destination), { recursive: true });
  if (!/\.[cm]?js$/.test(source)) return copyFile(source, destination);
  // As Framework does for downloads: no source map link, which would point at a file not shipped.
  const text = await readFile(source, "utf8");
  await writeFile(destination, text.replace(/^\/\/# sourceMappingURL=.*$\n?/m, ""));
}

async function createStubs(
  framework: FrameworkInfo,
  vendored: Map<string, PackageRef>,
  outDir: string,
): Promise<void> {
  const names = new Set(framework.references.map((specifier) => parseSpecifier(specifier).name));
  for (const name of names) {
    if (vendored.has(name) || framework.builtins.has(name)) continue;
    await mkdir(path.join(outDir, `${name}@${STUB_VERSION}`), { recursive: true });
  }
}

/** Framework resolves `npm:@duckdb/duckdb-wasm` to its own pinned version whatever the cache holds. */
function checkDuckDBVersion(framework: FrameworkInfo): void {
  const installed = findPackage("@duckdb/duckdb-wasm", PROJECT_DIR).version;
  if (installed !== framework.duckdbWasmVersion) {
    throw new VendorError(
      `@observablehq/framework ${framework.version} loads @duckdb/duckdb-wasm ${framework.duckdbWasmVersion} but ${installed} is installed: pin ${framework.duckdbWasmVersion} in package.json`,
    );
  }
}

/** Page imports without a version get the highest cached one: two versions of a package are a trap. */
function warnOnDuplicateVersions(entries: Entry[]): void {
  const versions = new Map<string, Set<string>>();
  for (const { pkg } of entries)
    versions.set(pkg.name, (versions.get(pkg.name) ?? new Set()).add(pkg.version));
  for (const [name, set] of versions) {
    if (set.size > 1)
      console.warn(
        `vendor-npm: several versions of ${name} (${[...set].join(", ")}); npm:${name} gets the highest`,
      );
  }
}

// --- node_modules and the lockfile ---

/** Finds `name` as Node would from `fromDir`, and checks it is the version package-lock.json locks. */
function findPackage(name: string, fromDir: string, importer?: PackageRef): PackageRef {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, "node_modules", name);
    if (existsSync(path.join(pkgDir, "package.json"))) return checkLocked(name, pkgDir);
    if (path.dirname(dir) === dir) break;
  }
  const by = importer ? ` (imported by ${importer.name}@${importer.version})` : "";
  throw new VendorError(
    `package ${name}${by} is not in node_modules: run npm ci, or add it with npm install --save-exact`,
  );
}

function checkLocked(name: string, dir: string): PackageRef {
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    version: string;
  };
  const key = path.relative(PROJECT_DIR, dir).split(path.sep).join("/");
  const locked = readLockfile().packages?.[key]?.version;
  if (locked === undefined)
    throw new VendorError(
      `package ${name} (${key}) is not in package-lock.json: add it with npm install --save-exact`,
    );
  if (locked !== version)
    throw new VendorError(
      `package ${name} is ${version} in ${key} but package-lock.json locks ${locked}: run npm ci`,
    );
  return { name, version, dir };
}

let lockfile: { packages?: Record<string, { version?: string }> } | undefined;
function readLockfile(): NonNullable<typeof lockfile> {
  return (lockfile ??= JSON.parse(
    readFileSync(path.join(PROJECT_DIR, "package-lock.json"), "utf8"),
  ) as NonNullable<typeof lockfile>);
}

/** The folder whose node_modules holds the package: the project for hoisted ones, the parent for nested ones. */
function ownerDir(pkg: PackageRef): string {
  const marker = `${path.sep}node_modules${path.sep}`;
  return pkg.dir.slice(0, pkg.dir.lastIndexOf(marker));
}

// --- Framework ---

function readFramework(): FrameworkInfo {
  const require = createRequire(path.join(PROJECT_DIR, "package.json"));
  const dir = path.dirname(require.resolve("@observablehq/framework/package.json"));
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    version: string;
  };
  const dist = path.join(dir, "dist");
  const duckdbWasmVersion = matchOne(
    readFileSync(path.join(dist, "duckdb.js"), "utf8"),
    /DUCKDB_WASM_VERSION = "([^"]+)"/,
    "DUCKDB_WASM_VERSION",
  );
  // npm: specifiers that Framework serves from its own client code instead (Inputs, DuckDBClient…).
  const builtins = new Set(
    matchAll(
      readFileSync(path.join(dist, "resolvers.js"), "utf8"),
      /\["npm:([^"]+)", "\/_observablehq\//g,
    ),
  );
  return {
    version,
    dir,
    duckdbWasmVersion,
    builtins,
    references: scanClientReferences(path.join(dist, "client")),
  };
}

/** The npm: specifiers in Framework's browser code, which its build resolves even when a page never loads them. */
function scanClientReferences(clientDir: string): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(clientDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".js")) continue;
    for (const specifier of matchAll(
      readFileSync(path.join(clientDir, file), "utf8"),
      /["'`]npm:([^"'`]+)["'`]/g,
    ))
      found.add(specifier);
  }
  if (!found.size)
    throw new VendorError(`no npm: import found in ${clientDir}: has Framework changed?`);
  return [...found].sort();
}

function loadEsbuild(frameworkDir: string): typeof Esbuild {
  // The esbuild Framework itself depends on, whatever else node_modules holds.
  return createRequire(path.join(frameworkDir, "package.json"))("esbuild") as typeof Esbuild;
}

// --- up-to-date check ---

/** Everything the output depends on, cheap to read: the lockfile pins every vendored version. */
/** Our own packages in vendor/ (linked with file:), whose edits the lock file does not show. */
function vendoredSources(): string {
  const dir = path.join(PROJECT_DIR, "vendor");
  if (!existsSync(dir)) return "";
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((file) => `${path.relative(dir, file)}\0${readFileSync(file, "utf8")}`)
    .join("\0");
}

function computeFingerprint(framework: FrameworkInfo, esbuildVersion: string): string {
  return createHash("sha256")
    .update(readFileSync(path.join(PROJECT_DIR, "package-lock.json")))
    .update(readFileSync(SCRIPT_PATH))
    .update(vendoredSources())
    .update(`${framework.version}\0${esbuildVersion}\0${framework.references.join("\0")}`)
    .digest("hex");
}

async function readManifest(cacheDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(cacheDir, MANIFEST_NAME), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

function isUpToDate(
  manifest: Manifest,
  fingerprint: string,
  npmDir: string,
  cacheDir: string,
): boolean {
  if (manifest.fingerprint !== fingerprint || !existsSync(npmDir)) return false;
  // Framework writes its own, split, `_node` bundle wherever ours is missing: check it is ours.
  const nodeFiles = manifest.nodeFiles ?? [];
  if (nodeFiles.length !== NODE_BUNDLE.length) return false;
  for (const file of nodeFiles) {
    const target = path.join(cacheDir, "_node", file);
    if (!existsSync(target) || !readFileSync(target, "utf8").startsWith(NODE_BUNDLE_BANNER))
      return false;
  }
  const folders = listVersionFolders(npmDir);
  if (folders.join("\n") !== manifest.folders.join("\n")) return false; // e.g. a version Framework fetched online
  return manifest.files.every((file) => existsSync(path.join(npmDir, file)));
}

/** `name@version` folders, two levels deep for scoped packages, as Framework lists them. */
function listVersionFolders(npmDir: string): string[] {
  const folders: string[] = [];
  for (const entry of readdirSync(npmDir)) {
    if (entry.startsWith("@"))
      folders.push(...readdirSync(path.join(npmDir, entry)).map((sub) => `${entry}/${sub}`));
    else folders.push(entry);
  }
  return folders.sort();
}

// --- paths and specifiers ---

function parseSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split("/");
  const length = specifier.startsWith("@") ? 2 : 1;
  return { name: parts.slice(0, length).join("/"), subpath: parts.slice(length).join("/") };
}

/** Framework's names: `_esm.js` for a package entry, `<subpath>._esm.js` for another entry point. */
function entryOutputPath({ pkg, subpath }: Entry): string {
  return `${pkg.name}@${pkg.version}/${subpath ? `${subpath}._esm.js` : "_esm.js"}`;
}

function relativeImport(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

async function writeOutput(
  outDir: string,
  outputPath: string,
  contents: Uint8Array,
): Promise<void> {
  const destination = path.join(outDir, outputPath);
  await mkdir(path.dirname(destination), { recursive: true });
  await writeFile(destination, contents);
}

function matchOne(text: string, pattern: RegExp, what: string): string {
  const value = pattern.exec(text)?.[1];
  if (value === undefined)
    throw new VendorError(`cannot find ${what} in @observablehq/framework: has Framework changed?`);
  return value;
}

function matchAll(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (match) => match[1] ?? "");
}

// --- command line ---

function parseArgs(argv: string[]): { root?: string } {
  const index = argv.indexOf("--root");
  if (index === -1) return {};
  const root = argv[index + 1];
  if (!root) throw new VendorError("--root needs a folder");
  return { root: path.resolve(root) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === SCRIPT_PATH) {
  vendorNpm(parseArgs(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error instanceof VendorError ? `vendor-npm: ${error.message}` : error);
    process.exit(1);
  });
}
