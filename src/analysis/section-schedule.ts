/**
 * When each section of a page loads and draws its results for a change of its filters (the DOM side
 * is src/analysis/sections.ts for the analysis pages' year range, src/explorer/view-schedule.ts for the
 * explorer). A page draws every section at its first paint. On a later change,
 * the sections in view load and draw at once; the others wait, marked busy, until they scroll into
 * view: a reader sees the charts in front of them update without waiting for those below the fold
 * (their queries and their drawing), and the page's work follows where the reader looks.
 */
export interface ScheduleHooks {
  /** Whether any part of the section is in view now. */
  visible(name: string): boolean;
  /** Shows a section as waiting (its content is of an earlier change) or not. */
  busy(name: string, waiting: boolean): void;
  /** Every section loaded for the current change has drawn it. */
  allDrawn(): void;
}

/** The rejection of a waiting load whose change the page no longer shows (its cell discards it). */
export const SUPERSEDED = new Error("superseded: the page moved to another change");

interface Waiting {
  start(): void;
}

export class SectionSchedule {
  /** Sections drawn once (the first paint draws them all). */
  readonly #started = new Set<string>();
  /** Sections out of view waiting for a reader, with what starts them. */
  readonly #waiting = new Map<string, Waiting>();
  /** Sections loading or drawing the current change. */
  readonly #inFlight = new Set<string>();
  /** The page's current change: its filters' value (a new object for each change). */
  #current: object | null = null;

  constructor(private readonly hooks: ScheduleHooks) {}

  /**
   * `start()` now when the section is in view or has never been drawn, else once `reveal(name)`
   * says it came into view. A later call for the same section replaces a waiting one (the change it
   * waited for is no longer the page's).
   * `superseded`: resolves once the caller no longer wants this change (the cell's `invalidation`).
   * A waiting load then rejects with SUPERSEDED and never starts. Needed because Observable's
   * runtime recomputes a cell only once its previous computation has settled: without it, a
   * section waiting out of view would keep its cell on the first of a series of changes, and on
   * coming into view would load that stale change before the page's current one.
   */
  load<T>(
    name: string,
    change: object,
    start: () => Promise<T>,
    superseded: Promise<unknown>,
  ): Promise<T> {
    this.#waiting.delete(name);
    if (!this.#started.has(name) || this.hooks.visible(name)) {
      this.#started.add(name);
      return this.#go(name, change, start);
    }
    this.hooks.busy(name, true);
    return new Promise<T>((resolve, reject) => {
      const waiting: Waiting = {
        start: () => this.#go(name, change, start).then(resolve, reject),
      };
      this.#waiting.set(name, waiting);
      void superseded.then(() => {
        if (this.#waiting.get(name) !== waiting) return; // started, or replaced already
        this.#waiting.delete(name);
        reject(SUPERSEDED);
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

  /** The section has drawn `change` (ignored when the page has moved to another one since). */
  drawn(name: string, change: object): void {
    if (change !== this.#current || !this.#inFlight.delete(name)) return;
    if (!this.#waiting.has(name)) this.hooks.busy(name, false);
    if (this.#inFlight.size === 0) this.hooks.allDrawn();
  }

  #go<T>(name: string, change: object, start: () => Promise<T>): Promise<T> {
    // A new change (a view hands every cell the same value object for one change) starts a new count.
    if (change !== this.#current) {
      this.#current = change;
      this.#inFlight.clear();
    }
    this.#inFlight.add(name);
    return start();
  }
}
