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
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      labelInputs(main);
    });
  }).observe(main, { childList: true, subtree: true });
}
