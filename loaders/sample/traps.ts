/**
 * The oddities of the real files ("traps"), each placed at a small deterministic rate and also
 * forced onto one random row so that even a small sample holds every one of them. A trap with
 * rate 0 appears exactly once per file (e.g. the one recipe without a name).
 */
import type { Rng } from "./rng.ts";

export interface TrapSpec {
  /** Share of rows that get the trap at random, on top of the one forced row. */
  readonly rate: number;
  readonly what: string;
}

export const RECIPE_TRAPS = {
  emptyName: { rate: 0, what: "name is empty (exactly one recipe, as in the real file)" },
  multiSpaceName: { rate: 0.03, what: "several spaces between two words of the name" },
  emptyDescription: { rate: 0.0215, what: "description is empty" },
  descriptionCrlf: { rate: 0.06, what: "description has CRLF line breaks inside" },
  descriptionQuotes: { rate: 0.03, what: "description has double quotes (and commas)" },
  descriptionHtml: { rate: 0.02, what: "description has HTML entities (&#039; &amp;)" },
  descriptionMojibake: { rate: 0.005, what: "description has mojibake (â€œ â€™ Ã©)" },
  descriptionAccents: { rate: 0.02, what: "description has accented words" },
  descriptionEmoji: { rate: 0.004, what: "description has an emoji (non-BMP)" },
  minutesZero: { rate: 0.0047, what: "minutes is 0" },
  minutesIntMax: { rate: 0, what: "minutes is 2147483647 (exactly one)" },
  minutes1051200: { rate: 0, what: "minutes is 1051200 (exactly one)" },
  minutesHuge: { rate: 0.0004, what: "minutes is a week or more (10080 .. 288000)" },
  nStepsZero: { rate: 0.00001, what: "n_steps is 0 and steps is []" },
  nStepsMismatch: { rate: 0, what: "n_steps is one more than len(steps) (exactly one)" },
  tagsEmpty: { rate: 0.0001, what: "tags is []" },
  tagsEmptyString: { rate: 0, what: "tags is [''] (exactly one)" },
  itemApostrophe: {
    rate: 0,
    what: 'an ingredient with an apostrophe, written "hellmann\'s mayonnaise"',
  },
  itemBothQuotes: {
    rate: 0.001,
    what: "a step with both quote kinds, written '... 1\" ... don\\'t ...'",
  },
  itemComma: { rate: 0, what: "an ingredient with a comma inside ('salt, to taste')" },
  itemBackslash: { rate: 0.0002, what: "a step with a backslash, written \\\\" },
  itemTab: { rate: 0.0002, what: "a step with a tab, written \\t" },
  itemNewline: { rate: 0.0002, what: "a step with a line feed, written \\n" },
  itemCrlf: { rate: 0.0001, what: "a step with CR LF, written \\r\\n" },
  itemZeroWidth: { rate: 0.0002, what: "an ingredient with a zero-width space, written \\u200b" },
  itemNbsp: { rate: 0.0002, what: "a step with a no-break space, written \\xa0" },
  itemEmoji: { rate: 0.0002, what: "a step with an emoji, written as is" },
  itemAstralEscape: {
    rate: 0,
    what: "a step with U+E0001 (format char beyond the BMP), written \\U000e0001",
  },
  caloriesOutlier: { rate: 0.0002, what: "calories in the tens of thousands" },
} as const satisfies Record<string, TrapSpec>;

export const INTERACTION_TRAPS = {
  emptyReview: { rate: 0.00015, what: "review is empty" },
  reviewNA: { rate: 0, what: "review is exactly NA (exactly one)" },
  reviewNSlashA: { rate: 0, what: "review is exactly N/A (exactly one)" },
  reviewNull: { rate: 0, what: "review is exactly null (exactly one)" },
  reviewNan: { rate: 0, what: "review is exactly nan (exactly one)" },
  reviewCrlf: { rate: 0.1, what: "review has CRLF line breaks inside" },
  reviewLf: { rate: 0.01, what: "review has a bare LF line break inside" },
  reviewQuotes: { rate: 0.02, what: "review has double quotes" },
  reviewHtml: { rate: 0.02, what: "review has HTML entities (&#039; &amp;)" },
  reviewMojibake: { rate: 0.005, what: "review has mojibake" },
  reviewAccents: { rate: 0.01, what: "review has accented words" },
  reviewEmoji: { rate: 0.005, what: "review has an emoji (non-BMP)" },
  ratingZero: { rate: 0, what: "rating 0 (reviewed without rating; ~5.4% drawn with the ratings)" },
  dateBeforeSubmission: { rate: 0.002, what: "review dated before its recipe's submission" },
} as const satisfies Record<string, TrapSpec>;

export type RecipeTrap = keyof typeof RECIPE_TRAPS;
export type InteractionTrap = keyof typeof INTERACTION_TRAPS;

/**
 * Decides which traps each row gets, as a bit mask over the kinds (at most 32). Forced rows are
 * drawn first, distinct while there are enough rows, from their own stream.
 */
export class TrapSchedule<K extends string> {
  readonly kinds: readonly K[];
  /** The mask bit of each kind. */
  readonly bits: Readonly<Record<K, number>>;
  private readonly rates: Float64Array;
  private readonly forced = new Map<number, number>();

  constructor(table: Readonly<Record<K, TrapSpec>>, rows: number, rng: Rng) {
    this.kinds = Object.keys(table) as K[];
    if (this.kinds.length > 32) throw new Error("at most 32 trap kinds per file");
    this.rates = Float64Array.from(this.kinds, (k) => table[k].rate);
    this.bits = Object.fromEntries(this.kinds.map((k, i) => [k, 1 << i])) as Record<K, number>;
    const positions = distinctPositions(this.kinds.length, rows, rng);
    positions.forEach((row, bit) => this.forced.set(row, (this.forced.get(row) ?? 0) | (1 << bit)));
  }

  /**
   * The trap mask for row `row` (call once per row, in order: it draws from `rng`). A forced row
   * gets its forced trap only, so that no random trap of the same field can mask it.
   */
  draw(row: number, rng: Rng): number {
    let mask = 0;
    for (let i = 0; i < this.rates.length; i++) {
      const rate = this.rates[i]!;
      if (rate > 0 && rng.float() < rate) mask |= 1 << i;
    }
    return this.forced.get(row) ?? mask;
  }
}

/** `count` row positions in [0, rows), distinct when rows >= count. */
function distinctPositions(count: number, rows: number, rng: Rng): number[] {
  const out: number[] = [];
  const used = new Set<number>();
  for (let i = 0; i < count; i++) {
    let row = rng.int(rows);
    for (let tries = 0; used.has(row) && used.size < rows && tries < 1000; tries++)
      row = rng.int(rows);
    used.add(row);
    out.push(row);
  }
  return out;
}

/** Per-kind tally and a few example keys, for the generator's report. */
export class TrapLog<K extends string> {
  readonly counts = new Map<K, number>();
  readonly examples = new Map<K, string[]>();

  constructor(private readonly kinds: readonly K[]) {}

  record(mask: number, key: string): void {
    for (let i = 0; i < this.kinds.length; i++) {
      if ((mask & (1 << i)) === 0) continue;
      const kind = this.kinds[i]!;
      this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
      const list = this.examples.get(kind) ?? [];
      if (list.length < 5) list.push(key);
      this.examples.set(kind, list);
    }
  }

  summary(): Record<string, { count: number; examples: string[] }> {
    const out: Record<string, { count: number; examples: string[] }> = {};
    for (const kind of this.kinds)
      out[kind] = { count: this.counts.get(kind) ?? 0, examples: this.examples.get(kind) ?? [] };
    return out;
  }
}
