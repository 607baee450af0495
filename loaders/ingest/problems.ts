/** A row the validation left out, by its 0-based position among the rows the reader loaded. */
export interface RowProblem {
  readonly ordinal: number;
  readonly column: string | null;
  readonly reason: string;
  /** For a duplicate: the position of the occurrence that was kept. */
  readonly firstOrdinal?: number;
}
