/** The Overview card of the Weekday vs weekend page, from its first-paint JSON only. */
import type { FirstPaint } from "../../analysis/page-data.js";
import type { PageResults } from "../../analysis/query.js";
import type { WEEKDAY_QUERIES } from "../../analysis/weekday-queries.js";
import { analyseVolume, volumeInterpretation } from "../../analysis/weekday-volume.js";
import { lang } from "../../i18n/index.js";
import { dayChart } from "./day-chart.js";

export type WeekdayFirstPaint = FirstPaint<PageResults<typeof WEEKDAY_QUERIES>>;

export function weekdayHeadline(
  first: WeekdayFirstPaint,
  { width }: { width: number },
): { finding: string; chart: Element } {
  const volume = analyseVolume(first.results.days);
  return {
    finding: volumeInterpretation(volume, lang),
    chart: dayChart(volume, { width, height: 140, compact: true }),
  };
}
