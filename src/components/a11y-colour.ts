/**
 * Text colours readable on a coloured mark (a heatmap cell, a bar): black or white, whichever has
 * the higher WCAG contrast with the mark's colour. Such a mark has the same colour in both themes,
 * so its label must not follow the theme's foreground.
 */

/** sRGB channels 0–255 of "#rgb", "#rrggbb" or "rgb(r, g, b)" (what Plot's schemes return). */
export function parseRgb(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(colour.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: readonly number[]): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** "black" or "white", whichever reads better on `colour` (black when it cannot be parsed). */
export function textOn(colour: string): "black" | "white" {
  const rgb = parseRgb(colour);
  if (!rgb) return "black";
  return contrastRatio(rgb, [255, 255, 255]) > contrastRatio(rgb, [0, 0, 0]) ? "white" : "black";
}
