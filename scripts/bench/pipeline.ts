/**
 * The pipeline at one sample scale, as a user runs it: generate the raw CSVs, ingest them, compute
 * the export store, export the browser's files (every loader in src/data), build the site, then run the data step again with
 * nothing changed (it must skip the ingest). Each step is its own process under GNU time.
 */
import { readdirSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { FRAMEWORK_DATA_CACHE } from "../../loaders/data-cache.ts";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { FULL_SCALE } from "../../loaders/sample/generate.ts";
import { withBuildLock } from "../../tests/helpers/shared-site.ts";
import { measureCommand, tsxArgs } from "./measure.ts";

export interface StepRun {
  readonly seconds: number;
  readonly peakRssBytes: number;
}

export interface PipelineRun {
  readonly scale: number;
  readonly recipes: number;
  readonly interactions: number;
  readonly generate: StepRun;
  readonly ingest: StepRun;
  readonly floor: { readonly seconds: number };
  /** A plain DuckDB ingest of the same files (scripts/bench/plain-ingest.ts), for comparison. */
  readonly plainIngest: StepRun & { readonly recipes: number; readonly interactions: number };
  /** The browser's tables computed once into the export store (loaders/export-store.ts). */
  readonly store: StepRun;
  /** All loaders of src/data, one process each as Framework runs them. */
  readonly exports: StepRun & {
    readonly files: Record<string, number>;
    /** Each loader's own run, to find the one that costs. */
    readonly loaders: Record<string, StepRun>;
  };
  readonly build: StepRun | null;
  readonly noChangeRebuild: StepRun & { readonly skippedIngest: boolean };
}

const DATA_DIR = join(PROJECT_ROOT, "src", "data");

/** The loaders Framework runs at build time: src/data/<name>.<ext>.ts. */
export function dataLoaders(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => /^[^.]+\.[a-z]+\.ts$/.test(name))
    .sort();
}

const step = (m: { seconds: number; peakRssBytes: number }): StepRun => ({
  seconds: m.seconds,
  peakRssBytes: m.peakRssBytes,
});

export async function runPipeline(
  scale: number,
  work: string,
  options: { build: boolean; seed?: number },
): Promise<PipelineRun> {
  const raw = join(work, "raw");
  const db = join(work, "mangetamain.duckdb");
  const out = join(work, "exports");
  await rm(work, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const seed = String(options.seed ?? 42);

  const generate = await measureCommand(
    ...tsxArgs("loaders/cli/sample.ts", ["--out", raw, "--scale", String(scale), "--seed", seed]),
  );
  const ingest = await measureCommand(
    ...tsxArgs("loaders/cli/ingest.ts", ["--raw", raw, "--db", db, "--force"]),
  );
  const floorRun = await measureCommand(...tsxArgs("scripts/bench/floor-query.ts", [raw]));
  const floor = JSON.parse(floorRun.stdout.toString()) as { seconds: number };
  const plainDb = join(work, "plain-ingest.duckdb");
  const plainIngest = await measureCommand(
    ...tsxArgs("scripts/bench/plain-ingest.ts", [raw, plainDb]),
  );
  await rm(plainDb, { force: true });
  const store = await measureCommand(...tsxArgs("loaders/cli/export-store.ts", ["--db", db]));

  const files: Record<string, number> = {};
  const loaders: Record<string, StepRun> = {};
  let exportSeconds = 0;
  let exportPeak = 0;
  for (const loader of dataLoaders()) {
    const m = await measureCommand(...tsxArgs(join("src", "data", loader)), {
      MANGETAMAIN_DB: db,
    });
    const name = loader.replace(/\.ts$/, "");
    await writeFile(join(out, name), m.stdout);
    files[name] = m.stdout.length;
    loaders[name] = step(m);
    exportSeconds += m.seconds;
    exportPeak = Math.max(exportPeak, m.peakRssBytes);
  }

  let build: StepRun | null = null;
  if (options.build) {
    // Framework's loader cache is shared with every other build: take the lock, start it cold.
    build = await withBuildLock(async () => {
      await rm(FRAMEWORK_DATA_CACHE, { recursive: true, force: true });
      // The user's `npm run build` without its prebuild (the data step is timed above): Framework's
      // build, then the compressed copies and the build.json manifest (with the inline scripts'
      // hashes the server's CSP needs) that make the site servable.
      const m = await measureCommand(
        ...tsxArgs("scripts/build-site.ts", ["--out", join(work, "dist")]),
        { MANGETAMAIN_DB: db, OBSERVABLE_TELEMETRY_DISABLE: "1" },
      );
      // The cache now holds this benchmark's data: the next build must not reuse it.
      await rm(FRAMEWORK_DATA_CACHE, { recursive: true, force: true });
      return step(m);
    });
  }

  // `npm run data` clears Framework's loader cache when the database differs: take the lock too.
  const noChange = await withBuildLock(() =>
    measureCommand(...tsxArgs("loaders/cli/data.ts"), {
      MANGETAMAIN_RAW_DIR: raw,
      MANGETAMAIN_DB: db,
    }),
  );
  return {
    scale,
    recipes: Math.round(FULL_SCALE.recipes * scale),
    interactions: Math.round(FULL_SCALE.interactions * scale),
    generate: step(generate),
    ingest: step(ingest),
    floor,
    plainIngest: { ...step(plainIngest), ...JSON.parse(plainIngest.stdout.toString()) },
    store: step(store),
    exports: { seconds: exportSeconds, peakRssBytes: exportPeak, files, loaders },
    build,
    noChangeRebuild: {
      ...step(noChange),
      // Both steps skipped their work: the ingest, and the store (already up to date).
      skippedIngest:
        /inputs unchanged/.test(noChange.stderr) &&
        /export store: up to date/.test(noChange.stderr),
    },
  };
}
