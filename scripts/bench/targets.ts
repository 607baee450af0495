/** The targets of the benchmarks issue, checked against the figures at the largest scale measured. */
import type { PipelineSummary } from "./pipeline-summary.ts";

export interface TargetCheck {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

const GiB = 2 ** 30;
const s = (x: number) => `${x.toFixed(2)} s`;

export function pipelineTargets(p: PipelineSummary): TargetCheck[] {
  const peak = Math.max(p.peakRssBytes.ingest, p.peakRssBytes.exports, p.peakRssBytes.build ?? 0);
  return [
    {
      name: `ingest / floor (scale ${p.scale})`,
      target: "≤ 4×",
      measured: `${p.ingestOverFloor.median.toFixed(2)}×`,
      met: p.ingestOverFloor.median <= 4,
    },
    {
      name: `data build: ingest + exports (scale ${p.scale})`,
      target: "≤ 60 s",
      measured: s(p.seconds.dataBuild.median),
      met: p.seconds.dataBuild.median <= 60,
    },
    {
      name: `no-change rebuild of the data (scale ${p.scale})`,
      target: "≤ 2 s, ingest skipped",
      measured: `${s(p.seconds.noChangeRebuild.median)}, ${p.noChangeRebuildSkippedIngest ? "skipped" : "NOT skipped"}`,
      met: p.seconds.noChangeRebuild.median <= 2 && p.noChangeRebuildSkippedIngest,
    },
    {
      name: `peak RSS of the data build and site build (scale ${p.scale})`,
      target: "≤ 1.5 GiB",
      measured: `${(peak / GiB).toFixed(2)} GiB`,
      met: peak <= 1.5 * GiB,
    },
  ];
}
