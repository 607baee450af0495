/** Preparation times of the filtered recipes in log-spaced bins; the absurd ones in their own, flagged bar. */
import { formatInteger, t } from "../../i18n/index.js";
import { type BinRow, MINUTE_EDGES } from "../../explorer/explorer-queries.js";
import { binChart } from "./bin-chart.js";

export function minuteBinLabel(bin: number): string {
  if (bin >= MINUTE_EDGES.length) return `> ${formatInteger(MINUTE_EDGES.at(-1)!)}`;
  if (bin === MINUTE_EDGES.length - 1)
    return `${formatInteger(MINUTE_EDGES[bin]!)}–${formatInteger(MINUTE_EDGES.at(-1)!)}`;
  return `${formatInteger(MINUTE_EDGES[bin]!)}–${formatInteger(MINUTE_EDGES[bin + 1]! - 1)}`;
}

export function minutesChart(rows: readonly BinRow[], { width }: { width: number }): HTMLElement {
  const byBin = new Map(rows.map((r) => [r.bin, r.recipes]));
  const bins = Array.from({ length: MINUTE_EDGES.length + 1 }, (_, i) => i);
  const absurd = byBin.get(MINUTE_EDGES.length) ?? 0;
  const bars = bins
    .filter((b) => b < MINUTE_EDGES.length || absurd > 0)
    .map((b) => ({
      label: minuteBinLabel(b),
      recipes: byBin.get(b) ?? 0,
      flagged: b === MINUTE_EDGES.length,
    }));
  const top = [...bars].sort((a, b) => b.recipes - a.recipes)[0];
  const summary =
    top && top.recipes
      ? t("explorer.chart.minutesSummary", { bin: top.label, n: formatInteger(top.recipes) }) +
        (absurd ? ` ${t("explorer.chart.minutesAbsurd", { n: formatInteger(absurd) })}` : "")
      : t("explorer.chart.empty");
  return binChart(bars, {
    width,
    title: t("explorer.chart.minutesTitle"),
    xLabel: t("explorer.chart.minutesAxis"),
    summary,
    testid: "chart-minutes",
  });
}
