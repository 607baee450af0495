/** The targets of the benchmarks issue, checked against the figures at the largest scale measured. */
import type { BrowserSection } from "./browser-summary.ts";
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
  const peak = Math.max(
    p.peakRssBytes.ingest,
    p.peakRssBytes.store,
    p.peakRssBytes.exports,
    p.peakRssBytes.build ?? 0,
  );
  return [
    {
      name: `ingest / floor (scale ${p.scale})`,
      target: "≤ 4×",
      measured: `${p.ingestOverFloor.median.toFixed(2)}× (a plain DuckDB ingest: ${p.plainOverFloor.median.toFixed(2)}×)`,
      met: p.ingestOverFloor.median <= 4,
    },
    {
      name: `data build: ingest + export store + loaders (scale ${p.scale})`,
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

const ms = (x: number) => `${Math.round(x)} ms`;

/** The worst page for a figure, named, against its target. */
function worst<T>(
  items: readonly T[],
  value: (item: T) => number | null,
  label: (item: T) => string,
): { value: number; label: string } | null {
  let found: { value: number; label: string } | null = null;
  for (const item of items) {
    const v = value(item);
    if (v !== null && (!found || v > found.value)) found = { value: v, label: label(item) };
  }
  return found;
}

export function browserTargets(b: BrowserSection): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (
    name: string,
    target: string,
    limit: number,
    found: { value: number; label: string } | null,
    show: (x: number) => string,
  ) => {
    if (found)
      checks.push({
        name,
        target,
        measured: `${show(found.value)} (${found.label})`,
        met: found.value <= limit,
      });
  };
  const MB = 1e6;
  // The worst page for a per-load figure, named by its page.
  const worstLoad = (value: (l: (typeof b.loads)[number]) => number | null) =>
    worst(b.loads, value, (l) => l.page);
  add(
    "first visit: data downloaded (worst page)",
    "≤ 6 MB",
    6 * MB,
    worstLoad((l) => l.bytes.data),
    (x) => `${(x / MB).toFixed(2)} MB`,
  );
  add(
    "first chart after navigation (worst page, median)",
    "≤ 1.5 s",
    1500,
    worstLoad((l) => l.firstChart?.median ?? null),
    ms,
  );
  add(
    "all charts drawn (worst page, median)",
    "≤ 3 s",
    3000,
    worstLoad((l) => l.allCharts?.median ?? null),
    ms,
  );
  const explorer = (kind: string) =>
    b.changes.filter((c) => c.page === "explorer" && c.kind === kind);
  add(
    "explorer: minutes range, p95",
    "≤ 50 ms",
    50,
    worst(
      explorer("range"),
      (c) => c.charts.p95,
      () => "event → charts",
    ),
    ms,
  );
  for (const kind of ["tag", "ingredient", "text"])
    add(
      `explorer: ${kind} filter, p95`,
      "≤ 150 ms",
      150,
      worst(
        explorer(kind),
        (c) => c.charts.p95,
        () => "event → charts",
      ),
      ms,
    );
  add(
    "range filters of the other pages, p95 (worst page)",
    "≤ 50 ms",
    50,
    worst(
      // The sections in view (a section scrolled into view later is reported, without a target).
      b.changes.filter((c) => c.page !== "explorer" && c.signal !== "scroll-in"),
      (c) => c.charts.p95,
      (c) => `${c.page} ${c.kind}`,
    ),
    ms,
  );
  return checks;
}
