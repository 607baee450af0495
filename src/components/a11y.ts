/**
 * Page-wide accessibility repairs that no single page can make. Observable Inputs' range control
 * labels its number box but not its slider, so a screen reader announces an unnamed slider: every
 * unlabelled control inside an Inputs form is named by the form's own label.
 */

let serial = 0;

function hasName(el: HTMLElement): boolean {
  const labels = (el as HTMLInputElement).labels;
  return (
    !!labels?.length ||
    !!el.getAttribute("aria-label")?.trim() ||
    !!el.getAttribute("aria-labelledby")?.trim()
  );
}

const CONTROLS = "input:not([type=hidden]), select, textarea";

/** Names unlabelled controls under `root` after their form's label. */
export function labelInputs(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>(
    "form input:not([type=hidden]), form select, form textarea",
  )) {
    if (hasName(el)) continue;
    const label = el.closest("form")?.querySelector<HTMLLabelElement>(":scope > label");
    if (!label?.textContent?.trim()) continue;
    if (!label.id) label.id = `a11y-label-${++serial}`;
    el.setAttribute("aria-labelledby", label.id);
  }
}

/** Repairs the page now and whenever cells redraw. */
export function watchLabels(): void {
  const main = document.getElementById("observablehq-main");
  if (!main) return;
  labelInputs(main);
  let pending = false;
  // Only DOM changes that add a control are looked at: a filter change redraws charts and tables
  // many times, and rescanning every control of the page after each one cost ~3 ms of main thread.
  const addsControls = (records: MutationRecord[]) =>
    records.some((record) =>
      Array.from(record.addedNodes).some(
        (node) =>
          node instanceof Element && (node.matches(CONTROLS) || !!node.querySelector(CONTROLS)),
      ),
    );
  new MutationObserver((records) => {
    if (pending || !addsControls(records)) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      labelInputs(main);
    });
  }).observe(main, { childList: true, subtree: true });
}
