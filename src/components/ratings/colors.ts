/** The page's two colours besides the theme's focus blue, readable on the light and dark themes. */

/** 1 and 2 stars, the low end of the scale. */
export const LOW_COLOR = "#e15759";
/** What a chart sets apart: the weekend days, the bias chart's overlay of means. */
export const ACCENT_COLOR = "#f28e2b";
