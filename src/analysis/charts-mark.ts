/**
 * The performance mark an analysis page sets once the charts of a year range are drawn (those of
 * the sections in view: see src/analysis/sections.ts), for the
 * benchmark (scripts/bench/in-page.ts waits for it). Charts drawn with resize() render in the
 * ResizeObserver step of the frame after their cell ran. The mark is set by a task posted from that
 * frame's requestAnimationFrame callback: a task runs only once the frame's whole rendering update
 * (its ResizeObserver callbacks, which draw the charts, then its paint) is done. A second
 * requestAnimationFrame would instead wait for the next frame, up to a frame (16.7 ms) later.
 */
export const ANALYSIS_CHARTS_MARK = "analysis:charts";

/** Sets the mark once the frame that draws the charts is rendered, then calls `after`. */
export function setChartsMark(after?: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      performance.mark(ANALYSIS_CHARTS_MARK);
      after?.();
    };
    channel.port2.postMessage(null);
  });
}
