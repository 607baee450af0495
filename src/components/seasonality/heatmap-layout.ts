/**
 * Margins and axis options of the season heatmaps for the width they get: on a narrow screen the
 * row labels give up width (truncated with an ellipsis) and the season names turn, so
 * that neither the names nor the cell labels overlap.
 */
const RIGHT = 20; // Plot's default right margin
const CHAR = 7; // px per character of an 11–12 px sans-serif label, roughly
const PHONE = 360; // chart width below which the row labels give up room

export interface HeatmapLayout {
  marginLeft: number;
  marginTop: number;
  /** Width of one season column. */
  column: number;
  /** Row labels cut to the room they have. */
  rowLabel: (label: string) => string;
  tickRotate: number;
}

export function heatmapLayout(width: number, longestLabel: number, maxLeft: number): HeatmapLayout {
  const wanted = Math.min(maxLeft, 12 + CHAR * longestLabel);
  // A phone gives the labels at most 45 % of the width; wider charts keep the layout they had.
  const marginLeft = width < PHONE ? Math.round(Math.min(wanted, width * 0.45)) : wanted;
  const column = (width - marginLeft - RIGHT) / 4;
  // Cut only when the screen took the room (a wide chart keeps its labels as they were).
  const room = Math.max(4, Math.floor((marginLeft - 12) / CHAR));
  const rowLabel = (label: string) =>
    marginLeft >= wanted || label.length <= room ? label : `${label.slice(0, room - 1).trimEnd()}…`;
  const narrow = column < 72; // "Printemps", "Automne" need about 70 px
  return {
    marginLeft,
    marginTop: narrow ? 58 : 30,
    column,
    rowLabel,
    tickRotate: narrow ? -40 : 0,
  };
}
