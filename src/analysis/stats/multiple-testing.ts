/** Multiple-testing adjustment. */
import { StatsInputError } from "./types.js";

/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), in the input order: p₍ᵢ₎·m/i made
 * monotone from the largest down and capped at 1, as scipy.stats.false_discovery_control(ps,
 * method="bh"). An empty input gives an empty output.
 * @throws StatsInputError on a value outside [0, 1] or NaN.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1))
      throw new StatsInputError("benjaminiHochberg", `pValues[${i}] must be in [0, 1] (got ${p})`);
  });
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
