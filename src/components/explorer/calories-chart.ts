/** Calories per serving of the filtered recipes in 100 kcal bins; the last bin holds everything above 2,000. */
import { formatInteger, t } from "../../i18n/index.js";
import { type BinRow, CALORIE_CAP, CALORIE_STEP } from "../../explorer/explorer-queries.js";
import { binChart } from "./bin-chart.js";

const label = (bin: number) =>
  bin >= CALORIE_CAP
    ? `≥ ${formatInteger(CALORIE_CAP)}`
    : `${formatInteger(bin)}–${formatInteger(bin + CALORIE_STEP - 1)}`;

export function caloriesChart(rows: readonly BinRow[], { width }: { width: number }): HTMLElement {
  const byBin = new Map(rows.map((r) => [r.bin, r.recipes]));
  const bars = Array.from(
    { length: CALORIE_CAP / CALORIE_STEP + 1 },
    (_, i) => i * CALORIE_STEP,
  ).map((b) => ({ label: label(b), recipes: byBin.get(b) ?? 0, flagged: b >= CALORIE_CAP }));
  const total = bars.reduce((a, b) => a + b.recipes, 0);
  let seen = 0;
  const median = bars.find((b) => (seen += b.recipes) >= total / 2);
  const summary =
    total && median
      ? t("explorer.chart.caloriesSummary", { bin: median.label, n: formatInteger(total) })
      : t("explorer.chart.empty");
  return binChart(bars, {
    width,
    title: t("explorer.chart.caloriesTitle"),
    xLabel: t("explorer.chart.caloriesAxis"),
    summary,
    testid: "chart-calories",
    labelEvery: 5,
  });
}
