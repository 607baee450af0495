/** The Overview card of the Ratings page: its headline finding and a small chart, from the first paint. */
import type { FirstPaint } from "../../analysis/page-data.js";
import { pageSpeaker } from "../../analysis/ratings-interpret.js";
import { type RatingsResults, ratingDistribution } from "../../analysis/ratings-measures.js";
import { distributionChart } from "./distribution-chart.js";

export function ratingsHeadline(
  first: FirstPaint<RatingsResults>,
  { width }: { width: number },
): { finding: string; chart: Element } {
  const d = ratingDistribution(first.results.distribution);
  const s = pageSpeaker;
  const finding =
    d.ratings === 0
      ? s.t("ratings.empty")
      : s.t("ratings.headline", {
          five: s.percent(d.fiveShare),
          low: s.percent(d.lowShare),
          mean: s.fixed(d.mean, 2),
          unrated: s.percent(d.unratedShare),
          from: String(first.range.from),
          to: String(first.range.to),
        });
  return { finding, chart: distributionChart(d, { width, height: 140, compact: true }) };
}
