/**
 * build.json, written at the root of every built site: the build's id, the data snapshot it carries
 * (from its own summary.json, so it always describes the files served), the files with their hashes
 * (for the differences between two environments) and the hashes of each page's inline scripts (for
 * the server's Content-Security-Policy). env.json beside it is the build-time environment, which the
 * production server replaces by the environment where the site is served.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DetectedEnvironment } from "../../loaders/environment.ts";
import { type PipelineRun, pipelineRunPath } from "../../loaders/log-pipeline.ts";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { listFiles, sha256File } from "./files.ts";

export const MANIFEST_FILE = "build.json";
export const ENV_FILE = "env.json";

export interface DataSnapshot {
  readonly source: "real" | "sample";
  /** When the database the build read was made (ingest time). */
  readonly built_at: string;
  /** A hash of the data files the site serves: equal fingerprints, equal data. */
  readonly fingerprint: string;
  readonly rows: { readonly recipes: number; readonly interactions: number };
  readonly rejects: number;
}

export interface BuildManifest {
  readonly build_id: string;
  readonly built_at: string;
  /** Where the build was made: informative only; the badge says where it is served. */
  readonly built_in: DetectedEnvironment;
  readonly app_version: string;
  readonly data: DataSnapshot;
  readonly pipeline: PipelineRun | null;
  /** Site path → sha256 of its content, without build.json, env.json and compressed copies. */
  readonly files: Readonly<Record<string, string>>;
  /** Page path → CSP sources ('sha256-…') of its inline scripts. */
  readonly inline_scripts: Readonly<Record<string, readonly string[]>>;
}

/** What /env.json and the badge read. */
export interface EnvDocument extends DetectedEnvironment {
  readonly build_id: string | null;
  readonly data: DataSnapshot | null;
}

const isDerived = (f: string) =>
  f === MANIFEST_FILE || f === ENV_FILE || f.endsWith(".br") || f.endsWith(".gz");

interface SummaryFile {
  kpis: { recipes: number; reviews: number };
  provenance: { source: "real" | "sample"; built_at: string };
  quality: { rejects_total: number };
}

/** Every `<script>` without src, as the CSP source that allows exactly it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body!).digest("base64")}'`);
  }
  return hashes;
}

export async function createManifest(
  siteDir: string,
  options: { builtIn: DetectedEnvironment; dbPath: string | null; now?: Date },
): Promise<BuildManifest> {
  const names = (await listFiles(siteDir)).filter((f) => !isDerived(f));
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await sha256File(join(siteDir, name));

  const summaryName = names.find((f) => /^_file\/data\/summary\.[0-9a-f]+\.json$/.test(f));
  if (!summaryName)
    throw new Error(`${siteDir}: no _file/data/summary.<hash>.json, so no data snapshot to record`);
  const summary = JSON.parse(await readFile(join(siteDir, summaryName), "utf8")) as SummaryFile;

  const digest = (entries: string[]) =>
    createHash("sha256").update(entries.join("\n")).digest("hex");
  const data: DataSnapshot = {
    source: summary.provenance.source,
    built_at: summary.provenance.built_at,
    fingerprint: digest(
      names.filter((f) => f.startsWith("_file/data/")).map((f) => `${f} ${files[f]}`),
    ).slice(0, 16),
    rows: { recipes: summary.kpis.recipes, interactions: summary.kpis.reviews },
    rejects: summary.quality.rejects_total,
  };

  const inline: Record<string, string[]> = {};
  for (const name of names.filter((f) => f.endsWith(".html")))
    inline[name] = inlineScriptHashes(await readFile(join(siteDir, name), "utf8"));

  const now = options.now ?? new Date();
  const siteHash = digest(names.map((f) => `${f} ${files[f]}`));
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const runPath = options.dbPath ? pipelineRunPath(options.dbPath) : null;
  const pipeline =
    runPath && existsSync(runPath)
      ? (JSON.parse(await readFile(runPath, "utf8")) as PipelineRun)
      : null;
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  return {
    build_id: `${stamp}-${siteHash.slice(0, 8)}`,
    built_at: now.toISOString(),
    built_in: options.builtIn,
    app_version: pkg.version,
    data,
    pipeline,
    files,
    inline_scripts: inline,
  };
}

async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(tmp, path);
}

/** Writes build.json, and env.json with the build-time environment (the fallback of static hosts). */
export async function writeManifest(siteDir: string, manifest: BuildManifest): Promise<void> {
  await writeJsonAtomically(join(siteDir, MANIFEST_FILE), manifest);
  await writeJsonAtomically(join(siteDir, ENV_FILE), envDocument(manifest.built_in, manifest));
}

export function envDocument(env: DetectedEnvironment, manifest: BuildManifest | null): EnvDocument {
  return {
    env: env.env,
    label: env.label,
    source: env.source,
    build_id: manifest?.build_id ?? null,
    data: manifest?.data ?? null,
  };
}

export class ManifestError extends Error {
  override name = "ManifestError";
}

/** Reads a site's build.json; a missing or malformed one is an error naming the file. */
export async function readManifest(siteDir: string): Promise<BuildManifest> {
  const path = join(siteDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ManifestError(`${path} not found: this folder is not a site built by npm run build`);
  }
  let manifest: BuildManifest;
  try {
    manifest = JSON.parse(text) as BuildManifest;
  } catch (error) {
    throw new ManifestError(`${path}: not JSON (${(error as Error).message})`);
  }
  if (typeof manifest.build_id !== "string" || typeof manifest.data?.fingerprint !== "string")
    throw new ManifestError(`${path}: no build_id or data snapshot`);
  return manifest;
}

export { writeJsonAtomically };
