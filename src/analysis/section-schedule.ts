/**
 * When each section of an analysis page loads and draws its results for a year range (the DOM side
 * is src/analysis/sections.ts). A page draws every section at its first paint. On a later change,
 * the sections in view load and draw at once; the others wait, marked busy, until they scroll into
 * view: a reader sees the charts in front of them update without waiting for those below the fold
 * (their queries and their drawing), and the page's work follows where the reader looks.
 */
import type { YearRange } from "./query.js";

export interface ScheduleHooks {
  /** Whether any part of the section is in view now. */
  visible(name: string): boolean;
  /** Shows a section as waiting (its content is of an earlier range) or not. */
  busy(name: string, waiting: boolean): void;
  /** Every section loaded for the current range has drawn it. */
  allDrawn(): void;
}

interface Waiting {
  range: YearRange;
  start(): void;
  /** Gives up the wait: a newer range replaced it. */
  drop(): void;
}

/**
 * Rejects a section's wait for a range the page has left. Observable's runtime runs a cell's next
 * definition only once its previous one has settled, so a cell still awaiting an old range would
 * otherwise hold back the new one until its section came into view (and then run the old range's
 * queries first). The runtime ignores a rejection of a definition it has already replaced.
 */
export class SectionSuperseded extends Error {
  constructor(name: string) {
    super(`section ${name}: a newer year range replaced the one it waited for`);
  }
}

export class SectionSchedule {
  /** Sections drawn once (the first paint draws them all). */
  readonly #started = new Set<string>();
  /** Sections out of view waiting for a reader, with what starts them. */
  readonly #waiting = new Map<string, Waiting>();
  /** Sections loading or drawing the current range. */
  readonly #inFlight = new Set<string>();
  #current: YearRange | null = null;

  constructor(private readonly hooks: ScheduleHooks) {}

  /**
   * `start()` now when the section is in view or has never been drawn, else once `reveal(name)`
   * says it came into view. A later call for the same section replaces a waiting one (the range it
   * waited for is no longer the page's).
   */
  load<T>(name: string, range: YearRange, start: () => Promise<T>): Promise<T> {
    // A cell asks for a new range once the runtime has re-run every cell of the old one: waits
    // for another range are stale, and settling them lets their cells take the new range.
    for (const [other, waiting] of this.#waiting)
      if (waiting.range.from !== range.from || waiting.range.to !== range.to) {
        this.#waiting.delete(other);
        waiting.drop();
      }
    this.#waiting.delete(name);
    if (!this.#started.has(name) || this.hooks.visible(name)) {
      this.#started.add(name);
      return this.#go(name, range, start);
    }
    this.hooks.busy(name, true);
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(name, {
        range,
        start: () => this.#go(name, range, start).then(resolve, reject),
        drop: () => reject(new SectionSuperseded(name)),
      });
    });
  }

  /** The section came into view: starts it if it waits. */
  reveal(name: string): void {
    const waiting = this.#waiting.get(name);
    if (!waiting) return;
    this.#waiting.delete(name);
    waiting.start();
  }

  /** Whether the section waits for a reader. */
  isWaiting(name: string): boolean {
    return this.#waiting.has(name);
  }

  /** The section has drawn `range` (ignored when the page has moved to another range since). */
  drawn(name: string, range: YearRange): void {
    if (range !== this.#current || !this.#inFlight.delete(name)) return;
    if (!this.#waiting.has(name)) this.hooks.busy(name, false);
    if (this.#inFlight.size === 0) this.hooks.allDrawn();
  }

  #go<T>(name: string, range: YearRange, start: () => Promise<T>): Promise<T> {
    // A new range (the view hands every cell the same object for one change) starts a new count.
    if (range !== this.#current) {
      this.#current = range;
      this.#inFlight.clear();
    }
    this.#inFlight.add(name);
    return start();
  }
}
