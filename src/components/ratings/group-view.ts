/** A group of reviews (a season, a day) as the charts and tables draw it: its stats and its name. */
import type { GroupStats } from "../../analysis/ratings-measures.js";

export interface GroupView extends GroupStats {
  /** The group's translated name (Winter, Monday…). */
  label: string;
  /** Drawn in the accent colour (the weekend days). */
  highlight?: boolean;
}
