/** Distinct integer ids drawn inside the real files' ranges. */
import type { Rng } from "./rng.ts";

/**
 * `count` distinct integers of [lo, hi] in increasing order (selection sampling, one pass over
 * the range), always including both ends when count >= 2 so the sample spans the real range.
 */
export function sortedDistinctInRange(count: number, lo: number, hi: number, rng: Rng): Int32Array {
  const span = hi - lo + 1;
  if (count > span) throw new RangeError(`cannot draw ${count} distinct ids from ${lo}..${hi}`);
  const out = new Int32Array(count);
  if (count === 0) return out;
  if (count === 1) {
    out[0] = lo + rng.int(span);
    return out;
  }
  out[0] = lo;
  out[count - 1] = hi;
  let needed = count - 2;
  let k = 1;
  for (let x = lo + 1; x < hi && needed > 0; x++) {
    const left = hi - x; // candidates from x to hi-1
    if (rng.float() * left < needed) {
      out[k++] = x;
      needed--;
    }
  }
  return out;
}

/**
 * Distinct ids for accounts: most from the older, small-number range, a share from the block
 * of 2,000,000,000+ ids that newer Food.com accounts got. Both real extremes are included.
 */
export function accountIds(
  count: number,
  min: number,
  max: number,
  oldRangeTop: number,
  newRangeBottom: number,
  newShare: number,
  rng: Rng,
): Int32Array {
  const out = new Int32Array(count);
  const seen = new Set<number>();
  const add = (id: number, i: number): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    out[i] = id;
    return true;
  };
  let i = 0;
  if (count >= 2) {
    add(min, i++);
    add(max, i++);
  }
  while (i < count) {
    const id = rng.chance(newShare) ? rng.range(newRangeBottom, max) : rng.range(min, oldRangeTop);
    if (add(id, i)) i++;
  }
  return rng.shuffle(out);
}
