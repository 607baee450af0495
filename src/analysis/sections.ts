/**
 * The sections of an analysis page, tied to the page: each is the element(s) marked
 * `data-section="<name>"` and a loader of its results for a year range. Which section loads when is
 * SectionSchedule's (src/analysis/section-schedule.ts): after the first paint, a change of years
 * redraws the sections in view at once, and the others when they scroll into view. Meanwhile they
 * carry aria-busy="true" (style.css dims them). The benchmark's mark, and the address, follow the
 * sections in view: both are written once those are drawn.
 */
import { inView } from "../components/in-view.js";
import { writeUrlOnceDrawn } from "../components/url-state.js";
import { setChartsMark } from "./charts-mark.js";
import type { YearRange } from "./query.js";
import { SectionSchedule } from "./section-schedule.js";

export type SectionLoaders = Readonly<Record<string, (range: YearRange) => Promise<unknown>>>;

export interface PageSections<S extends SectionLoaders> {
  /**
   * The section's results for the range, once it is in view (at once at the first paint).
   * `invalidation`: the calling cell's (Framework's built-in), so that a newer range does not wait
   * for this one (see SectionSchedule.load).
   */
  load<K extends keyof S & string>(
    name: K,
    range: YearRange,
    invalidation: Promise<unknown>,
  ): ReturnType<S[K]>;
  /**
   * Call from a cell that runs once the section's charts are drawn; `drawnFrom`: the values they
   * are drawn from, so that the cell re-runs with them.
   */
  drawn(name: keyof S & string, range: YearRange, ...drawnFrom: unknown[]): void;
  /**
   * Starts the sections in view as soon as `input` changes: the page's cells run only at the next
   * animation frame (Framework's runtime), and their loads then find the queries under way.
   */
  prefetch<I extends EventTarget & { value: YearRange }>(input: I): I;
}

/** A change's address is written once its sections in view are drawn, or after this at the latest. */
const URL_WAIT_MS = 1000;

const selector = (name: string) => `[data-section="${CSS.escape(name)}"]`;

/**
 * From the reader's first change on, the browser skips the style, layout and paint of the sections
 * out of view (content-visibility: auto), so that a change lays out the sections in view without
 * every chart below them. Each section is first given the height it is drawn at as its intrinsic
 * size (`auto`: replaced by its real height whenever it is rendered again), so the page's height
 * and the scrollbar do not move.
 */
function skipOffscreen(elements: readonly Element[]): void {
  // The intrinsic size is the content box's: the box's height without its padding and borders.
  const heights = elements.map((element) => {
    const css = getComputedStyle(element);
    const edges = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"] as const;
    const frame = edges.reduce((sum, edge) => sum + parseFloat(css[edge]), 0);
    return element.getBoundingClientRect().height - frame;
  });
  elements.forEach((element, i) => {
    const style = (element as HTMLElement).style;
    style.containIntrinsicBlockSize = `auto ${heights[i]}px`;
    style.contentVisibility = "auto";
  });
}

export function pageSections<S extends SectionLoaders>(loaders: S): PageSections<S> {
  const elements = (name: string) => [...document.querySelectorAll(selector(name))];
  const names = Object.keys(loaders);
  for (const name of names)
    if (!elements(name).length) throw new Error(`no element has data-section="${name}"`);

  const sectionOf = new Map(names.flatMap((name) => elements(name).map((e) => [e, name] as const)));
  const seen = inView((element) => schedule.reveal(sectionOf.get(element)!));
  const visible = (name: string) => elements(name).some((element) => seen.visible(element));

  const writeUrl = writeUrlOnceDrawn(URL_WAIT_MS);
  // Set once the first paint is drawn: only then do the sections have their heights to keep.
  let firstPaintDrawn = false;
  let skipping = false;

  const schedule = new SectionSchedule({
    visible,
    busy(name, waiting) {
      for (const element of elements(name))
        if (waiting) element.setAttribute("aria-busy", "true");
        else element.removeAttribute("aria-busy");
    },
    allDrawn() {
      firstPaintDrawn = true;
      setChartsMark(writeUrl);
    },
  });
  for (const element of sectionOf.keys()) seen.observe(element);

  return {
    load(name, range, invalidation) {
      // Pages are JavaScript: a missing argument would fail later, and less clearly.
      if (!(invalidation instanceof Promise))
        throw new Error(
          `sections.load("${name}", range, invalidation): pass the cell's invalidation`,
        );
      return schedule.load(name, range, () => loaders[name](range), invalidation) as never;
    },
    drawn(name, range, ...drawnFrom) {
      void drawnFrom;
      schedule.drawn(name, range);
    },
    prefetch(input) {
      input.addEventListener("input", () => {
        if (firstPaintDrawn && !skipping) {
          skipping = true;
          skipOffscreen([...sectionOf.keys()]);
        }
        const range = input.value;
        for (const name of names) if (visible(name)) void loaders[name](range).catch(() => {});
      });
      return input;
    },
  };
}
