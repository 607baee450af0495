/**
 * The Overview card of the Seasonality page: its headline finding (how even the seasons are, and the
 * most seasonal ingredient) and a small chart of recipes per season, from the first-paint JSON only.
 */
import type { FirstPaint } from "../../analysis/page-data.js";
import type { PageResults } from "../../analysis/query.js";
import { headlineFinding } from "../../analysis/seasonality-interpret.js";
import type { SEASONALITY_QUERIES } from "../../analysis/seasonality-queries.js";
import {
  analyseSeasonCounts,
  analyseItems,
  seasonRows,
  seasonTotals,
} from "../../analysis/seasonality-stats.js";
import { lang } from "../../i18n/index.js";
import { seasonCountsChart } from "./season-counts-chart.js";

export function seasonalityHeadline(
  first: FirstPaint<PageResults<typeof SEASONALITY_QUERIES>>,
  { width }: { width: number },
): { finding: string; chart: Element } {
  const seasons = seasonRows(first.results.seasonMonths);
  const counts = analyseSeasonCounts(seasons);
  const ingredients = analyseItems(first.results.items, seasonTotals(seasons), "ingredient");
  return {
    finding: headlineFinding(lang, counts, ingredients),
    chart: seasonCountsChart(counts, { width, height: 180 }),
  };
}
