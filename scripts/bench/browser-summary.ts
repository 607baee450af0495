/** The browser part of the results, with the native runs beside it: what latest.json holds. */
import type { BrowserResults } from "./browser.ts";
import type { ExplorerKind } from "./explorer-changes.ts";
import type { NativeRun } from "./native.ts";

export interface BrowserSection extends BrowserResults {
  /** The explorer's changes by DuckDB in Node: one thread (as DuckDB-WASM), then the default. */
  readonly native: readonly NativeRun[];
}

/** Browser / native per explorer filter kind, at p50 and p95 (charts drawn vs queries run). */
export function nativeRatios(b: BrowserSection) {
  return b.changes
    .filter((c) => c.page === "explorer")
    .map((c) => ({
      kind: c.kind as ExplorerKind,
      browser: c.charts,
      native: b.native.flatMap((n) => {
        const latencies = n.kinds?.[c.kind as ExplorerKind];
        if (!latencies) return [];
        return [
          {
            threads: n.threads,
            latencies,
            p50: c.charts.p50 / latencies.p50,
            p95: c.charts.p95 / latencies.p95,
          },
        ];
      }),
    }));
}
