/**
 * An Overview card for an analysis page: its name linking to it, its headline finding and a small
 * chart, both computed by the page's own headline function from its first-paint data.
 */
import { html } from "npm:htl";
import { lang, type MessageKey, t } from "../i18n/index.js";
import { urlForLang } from "../i18n/lang.js";

export type Headline<F> = (
  first: F,
  options: { width: number },
) => { finding: string; chart: Element };

export function pageCard<F>(
  path: string,
  titleKey: MessageKey,
  first: F,
  headline: Headline<F>,
): HTMLElement {
  const href =
    typeof location === "undefined"
      ? `./${path}`
      : urlForLang(new URL(`./${path}`, location.href).href, lang);
  const card = html`<div class="card page-card" data-testid=${`card-${path}`}>
    <h2><a href=${href}>${t(titleKey)}</a></h2>
    <p class="finding" data-testid=${`finding-${path}`}></p>
    <div class="chart"></div>
    <p><a href=${href}>${t("overview.pages.open")} →</a></p>
  </div>`;
  const finding = card.querySelector(".finding")!;
  const slot = card.querySelector(".chart")!;
  // Drawn at the card's width, and again when it changes.
  let drawnWidth = 0;
  const draw = (width: number) => {
    if (!width || width === drawnWidth) return;
    drawnWidth = width;
    const { finding: text, chart } = headline(first, { width });
    finding.textContent = text;
    slot.replaceChildren(chart);
  };
  draw(640); // the finding at once; the chart is redrawn at the card's real width below
  new ResizeObserver(([entry]) => draw(Math.floor(entry!.contentRect.width))).observe(slot);
  return card;
}
