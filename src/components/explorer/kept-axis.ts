/**
 * A Plot chart whose band axis does not change from one filter change to the next (the bins of a
 * histogram, the nutrients of the box plots): its axis is drawn once per key, then each redraw
 * draws the marks and the other axis only, and puts a copy of the axis back where Plot drew it.
 * Axes are most of a Plot render's cost (one text element and one tick per label), the bars little.
 * The copy is used only when the redraw's scales span the very same ranges as the first drawing's,
 * so it lines up with the marks; otherwise the chart is drawn whole.
 */
import * as Plot from "npm:@observablehq/plot";

interface KeptAxis {
  /** The axis' groups (ticks, tick labels, label) as Plot drew them. */
  readonly groups: readonly Element[];
  /** The aria-label of the group Plot drew right after them. */
  readonly before: string;
  /** Both scales' ranges in the first drawing: a redraw with other ranges does not reuse the axis. */
  readonly ranges: string;
}

const MAX_KEPT = 32; // a few widths × charts; cleared when exceeded
const kept = new Map<string, KeptAxis>();

/** Forgets every kept axis (tests: to draw a chart whole). */
export function forgetKeptAxes(): void {
  kept.clear();
}

type Chart = ReturnType<typeof Plot.plot>;

const ranges = (chart: Chart): string =>
  JSON.stringify([chart.scale("x")?.range, chart.scale("y")?.range]);

/**
 * Plot.plot(options), reusing the axis `axis` drawn for `key` when there is one. `key` must stand
 * for everything that axis depends on (width, height, margins, domain, labels, their format).
 */
export function plotKeepingAxis(axis: "x" | "y", key: string, options: Plot.PlotOptions): Chart {
  const prefix = `${axis}-axis`;
  const previous = kept.get(key);
  if (previous) {
    const chart = Plot.plot({ ...options, [axis]: { ...options[axis], axis: null } });
    const anchor = [...chart.children].find(
      (c) => c.getAttribute("aria-label") === previous.before,
    );
    if (anchor && ranges(chart) === previous.ranges) {
      for (const group of previous.groups) chart.insertBefore(group.cloneNode(true), anchor);
      return chart;
    }
  }
  const chart = Plot.plot(options);
  const children = [...chart.children];
  const groups = children.filter((c) => c.getAttribute("aria-label")?.startsWith(prefix));
  const last = groups.at(-1);
  const before = last?.nextElementSibling?.getAttribute("aria-label");
  // Only an axis drawn as one run of groups, followed by a labelled group, can be put back.
  const run = last ? children.slice(children.indexOf(groups[0]!), children.indexOf(last) + 1) : [];
  if (before && run.length === groups.length) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, {
      groups: groups.map((g) => g.cloneNode(true) as Element),
      before,
      ranges: ranges(chart),
    });
  }
  return chart;
}
