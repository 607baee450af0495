/**
 * A chart drawn at its container's width and redrawn when that width changes, as Framework's
 * resize() does, except that a chart already drawn once (its width known, by key) is drawn at once:
 * resize() draws only from a ResizeObserver callback, up to a frame after the cell displayed it.
 * `drawn` settles once the chart is in the element, so the page can say when every chart is.
 */
const widths = new Map<string, number>();

export interface SizedChart {
  readonly element: HTMLDivElement;
  /** Resolves when the chart has been drawn into `element` the first time. */
  readonly drawn: Promise<void>;
}

export function sizedChart(
  key: string,
  draw: (width: number) => Node,
  invalidation?: Promise<unknown>,
): SizedChart {
  const element = document.createElement("div");
  element.style.position = "relative";
  let width = widths.get(key);
  let done!: () => void;
  const drawn = new Promise<void>((resolve) => (done = resolve));
  const render = (w: number) => {
    width = w;
    widths.set(key, w);
    element.replaceChildren(draw(w));
    done();
  };
  if (width) render(width);
  const observer = new ResizeObserver(([entry]) => {
    const w = entry?.contentRect.width ?? 0;
    if (w > 0 && w !== width) render(w);
  });
  observer.observe(element);
  invalidation?.then(() => observer.disconnect());
  return { element, drawn };
}
