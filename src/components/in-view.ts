/**
 * Whether elements are in the viewport, kept up to date by one IntersectionObserver, read
 * synchronously (a filter change asks while its event runs). `onEnter` is called when one comes
 * into view.
 */
export interface InView {
  /** Whether any part of the element is in the viewport. */
  visible(element: Element): boolean;
  observe(element: Element): void;
}

export function inView(onEnter: (element: Element) => void): InView {
  const state = new Map<Element, boolean>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      state.set(entry.target, entry.isIntersecting);
      if (entry.isIntersecting) onEnter(entry.target);
    }
  });
  return {
    visible(element) {
      const known = state.get(element);
      if (known !== undefined) return known;
      // Before the observer's first report: where the element is now.
      const box = element.getBoundingClientRect();
      return box.bottom >= 0 && box.top <= innerHeight && box.height > 0;
    },
    observe: (element) => observer.observe(element),
  };
}
