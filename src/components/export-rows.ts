/**
 * The rows a download holds when a chart or table shows a computed structure rather than query
 * rows: one flat row per mark or cell, with the figures drawn (never the labels' wording).
 */
import type { ItemsAnalysis, NutrientAnalysis } from "../analysis/seasonality-stats.js";
import type { ItemAnalysis } from "../analysis/weekday-items.js";
import type { Comparison } from "../analysis/weekday-compare.js";
import type { VolumeAnalysis } from "../analysis/weekday-volume.js";

const SEASONS = [0, 1, 2, 3] as const;

/** Seasonality heatmap and table: one row per nutrient and season. */
export function seasonNutritionRows(nutrition: readonly NutrientAnalysis[]) {
  return nutrition.flatMap((n) =>
    SEASONS.map((s) => ({
      nutrient: n.nutrient,
      season: s,
      recipes: n.seasons[s]?.n ?? 0,
      mean: n.seasons[s]?.mean ?? null,
      median: n.seasons[s]?.median ?? null,
      z: Number.isFinite(n.z[s]) ? n.z[s] : null,
      p_adjusted: n.pAdjusted,
    })),
  );
}

/** Seasonality ingredient/tag heatmap: one row per item and season. */
export function seasonItemRows(items: ItemsAnalysis) {
  return items.items.flatMap((d) =>
    SEASONS.map((s) => ({
      kind: d.kind,
      item: d.item,
      season: s,
      recipes: d.counts[s] ?? 0,
      share: Number.isFinite(d.shares[s]) ? d.shares[s] : null,
      mean_share: d.meanShare,
      cv: d.cv,
      p_adjusted: d.pAdjusted,
    })),
  );
}

/** Weekday volume: one row per ISO day (1 = Monday). */
export const weekdayDayRows = (volume: VolumeAnalysis) => volume.days.map((d) => ({ ...d }));

/** Weekday vs weekend: totals and recipes per day of each. */
export const weekdayTypeRows = (volume: VolumeAnalysis) => [
  { day_type: "weekday", days: 5, recipes: volume.weekdayTotal, per_day: volume.weekdayPerDay },
  { day_type: "weekend", days: 2, recipes: volume.weekendTotal, per_day: volume.weekendPerDay },
];

/** A weekday comparison (a measure or a nutrient): one row per day type, then the test. */
export function comparisonRows(comparisons: readonly Comparison[]) {
  return comparisons.flatMap((c) =>
    (["weekday", "weekend"] as const).map((group) => ({
      measure: c.measure,
      day_type: group,
      n: c[group].n,
      mean: c[group].mean,
      median: c[group].median,
      variance: c[group].variance,
      difference: c.difference,
      p: c.test.p,
      p_decision: c.pDecision,
      significant: c.significant,
    })),
  );
}

/** Weekday items shown: the differences each way, with their test. */
export function weekdayItemRows(items: ItemAnalysis) {
  const row = (direction: string) => (d: ItemAnalysis["tested"][number]) => ({
    direction,
    kind: d.kind,
    item: d.item,
    weekday_recipes: d.weekday,
    weekend_recipes: d.weekend,
    weekday_share: d.weekdayShare,
    weekend_share: d.weekendShare,
    delta: d.delta,
    p: d.test.p,
    p_adjusted: d.pAdjusted,
    qualifies: d.qualifies,
  });
  return [...items.moreOnWeekend.map(row("weekend")), ...items.moreOnWeekdays.map(row("weekdays"))];
}
