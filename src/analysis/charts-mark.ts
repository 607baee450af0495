/**
 * The performance mark an analysis page sets once the charts of a year range are drawn, for the
 * benchmark (scripts/bench/in-page.ts waits for it). Charts drawn with resize() render in the
 * ResizeObserver step of the frame after their cell ran, so the mark waits two frames: the first is
 * the one that draws them, the second starts once they are drawn and painted.
 */
export const ANALYSIS_CHARTS_MARK = "analysis:charts";

/** `drawnFrom`: the values the page's charts are drawn from, so that the cell re-runs with them. */
export function markChartsDrawn(...drawnFrom: unknown[]): void {
  void drawnFrom;
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(ANALYSIS_CHARTS_MARK)));
}
