/**
 * When the explorer draws each part of a change: the count and the table at once (they open the
 * results), the charts at once when any part of them is in view, else when they scroll into view
 * (meanwhile they keep the earlier change's bars, marked aria-busy). See SectionSchedule.
 */
import { SectionSchedule } from "../analysis/section-schedule.js";
import { inView } from "../components/in-view.js";

export type ExplorerPart = "results" | "charts";

export interface ExplorerSchedule {
  /** `invalidation`: the calling cell's (see SectionSchedule.load). */
  load<T>(
    part: ExplorerPart,
    change: object,
    start: () => Promise<T>,
    invalidation: Promise<unknown>,
  ): Promise<T>;
  drawn(part: ExplorerPart, change: object): void;
}

/** `allDrawn`: every part the change started is drawn (the charts too, when they were in view). */
export function explorerSchedule(charts: Element, allDrawn: () => void): ExplorerSchedule {
  const seen = inView(() => schedule.reveal("charts"));
  const schedule = new SectionSchedule({
    visible: (part) => part === "results" || seen.visible(charts),
    busy(part, waiting) {
      if (part !== "charts") return;
      if (waiting) charts.setAttribute("aria-busy", "true");
      else charts.removeAttribute("aria-busy");
    },
    allDrawn,
  });
  seen.observe(charts);
  return {
    load: (part, change, start, invalidation) => schedule.load(part, change, start, invalidation),
    drawn: (part, change) => schedule.drawn(part, change),
  };
}
