/**
 * A chart as a file: its SVG with the styles the page gives it written in (colours, fonts, resolved
 * from the theme's CSS variables), so the file looks like the page, in light or dark mode; and the
 * same SVG drawn into a canvas for a PNG (twice the pixels, for sharp text).
 */

/** Presentation properties a chart's look depends on, copied from the page's computed style. */
const PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
  "color",
] as const;

/** The chart's main SVG: the element itself, or the largest SVG inside a figure (not a legend swatch). */
export function mainSvg(chart: Element): SVGSVGElement | null {
  if (chart instanceof SVGSVGElement) return chart;
  let best: SVGSVGElement | null = null;
  let bestArea = -1;
  for (const svg of chart.querySelectorAll<SVGSVGElement>("svg")) {
    if (svg.parentElement?.closest("svg")) continue; // nested: part of a bigger one
    const box = svg.getBoundingClientRect();
    const area =
      box.width * box.height ||
      Number(svg.getAttribute("width")) * Number(svg.getAttribute("height"));
    if (area > bestArea) [best, bestArea] = [svg, area];
  }
  return best;
}

/** Properties an element does not inherit from its parent: written even when equal to it. */
const NOT_INHERITED = new Set(["opacity"]);

/** `color(srgb 0.96 0.96 0.97)` (how Chromium computes color-mix) → `rgb(245, 245, 247)`. */
function plainColours(value: string): string {
  return value.replace(
    /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/g,
    (_, r: string, g: string, b: string, a?: string) => {
      const [R, G, B] = [r, g, b].map((c) => Math.round(Number(c) * 255));
      return a === undefined ? `rgb(${R}, ${G}, ${B})` : `rgba(${R}, ${G}, ${B}, ${a})`;
    },
  );
}

/**
 * Writes the computed look into the copy: each property where it differs from the parent's (the
 * rest is inherited in the file too), and presentation attributes naming a CSS variable resolved.
 */
function inlineStyles(original: Element, copy: Element, parent?: CSSStyleDeclaration): void {
  const computed = getComputedStyle(original);
  const declarations: string[] = [];
  for (const property of PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (!value) continue;
    const inherited = parent?.getPropertyValue(property);
    if (parent && value === inherited && !NOT_INHERITED.has(property)) continue;
    if (NOT_INHERITED.has(property) && value === "1") continue;
    declarations.push(`${property}:${plainColours(value)}`);
  }
  if (declarations.length) copy.setAttribute("style", declarations.join(";"));
  else copy.removeAttribute("style");
  copy.removeAttribute("class");
  for (const attribute of ["fill", "stroke", "color"]) {
    if (copy.getAttribute(attribute)?.includes("var("))
      copy.setAttribute(attribute, plainColours(computed.getPropertyValue(attribute)));
  }
  const originals = original.children;
  const copies = copy.children;
  for (let i = 0; i < originals.length && i < copies.length; i++)
    inlineStyles(originals[i]!, copies[i]!, computed);
}

/** A standalone copy of the SVG: sizes, namespaces, the page's background, styles inlined. */
export function standaloneSvg(chart: Element): { text: string; width: number; height: number } {
  const svg = mainSvg(chart);
  if (!svg) throw new Error("no SVG in this chart");
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute("width")) || 640);
  const height = Math.round(box.height || Number(svg.getAttribute("height")) || 400);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.querySelectorAll("style").forEach((s) => s.remove()); // rules are inlined above
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.getAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // The page's background behind the chart, so light text in dark mode stays readable.
  let background = "";
  for (let node: Element | null = svg; node && !background; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour)) background = colour;
  }
  const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  rect.setAttribute("width", "100%");
  rect.setAttribute("height", "100%");
  rect.setAttribute(
    "fill",
    background || getComputedStyle(document.body).backgroundColor || "#fff",
  );
  copy.insertBefore(rect, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function chartToSvg(chart: Element): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${standaloneSvg(chart).text}`], {
    type: "image/svg+xml",
  });
}

export async function chartToPng(chart: Element, scale = 2): Promise<Blob> {
  const { text, width, height } = standaloneSvg(chart);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart could not be drawn"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
