/** Mean ratings (1–5 stars only) of the filtered recipes in half-star bins; unrated recipes are counted aside. */
import { formatFixed, formatInteger, t } from "../../i18n/index.js";
import type { BinRow } from "../../explorer/explorer-queries.js";
import { binChart } from "./bin-chart.js";

const BINS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
const label = (bin: number) =>
  bin === 5 ? formatFixed(5, 1) : `${formatFixed(bin, 1)}–${formatFixed(bin + 0.5, 1)}`;

export function ratingChart(
  rows: readonly BinRow[],
  { width, unrated }: { width: number; unrated: number },
): HTMLElement {
  const byBin = new Map(rows.map((r) => [r.bin, r.recipes]));
  const bars = BINS.map((b) => ({ label: label(b), recipes: byBin.get(b) ?? 0 }));
  const rated = bars.reduce((a, b) => a + b.recipes, 0);
  const high = (byBin.get(4.5) ?? 0) + (byBin.get(5) ?? 0);
  const summary = rated
    ? t("explorer.chart.ratingSummary", {
        share: formatInteger(Math.round((100 * high) / rated)),
        rated: formatInteger(rated),
        unrated: formatInteger(unrated),
      })
    : t("explorer.chart.ratingNone", { unrated: formatInteger(unrated) });
  return binChart(bars, {
    width,
    title: t("explorer.chart.ratingTitle"),
    xLabel: t("explorer.chart.ratingAxis"),
    summary,
    testid: "chart-rating",
  });
}
