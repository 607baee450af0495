/** Several pipeline runs at one scale reduced to spreads, with the ratios the targets are about. */
import type { PipelineRun } from "./pipeline.ts";
import { spread, type Spread } from "./summary.ts";

export interface PipelineSummary {
  readonly scale: number;
  readonly recipes: number;
  readonly interactions: number;
  readonly runs: number;
  readonly seconds: {
    readonly generate: Spread;
    readonly ingest: Spread;
    readonly floor: Spread;
    /** A plain DuckDB ingest of the same files: typed columns, DuckDB's list casts, no checks. */
    readonly plainIngest: Spread;
    /** The export store, computed once after the ingest. */
    readonly store: Spread;
    /** Every loader of src/data, run one after the other as Framework does. */
    readonly exports: Spread;
    /** ingest + store + exports: the data build a user waits for. */
    readonly dataBuild: Spread;
    readonly build: Spread | null;
    readonly noChangeRebuild: Spread;
  };
  /** ingest / floor, each run's own ratio (both measured in the same run). */
  readonly ingestOverFloor: Spread;
  /** plain ingest / floor: what DuckDB's own typed read and write costs on these files. */
  readonly plainOverFloor: Spread;
  /** ingest / plain ingest: what the validation, exact parsing and atomic replace add. */
  readonly ingestOverPlain: Spread;
  readonly peakRssBytes: {
    readonly generate: number;
    readonly ingest: number;
    readonly store: number;
    readonly exports: number;
    readonly build: number | null;
  };
  readonly noChangeRebuildSkippedIngest: boolean;
  /** The plain ingest loaded every generated row in every run (it read the same files). */
  readonly plainIngestLoadedAll: boolean;
  /** Each data loader's seconds and peak RSS: where the exports' time goes. */
  readonly loaders: Record<string, { readonly seconds: Spread; readonly peakRssBytes: number }>;
  /** Bytes of each exported file (from the last run; they are deterministic). */
  readonly files: Record<string, number>;
}

export function summarisePipeline(runs: readonly PipelineRun[]): PipelineSummary {
  const first = runs[0];
  if (!first) throw new Error("no pipeline run to summarise");
  const of = (pick: (r: PipelineRun) => number) => spread(runs.map(pick));
  const builds = runs.flatMap((r) => (r.build ? [r.build] : []));
  return {
    scale: first.scale,
    recipes: first.recipes,
    interactions: first.interactions,
    runs: runs.length,
    seconds: {
      generate: of((r) => r.generate.seconds),
      ingest: of((r) => r.ingest.seconds),
      floor: of((r) => r.floor.seconds),
      plainIngest: of((r) => r.plainIngest.seconds),
      store: of((r) => r.store.seconds),
      exports: of((r) => r.exports.seconds),
      dataBuild: of((r) => r.ingest.seconds + r.store.seconds + r.exports.seconds),
      build: builds.length ? spread(builds.map((b) => b.seconds)) : null,
      noChangeRebuild: of((r) => r.noChangeRebuild.seconds),
    },
    ingestOverFloor: of((r) => r.ingest.seconds / r.floor.seconds),
    plainOverFloor: of((r) => r.plainIngest.seconds / r.floor.seconds),
    ingestOverPlain: of((r) => r.ingest.seconds / r.plainIngest.seconds),
    peakRssBytes: {
      generate: Math.max(...runs.map((r) => r.generate.peakRssBytes)),
      ingest: Math.max(...runs.map((r) => r.ingest.peakRssBytes)),
      store: Math.max(...runs.map((r) => r.store.peakRssBytes)),
      exports: Math.max(...runs.map((r) => r.exports.peakRssBytes)),
      build: builds.length ? Math.max(...builds.map((b) => b.peakRssBytes)) : null,
    },
    noChangeRebuildSkippedIngest: runs.every((r) => r.noChangeRebuild.skippedIngest),
    plainIngestLoadedAll: runs.every(
      (r) => r.plainIngest.recipes === r.recipes && r.plainIngest.interactions === r.interactions,
    ),
    loaders: Object.fromEntries(
      Object.keys(first.exports.loaders).map((name) => [
        name,
        {
          seconds: of((r) => r.exports.loaders[name]?.seconds ?? NaN),
          peakRssBytes: Math.max(...runs.map((r) => r.exports.loaders[name]?.peakRssBytes ?? 0)),
        },
      ]),
    ),
    files: runs.at(-1)!.exports.files,
  };
}
