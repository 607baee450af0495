/** Writes RAW_interactions.csv (to its temporary name). */
import { ChunkedFileWriter } from "./csv-writer.ts";
import { REVIEW_FIRST_DAY, REVIEW_LAST_DAY, isoDay } from "./dates.ts";
import {
  INTERACTIONS_HEADER,
  ReviewYearModel,
  formatInteraction,
  planInteractions,
  ratingSampler,
  type InteractionRow,
} from "./interactions.ts";
import type { FileJob, FileOutcome } from "./recipe-file.ts";
import type { RecipePlan } from "./recipes.ts";
import { Rng } from "./rng.ts";
import { NO_TEXT_TRAPS, TextKit } from "./text.ts";
import { INTERACTION_TRAPS, TrapLog, TrapSchedule, type InteractionTrap } from "./traps.ts";

const REVIEW_DAYS = REVIEW_LAST_DAY - REVIEW_FIRST_DAY + 1;
const reviewKey = (recipe: number, day: number) => recipe * 8192 + (day - REVIEW_FIRST_DAY);

export async function writeInteractionsFile(
  job: FileJob,
  recipes: RecipePlan,
  signal?: AbortSignal,
  collect?: InteractionRow[],
): Promise<FileOutcome & { users: number }> {
  const { seed, interactions: total } = job;
  const writer = new ChunkedFileWriter(job.path, job.lineEndings);
  try {
    const plan = planInteractions(recipes, total, seed);
    const years = new ReviewYearModel(recipes, total);
    const text = new TextKit(seed);
    // Forced rows lie in the first half: a trap that cannot apply to its row (a review dated
    // before a recipe submitted on the first review day) moves on to the next row.
    const traps = new TrapSchedule<InteractionTrap>(
      INTERACTION_TRAPS,
      Math.ceil(total / 2),
      new Rng(seed, "review-trap-rows"),
    );
    const B = traps.bits;
    const TEXT_TRAPS =
      B.reviewCrlf |
      B.reviewLf |
      B.reviewQuotes |
      B.reviewHtml |
      B.reviewMojibake |
      B.reviewAccents |
      B.reviewEmoji;
    const LITERALS: ReadonlyArray<readonly [number, string]> = [
      [B.reviewNA, "NA"],
      [B.reviewNSlashA, "N/A"],
      [B.reviewNull, "null"],
      [B.reviewNan, "nan"],
      [B.emptyReview, ""],
    ];
    const trapRng = new Rng(seed, "review-traps");
    const rng = new Rng(seed, "reviews");
    const ratings = ratingSampler();
    const log = new TrapLog(traps.kinds);
    const days = new Int32Array(plan.perUser.reduce((a, b) => Math.max(a, b), 0)); // this user's review days
    let carried = 0;

    await writer.write(INTERACTIONS_HEADER + "\r\n");
    let row = 0;
    for (let u = 0; u < plan.userIds.length; u++) {
      const userStart = row;
      let userKeys: Set<number> | undefined;
      for (let n = plan.perUser[u]!; n > 0; n--, row++) {
        const recipe = plan.recipeOf[row]!;
        const mask = traps.draw(row, trapRng) | carried;
        carried = 0;
        let applied = mask;

        const submitted = recipes.submitted[recipe]!;
        let day: number;
        if (mask & B.dateBeforeSubmission && submitted - 1 >= REVIEW_FIRST_DAY) {
          day = rng.range(Math.max(REVIEW_FIRST_DAY, submitted - 730), submitted - 1);
        } else {
          carried = mask & B.dateBeforeSubmission;
          applied &= ~carried;
          day = years.dayAfter(submitted, rng);
        }
        // (user_id, recipe_id, date) is unique. A user's repeat review of a recipe (rare) moves
        // to a free day; the user's keys are only indexed once such a repeat shows up.
        if (plan.repeat[row] && !userKeys) {
          userKeys = new Set();
          for (let earlier = userStart; earlier < row; earlier++) {
            userKeys.add(reviewKey(plan.recipeOf[earlier]!, days[earlier - userStart]!));
          }
        }
        if (userKeys) {
          // Bounded: beyond one review a day for the whole period (absurd arguments) it gives up.
          for (
            let tries = 0;
            userKeys.has(reviewKey(recipe, day)) && tries < REVIEW_DAYS;
            tries++
          ) {
            day = day >= REVIEW_LAST_DAY ? REVIEW_FIRST_DAY : day + 1;
          }
          userKeys.add(reviewKey(recipe, day));
        }
        days[row - userStart] = day;

        const rating = mask & B.ratingZero ? 0 : ratings.draw(rng);
        if (rating === 0) applied |= B.ratingZero;
        let review: string | undefined;
        // A literal review (NA, N/A, null, nan, empty) wins over the row's other text traps.
        const literal = mask === 0 ? undefined : LITERALS.find(([bit]) => (mask & bit) !== 0);
        if (literal) {
          review = literal[1];
          applied &= ~TEXT_TRAPS;
          for (const [other] of LITERALS) if (other !== literal[0]) applied &= ~other;
        }
        review ??= text.review(
          rng,
          rating,
          mask === 0
            ? NO_TEXT_TRAPS
            : {
                crlf: (mask & B.reviewCrlf) !== 0,
                lf: (mask & B.reviewLf) !== 0,
                quotes: (mask & B.reviewQuotes) !== 0,
                html: (mask & B.reviewHtml) !== 0,
                mojibake: (mask & B.reviewMojibake) !== 0,
                accents: (mask & B.reviewAccents) !== 0,
                emoji: (mask & B.reviewEmoji) !== 0,
              },
        );

        const values: InteractionRow = {
          user_id: plan.userIds[u]!,
          recipe_id: recipes.ids[recipe]!,
          date: isoDay(day),
          rating,
          review,
        };
        if (applied !== 0)
          log.record(applied, `${values.user_id}/${values.recipe_id}/${values.date}`);
        collect?.push(values);
        const full = writer.write(formatInteraction(values));
        if (full) await full;
        if ((row & 4095) === 0) signal?.throwIfAborted();
      }
    }
    signal?.throwIfAborted();
    await writer.close();
    return { bytes: writer.bytes, traps: log.summary(), users: plan.userIds.length };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
