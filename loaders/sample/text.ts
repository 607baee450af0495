/**
 * Free text of the sample: recipe names, steps, descriptions and reviews, built from the
 * templates and vocabularies, with the text traps spliced in when a row's mask asks for them.
 */
import { WeightedSampler } from "./distributions.ts";
import { Rng } from "./rng.ts";
import {
  DESCRIPTION_TEMPLATES,
  MIXED_REVIEW_TEMPLATES,
  NEGATIVE_REVIEW_TEMPLATES,
  POSITIVE_REVIEW_TEMPLATES,
  SLOT_WORDS,
  STEP_CLAUSES,
  STEP_TEMPLATES,
  Template,
  UNRATED_REVIEW_TEMPLATES,
  type SlotFiller,
} from "./templates.ts";
import {
  ACCENTED_WORDS,
  DISHES,
  EMOJI,
  HTML_SNIPPETS,
  INGREDIENTS,
  MOJIBAKE_SNIPPETS,
  NAME_MAINS,
  NAME_PREFIXES,
  NAME_SUFFIXES,
} from "./vocabulary.ts";

/** Which text traps a builder should splice in (already resolved from the row's trap mask). */
export interface TextTraps {
  crlf?: boolean;
  lf?: boolean;
  quotes?: boolean;
  html?: boolean;
  mojibake?: boolean;
  accents?: boolean;
  emoji?: boolean;
}

export const NO_TEXT_TRAPS: TextTraps = {};

const POOL_SIZE = 4000;

/** Slots any sentence can use: words from the vocabularies. */
class GlobalSlots implements SlotFiller {
  constructor(private readonly kit: TextKit) {}
  fill(slot: string, rng: Rng): string {
    if (slot === "a" || slot === "b" || slot === "c") return this.kit.ingredient(rng);
    if (slot === "dish") return DISHES[this.kit.dishes.draw(rng)]![0];
    return rng.pick(SLOT_WORDS[slot] ?? [slot]);
  }
}

/** Slots of one recipe's steps and description: its dish, and a, b, c consecutive ingredients. */
class RecipeSlots implements SlotFiller {
  ingredients: readonly string[] = [];
  first = 0;
  dish = "";
  constructor(private readonly global: GlobalSlots) {}
  fill(slot: string, rng: Rng): string {
    const n = this.ingredients.length;
    if (slot === "a") return this.ingredients[this.first]!;
    if (slot === "b") return this.ingredients[(this.first + 1) % n]!;
    if (slot === "c") return this.ingredients[(this.first + 2) % n]!;
    if (slot === "dish") return this.dish;
    return this.global.fill(slot, rng);
  }
}

export class TextKit {
  readonly ingredients = WeightedSampler.zipf(INGREDIENTS.length, 1.05, 2);
  readonly dishes = WeightedSampler.zipf(DISHES.length, 0.7);
  private readonly stepTemplates = WeightedSampler.zipf(STEP_TEMPLATES.length, 0.5, 3);
  private readonly prefixes = WeightedSampler.zipf(NAME_PREFIXES.length, 0.9);
  private readonly mains = WeightedSampler.zipf(NAME_MAINS.length, 0.8);
  private readonly global = new GlobalSlots(this);
  private readonly recipe = new RecipeSlots(this.global);
  // Review sentences are pre-rendered: a review is then a few array reads and joins.
  private readonly positive: string[];
  private readonly mixed: string[];
  private readonly negative: string[];
  private readonly unrated: string[];

  constructor(seed: number) {
    const rng = new Rng(seed, "sentence-pools");
    const pool = (templates: Template[]) =>
      Array.from({ length: POOL_SIZE }, () => rng.pick(templates).render(rng, this.global));
    this.positive = pool(POSITIVE_REVIEW_TEMPLATES);
    this.mixed = pool(MIXED_REVIEW_TEMPLATES);
    this.negative = pool(NEGATIVE_REVIEW_TEMPLATES);
    this.unrated = pool(UNRATED_REVIEW_TEMPLATES);
  }

  ingredient(rng: Rng): string {
    return INGREDIENTS[this.ingredients.draw(rng)]!;
  }

  /** "easy chicken and rice casserole"; `multiSpace` widens one gap, as some real names have. */
  name(rng: Rng, dish: string, multiSpace: boolean): string {
    const words: string[] = [];
    if (rng.chance(0.5)) words.push(NAME_PREFIXES[this.prefixes.draw(rng)]!);
    if (rng.chance(0.9)) words.push(NAME_MAINS[this.mains.draw(rng)]!);
    if (rng.chance(0.2)) words.push("and", NAME_MAINS[this.mains.draw(rng)]!);
    words.push(dish);
    if (rng.chance(0.2)) words.push(rng.pick(NAME_SUFFIXES));
    if (!multiSpace || words.length < 2) return words.join(" ");
    const gap = 1 + rng.int(words.length - 1);
    return (
      words.slice(0, gap).join(" ") + (rng.chance(0.5) ? "  " : "   ") + words.slice(gap).join(" ")
    );
  }

  steps(rng: Rng, count: number, ingredients: readonly string[]): string[] {
    const slots = this.recipe;
    slots.ingredients = ingredients;
    const out = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      slots.first = rng.int(ingredients.length);
      const step = STEP_TEMPLATES[this.stepTemplates.draw(rng)]!.render(rng, slots);
      out[i] = rng.chance(0.45) ? step + " , " + rng.pick(STEP_CLAUSES) : step;
    }
    return out;
  }

  description(rng: Rng, dish: string, ingredients: readonly string[], traps: TextTraps): string {
    const slots = this.recipe;
    slots.ingredients = ingredients;
    slots.dish = dish;
    const count = 1 + Math.min(8, Math.floor(rng.logNormal(3, 0.6)));
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      slots.first = rng.int(ingredients.length);
      sentences.push(rng.pick(DESCRIPTION_TEMPLATES).render(rng, slots));
    }
    if (traps.quotes)
      sentences.push(`we call it "${rng.pick(SLOT_WORDS.nickname!)}", and so will you.`);
    addColour(rng, sentences, traps, false);
    return joinParagraphs(rng, sentences, traps);
  }

  review(rng: Rng, rating: number, traps: TextTraps): string {
    const count = 1 + Math.min(20, Math.floor(rng.logNormal(5, 0.65)));
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      let sentence = this.reviewSentence(rng, rating, i);
      if (i > 0 && sentence === sentences[i - 1]) sentence = this.reviewSentence(rng, rating, i);
      sentences.push(sentence);
    }
    if (traps.quotes)
      sentences.push(
        `My ${rng.pick(SLOT_WORDS.fam!)} called it "${rng.pick(SLOT_WORDS.nickname!)}", no kidding.`,
      );
    addColour(rng, sentences, traps, true);
    return joinParagraphs(rng, sentences, traps);
  }

  private reviewSentence(rng: Rng, rating: number, position: number): string {
    const x = rng.float();
    if (rating === 0)
      return (position === 0 || x < 0.4 ? this.unrated : this.positive)[rng.int(POOL_SIZE)]!;
    if (rating >= 4)
      return (rating === 4 && x < 0.15 ? this.mixed : this.positive)[rng.int(POOL_SIZE)]!;
    if (rating === 3) return (x < 0.6 ? this.mixed : this.positive)[rng.int(POOL_SIZE)]!;
    return (x < 0.7 ? this.negative : this.mixed)[rng.int(POOL_SIZE)]!;
  }
}

/** Splices HTML entities, mojibake, accents and emoji into a list of sentences. */
function addColour(rng: Rng, sentences: string[], traps: TextTraps, capitalised: boolean): void {
  if (!traps.html && !traps.mojibake && !traps.accents && !traps.emoji) return;
  const at = () => rng.int(sentences.length + 1);
  if (traps.html) sentences.splice(at(), 0, rng.pick(HTML_SNIPPETS) + "!");
  if (traps.mojibake) sentences.splice(at(), 0, rng.pick(MOJIBAKE_SNIPPETS) + ".");
  if (traps.accents) {
    const word = rng.pick(ACCENTED_WORDS);
    sentences.splice(
      at(),
      0,
      capitalised ? `Reminds me of the ${word} in Montréal.` : `goes well with ${word}.`,
    );
  }
  if (traps.emoji) {
    const i = rng.int(sentences.length);
    sentences[i] = sentences[i] + " " + rng.pick(EMOJI);
  }
}

/** Joins sentences with spaces; CRLF (or bare LF) paragraph breaks when the traps ask for them. */
function joinParagraphs(rng: Rng, sentences: string[], traps: TextTraps): string {
  if (!traps.crlf && !traps.lf) return sentences.join(" ");
  const needed = traps.crlf && traps.lf ? 3 : 2;
  while (sentences.length < needed) sentences.push(sentences.length % 2 ? "Enjoy!" : "Thanks!");
  const breaks = new Map<number, string>();
  const gap = () => 1 + rng.int(sentences.length - 1);
  if (traps.crlf) breaks.set(gap(), rng.chance(0.5) ? "\r\n\r\n" : "\r\n");
  if (traps.lf) {
    let i = gap();
    while (breaks.has(i)) i = gap();
    breaks.set(i, "\n");
  }
  let out = sentences[0]!;
  for (let i = 1; i < sentences.length; i++) out += (breaks.get(i) ?? " ") + sentences[i]!;
  return out;
}
