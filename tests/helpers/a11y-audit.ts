/**
 * Accessibility checks run inside a page (theme and a11y browser tests): text contrast against its
 * real background (WCAG AA), light boxes left on a dark page, charts' names and text alternatives,
 * form controls' labels, and the pages the sidebar lists.
 */
import type { Page } from "playwright-core";

export interface ContrastOffender {
  text: string;
  where: string;
  color: string;
  background: string;
  ratio: number;
  required: number;
}

/** Paths of the pages the sidebar lists (so pages added later are covered too). */
export async function sidebarPages(page: Page): Promise<string[]> {
  const paths = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar a[href]")].map(
      (a) => new URL(a.href).pathname,
    ),
  );
  return [...new Set(paths.map((p) => p.replace(/\.html$/, "").replace(/\/index$/, "/")))];
}

/** Waits until a page has drawn: network quiet, fonts ready, and a moment for the last redraws. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
}

/**
 * Every visible text below WCAG AA: 4.5:1, or 3:1 for large text (24px, or 18.66px bold). HTML text
 * against the first opaque background up its ancestors (translucent ones composited); SVG text
 * against its halo when it has one, else the topmost filled shape under its centre drawn before it,
 * else the SVG's background. Also: boxes larger than 40×40 px with a light background when the
 * page is dark.
 */
export async function contrastAudit(
  page: Page,
): Promise<{ offenders: ContrastOffender[]; lightBoxes: string[]; checked: number }> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const cache = new Map<string, RGBA>();
    /** Any CSS colour (rgb, color(srgb …), oklch, color-mix…) as sRGB 0–255 and alpha 0–1. */
    const parse = (css: string): RGBA => {
      const hit = cache.get(css);
      if (hit) return hit;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "rgba(0,0,0,0)";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      const value: RGBA = a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
      cache.set(css, value);
      return value;
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = ([r, g, b]: RGBA) => {
      const f = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [x, y] = [lum(a), lum(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    const css = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(" ")} / ${c[3].toFixed(2)})`;
    const dark = getComputedStyle(document.documentElement).colorScheme.includes("dark");
    const canvasColour: RGBA = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    /** The background an element is drawn on: its own and its ancestors', composited. */
    const backgroundOf = (start: Element | null): RGBA => {
      const layers: RGBA[] = [];
      for (let el = start; el; el = el.parentElement) {
        const bg = parse(getComputedStyle(el).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let colour = canvasColour;
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const opacityOf = (start: Element | null) => {
      let alpha = 1;
      for (let el = start; el; el = el.parentElement) alpha *= Number(getComputedStyle(el).opacity);
      return alpha;
    };
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
        const id = e.id ? `#${e.id}` : "";
        const test = e.getAttribute("data-testid");
        const cls =
          typeof e.className === "string" && e.className ? `.${e.className.split(/\s+/)[0]}` : "";
        parts.unshift(`${e.tagName.toLowerCase()}${id}${test ? `[data-testid=${test}]` : cls}`);
        if (e.id || test) break;
      }
      return parts.join(" > ");
    };
    const large = (style: CSSStyleDeclaration) => {
      const size = parseFloat(style.fontSize);
      return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    };
    const visible = (el: Element) =>
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true });

    const offenders: ContrastOffender[] = [];
    let checked = 0;
    const shapes = new WeakMap<SVGSVGElement, SVGGeometryElement[]>();
    const shapesOf = (svg: SVGSVGElement) => {
      let list = shapes.get(svg);
      if (!list) {
        list = [
          ...svg.querySelectorAll<SVGGeometryElement>("rect, path, circle, ellipse, polygon"),
        ].filter((s) => {
          const st = getComputedStyle(s);
          return st.fill !== "none" && parse(st.fill)[3] > 0 && Number(st.fillOpacity) > 0.2;
        });
        shapes.set(svg, list);
      }
      return list;
    };
    /** What an SVG text is drawn on. */
    const svgBackground = (text: SVGTextElement, style: CSSStyleDeclaration): RGBA => {
      const svg = text.ownerSVGElement!;
      let colour = backgroundOf(svg);
      // A halo (stroke painted under the fill) is what the letters sit on.
      const halo = style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2;
      if (halo && style.paintOrder.startsWith("stroke")) {
        const stroke = parse(style.stroke);
        return over(
          [...stroke.slice(0, 3), stroke[3] * Number(style.strokeOpacity)] as RGBA,
          colour,
        );
      }
      const box = text.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      let below: SVGGeometryElement | null = null;
      for (const shape of shapesOf(svg)) {
        if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const r = shape.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
        const ctm = shape.getScreenCTM();
        if (!ctm) continue;
        const point = new DOMPoint(x, y).matrixTransform(ctm.inverse());
        if (shape.isPointInFill(point)) below = shape;
      }
      if (below) {
        const st = getComputedStyle(below);
        const fill = parse(st.fill);
        const alpha = fill[3] * Number(st.fillOpacity) * opacityOf(below);
        colour = over([...fill.slice(0, 3), alpha] as RGBA, colour);
      }
      return colour;
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      if (el.closest("script, style, noscript, title, desc, option")) continue;
      // WCAG 1.4.3 exempts inactive controls: a disabled button may be faint.
      if (el.closest(":disabled, [aria-disabled=true]")) continue;
      if (!visible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue; // visually hidden
      seen.add(el);
      const style = getComputedStyle(el);
      const text = el instanceof SVGElement ? el.closest("text") : null;
      let fg: RGBA;
      let bg: RGBA;
      if (text) {
        const ts = getComputedStyle(text);
        const fill = parse(ts.fill);
        if (ts.fill === "none" || fill[3] === 0) continue;
        bg = svgBackground(text as SVGTextElement, ts);
        fg = over(
          [...fill.slice(0, 3), fill[3] * Number(ts.fillOpacity) * opacityOf(text)] as RGBA,
          bg,
        );
      } else {
        bg = backgroundOf(el);
        const colour = parse(style.color);
        fg = over([...colour.slice(0, 3), colour[3] * opacityOf(el)] as RGBA, bg);
      }
      checked++;
      const required = large(style) ? 3 : 4.5;
      const r = ratio(fg, bg);
      if (r < required - 0.005)
        offenders.push({
          text: node.textContent.trim().slice(0, 50),
          where: describe(el),
          color: css(fg),
          background: css(bg),
          ratio: Math.round(r * 100) / 100,
          required,
        });
    }

    // Generated text (a callout's title, Framework's pager labels) is no text node: checked apart.
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el) || el.closest(":disabled, [aria-disabled=true]")) continue;
      for (const pseudo of ["::before", "::after"]) {
        const style = getComputedStyle(el, pseudo);
        const content = /^"(.*)"$/.exec(style.content)?.[1] ?? "";
        if (!content.trim() || style.display === "none") continue;
        const own = parse(style.backgroundColor);
        const bg = own[3] > 0 ? over(own, backgroundOf(el)) : backgroundOf(el);
        const colour = parse(style.color);
        const fg = over([...colour.slice(0, 3), colour[3] * opacityOf(el)] as RGBA, bg);
        checked++;
        const required = large(style) ? 3 : 4.5;
        const r = ratio(fg, bg);
        if (r < required - 0.005)
          offenders.push({
            text: `${pseudo} ${content.slice(0, 40)}`,
            where: describe(el),
            color: css(fg),
            background: css(bg),
            ratio: Math.round(r * 100) / 100,
            required,
          });
      }
    }

    const lightBoxes: string[] = [];
    if (dark)
      for (const el of document.body.querySelectorAll("*")) {
        const bg = parse(getComputedStyle(el).backgroundColor);
        if (bg[3] < 0.5 || lum(bg) < 0.4) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 40 && r.height > 40 && visible(el)) lightBoxes.push(describe(el));
      }
    return { offenders, lightBoxes, checked };
  });
}

export interface ChartProblem {
  chart: string;
  problem: string;
}

/**
 * Every chart (an SVG of the page's content at least 60 px wide, not decorative) has an accessible
 * name and a text alternative with a figure in it: aria-description, aria-describedby, <desc>, or
 * its figure's caption.
 */
export async function chartProblems(
  page: Page,
): Promise<{ charts: number; problems: ChartProblem[] }> {
  return page.evaluate(() => {
    const textOf = (ids: string | null) =>
      (ids ?? "")
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
        .join(" ")
        .trim();
    const problems: ChartProblem[] = [];
    let charts = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>("#observablehq-main svg")) {
      if (svg.ownerSVGElement || svg.closest("[aria-hidden=true]")) continue; // nested or decorative
      // A colour legend belongs to the chart beside it, which carries the name and description.
      if ([...svg.classList].some((c) => c.endsWith("-ramp"))) continue;
      const box = svg.getBoundingClientRect();
      if (box.width < 60 || box.height < 40) continue; // icons, swatches
      charts++;
      const where =
        svg.closest("[data-testid]")?.getAttribute("data-testid") ??
        svg.getAttribute("aria-label") ??
        `svg #${charts}`;
      const name =
        svg.getAttribute("aria-label") ||
        textOf(svg.getAttribute("aria-labelledby")) ||
        svg.querySelector(":scope > title")?.textContent ||
        "";
      if (!name.trim()) problems.push({ chart: where, problem: "no accessible name" });
      const caption = svg.closest("figure")?.querySelector("figcaption")?.textContent ?? "";
      const alternative = [
        svg.getAttribute("aria-description") ?? "",
        textOf(svg.getAttribute("aria-describedby")),
        svg.querySelector(":scope > desc")?.textContent ?? "",
        caption,
      ].join(" ");
      if (!alternative.trim()) problems.push({ chart: where, problem: "no text alternative" });
      else if (!/\d/.test(alternative))
        problems.push({
          chart: where,
          problem: `text alternative without a figure: ${alternative.trim().slice(0, 80)}`,
        });
    }
    return { charts, problems };
  });
}

/** Visible form controls without an accessible name from a label, aria-label(ledby) or title. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    >("input:not([type=hidden]), select, textarea")) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const labelled = [
        ...[...(el.labels ?? [])].map((l) => l.textContent ?? ""),
        el.getAttribute("aria-label") ?? "",
        ...(el.getAttribute("aria-labelledby") ?? "")
          .split(/\s+/)
          .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : "")),
        el.title,
      ].some((s) => s.trim());
      if (!labelled) {
        const holder = el.closest("[data-testid]")?.getAttribute("data-testid");
        out.push(
          `${el.tagName.toLowerCase()}${el.type ? `[type=${el.type}]` : ""}${el.name ? `[name=${el.name}]` : ""}${holder ? ` in [data-testid=${holder}]` : ""}`,
        );
      }
    }
    return out;
  });
}
