import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  type StatWarning,
  StatsInputError,
  benjaminiHochberg,
  chiSquareGoodnessOfFit,
  chiSquareIndependence,
  chiSquareUpperTail,
  effectSizeLabel,
  fUpperTail,
  isSignificant,
  kruskalWallis,
  kruskalWallisFromSamples,
  normalQQ,
  normalUpperTail,
  oneWayAnova,
  quantileNearest,
  shapiroWilk,
  tTwoSidedP,
  weightedLinearFit,
  weightedSpearman,
  welchTTest,
} from "../src/analysis/stats.ts";

// --- the scipy reference (tests/fixtures/stats/make_reference.py writes it) ---

type Num = number | null; // JSON has no NaN: the generator writes non-finite inputs as null
type Expected = Record<string, number | number[] | ExpectedBand[]>;
interface ExpectedBand {
  x: number;
  fit: number;
  lo: number;
  hi: number;
}
interface Summary {
  n: number;
  mean: number;
  variance: number;
}
interface Reference {
  versions: Record<string, string>;
  weightedLinearFit: Array<{
    name: string;
    points: Array<{ x: Num; y: Num; w: Num }>;
    expected: Expected & { band: ExpectedBand[] };
  }>;
  chiSquareGoodnessOfFit: Array<{
    name: string;
    observed: number[];
    expectedShares: number[] | null;
    expected: Expected;
  }>;
  chiSquareIndependence: Array<{ name: string; table: number[][]; expected: Expected }>;
  kruskalWallis: Array<{
    name: string;
    groups: Array<Array<{ value: number; count: number }>>;
    samples: number[][] | null;
    expected: Expected;
  }>;
  welchTTest: Array<{ name: string; a: Summary; b: Summary; expected: Expected }>;
  oneWayAnova: Array<{ name: string; groups: Summary[]; expected: Expected }>;
  shapiroWilk: Array<{ name: string; sample: number[]; expected: Expected }>;
  normalQQ: Array<{
    name: string;
    sample: number[];
    expected: Expected & { theoretical: number[]; sample: number[] };
  }>;
  benjaminiHochberg: Array<{ name: string; pValues: number[]; expected: number[] }>;
  weightedSpearman: Array<{ name: string; x: Num[]; y: Num[]; w: Num[]; expected: Expected }>;
  quantileNearest: Array<{ name: string; sorted: number[]; p: number[]; expected: number[] }>;
  tails: Array<{ kind: string; x: number; df: number[]; expected: number }>;
}

const reference = JSON.parse(
  readFileSync(new URL("./fixtures/stats/reference.json", import.meta.url), "utf8"),
) as Reference;

const toNumber = (value: Num): number => value ?? NaN;

// --- comparisons ---

interface Tolerance {
  rtol: number;
  atol: number;
}
/** Exact formulas: agreement to 1e-9 relative; absolute 1e-12 for figures that are about 0. */
const EXACT: Tolerance = { rtol: 1e-9, atol: 1e-12 };
/** p-values: relative only (they go down to 1e-300); scipy's 0 (underflow) must be ≤ 1e-300 here. */
const P_EXACT: Tolerance = { rtol: 1e-9, atol: 1e-300 };

function assertClose(actual: number, expected: number, tolerance: Tolerance, what: string): void {
  const error = Math.abs(actual - expected);
  assert.ok(
    error <= tolerance.rtol * Math.abs(expected) + tolerance.atol,
    `${what}: got ${actual}, scipy ${expected} (relative error ${error / Math.abs(expected)})`,
  );
}

/** Compares every numeric field scipy gave; fields named p (or ending in P) use the p tolerance. */
function assertFields(
  actual: object,
  expected: Expected,
  what: string,
  tolerance = EXACT,
  pTolerance = P_EXACT,
): void {
  const fields = actual as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected)) {
    if (typeof value !== "number") continue;
    const got = fields[key];
    assert.equal(typeof got, "number", `${what}: field ${key} is missing`);
    assertClose(got as number, value, key === "p" ? pTolerance : tolerance, `${what}.${key}`);
  }
}

function assertProbability(p: number, what: string): void {
  assert.ok(p >= 0 && p <= 1, `${what}: p = ${p} is outside [0, 1]`);
}

/** Deterministic pseudo-random numbers (mulberry32), for the property tests. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normalDraws(next: () => number, n: number, mean = 0, sd = 1): number[] {
  return Array.from({ length: n }, () => {
    const u = 1 - next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  });
}

function hasWarning(result: { warnings: StatWarning[] }, warning: StatWarning): boolean {
  return result.warnings.includes(warning);
}

// --- agreement with scipy ---

describe("stats: agreement with scipy and numpy (tests/fixtures/stats/reference.json)", () => {
  it("the fixture says which versions produced it", () => {
    assert.deepEqual(Object.keys(reference.versions).sort(), ["numpy", "python", "scipy"]);
  });

  it("distribution tails: χ², two-sided t, F and normal as scipy's sf, down to 1e-300", () => {
    assert.ok(reference.tails.length >= 25);
    for (const { kind, x, df, expected } of reference.tails) {
      const actual =
        kind === "chi-square"
          ? chiSquareUpperTail(x, df[0])
          : kind === "t-two-sided"
            ? tTwoSidedP(x, df[0])
            : kind === "f"
              ? fUpperTail(x, df[0], df[1])
              : normalUpperTail(x);
      assertClose(actual, expected, P_EXACT, `${kind}(${x}; ${df.join(", ")})`);
    }
  });

  it("weightedLinearFit equals the WLS matrix formulas (statsmodels WLS)", () => {
    for (const { name, points, expected } of reference.weightedLinearFit) {
      const fit = weightedLinearFit(
        points.map((p) => ({ x: toNumber(p.x), y: toNumber(p.y), w: toNumber(p.w) })),
      );
      assertFields(fit, expected, name);
      const [lo, hi] = expected.slopeCI as number[];
      assertClose(fit.slopeCI[0], lo, EXACT, `${name}.slopeCI[0]`);
      assertClose(fit.slopeCI[1], hi, EXACT, `${name}.slopeCI[1]`);
      for (const band of expected.band) {
        const actual = fit.band(band.x);
        for (const key of ["fit", "lo", "hi"] as const)
          assertClose(actual[key], band[key], EXACT, `${name}.band(${band.x}).${key}`);
      }
      assertProbability(fit.p, name);
    }
  });

  it("chiSquareGoodnessOfFit equals scipy.stats.chisquare", () => {
    for (const { name, observed, expectedShares, expected } of reference.chiSquareGoodnessOfFit)
      assertFields(chiSquareGoodnessOfFit(observed, expectedShares ?? undefined), expected, name);
  });

  it("chiSquareIndependence equals scipy.stats.chi2_contingency(correction=False)", () => {
    for (const { name, table, expected } of reference.chiSquareIndependence)
      assertFields(chiSquareIndependence(table), expected, name);
  });

  it("kruskalWallis on frequency tables equals scipy.stats.kruskal on the expanded samples", () => {
    const minutes = reference.kruskalWallis.find((c) => c.name.startsWith("minutes per season"));
    const distinct = new Set(minutes?.groups.flat().map((e) => e.value));
    assert.ok(distinct.size > 150, `the minutes case has ${distinct.size} distinct values`);
    for (const { name, groups, samples, expected } of reference.kruskalWallis) {
      assertFields(kruskalWallis(groups), expected, name);
      if (samples) assertFields(kruskalWallisFromSamples(samples), expected, `${name} (samples)`);
    }
  });

  it("welchTTest equals scipy.stats.ttest_ind(equal_var=False) / ttest_ind_from_stats", () => {
    for (const { name, a, b, expected } of reference.welchTTest)
      assertFields(welchTTest(a, b), expected, name);
  });

  it("oneWayAnova from group summaries equals scipy.stats.f_oneway on the raw groups", () => {
    for (const { name, groups, expected } of reference.oneWayAnova)
      assertFields(oneWayAnova(groups), expected, name);
  });

  it("shapiroWilk equals scipy.stats.shapiro: W to 1e-8, p to 1e-6 (relative)", () => {
    const sizes = new Set(reference.shapiroWilk.map((c) => c.sample.length));
    for (const n of [3, 4, 5, 11, 12, 20, 50, 5000])
      assert.ok(sizes.has(n), `a case with n = ${n}`);
    assert.ok(reference.shapiroWilk.length >= 80);
    for (const { name, sample, expected } of reference.shapiroWilk) {
      const result = shapiroWilk(sample);
      // scipy's Fortran port uses AS 111 / AS 66 approximations of the normal quantile and tail
      // where we use exact ones (as R does): see src/analysis/stats/shapiro-wilk.ts.
      assertFields(
        result,
        expected,
        name,
        { rtol: 1e-8, atol: 1e-12 },
        { rtol: 1e-6, atol: 1e-15 },
      );
      assertProbability(result.p, name);
    }
  });

  it("normalQQ equals scipy.stats.probplot(dist='norm', fit=True)", () => {
    for (const { name, sample, expected } of reference.normalQQ) {
      const qq = normalQQ(sample);
      assertFields(qq, expected, name);
      assert.equal(qq.points.length, expected.theoretical.length);
      qq.points.forEach((point, i) => {
        assertClose(point.theoretical, expected.theoretical[i], EXACT, `${name}.theoretical[${i}]`);
        assert.equal(point.sample, expected.sample[i], `${name}.sample[${i}]`);
      });
    }
  });

  it("benjaminiHochberg equals scipy.stats.false_discovery_control(method='bh')", () => {
    for (const { name, pValues, expected } of reference.benjaminiHochberg) {
      const adjusted = benjaminiHochberg(pValues);
      assert.equal(adjusted.length, expected.length);
      adjusted.forEach((p, i) => assertClose(p, expected[i], P_EXACT, `${name}[${i}]`));
    }
  });

  it("weightedSpearman equals rankdata + numpy.cov(aweights=w) correlation, t approximation", () => {
    for (const { name, x, y, w, expected } of reference.weightedSpearman)
      assertFields(
        weightedSpearman(x.map(toNumber), y.map(toNumber), w.map(toNumber)),
        expected,
        name,
      );
  });

  it("quantileNearest equals numpy.quantile(method='nearest')", () => {
    for (const { name, sorted, p, expected } of reference.quantileNearest)
      p.forEach((q, i) =>
        assert.equal(quantileNearest(sorted, q), expected[i], `${name}, p = ${q}`),
      );
  });
});

// --- behaviour ---

describe("stats: warnings", () => {
  it("χ² goodness of fit flags low expected counts (any < 1, or > 20 % < 5)", () => {
    assert.ok(hasWarning(chiSquareGoodnessOfFit([1, 2, 0, 3, 10]), "low-expected-count"));
    // 1 cell of 10 below 5 (10 %), none below 1: fine.
    const fine = chiSquareGoodnessOfFit(
      [4, 20, 20, 20, 20, 20, 20, 20, 20, 20],
      [1, 5, 5, 5, 5, 5, 5, 5, 5, 5],
    );
    assert.equal(fine.minExpected, 4);
    assert.deepEqual(fine.warnings, []);
    // One expected count below 1 is enough.
    const tiny = [0.004, ...Array.from({ length: 9 }, () => 0.996 / 9)];
    assert.ok(
      hasWarning(
        chiSquareGoodnessOfFit([1, 30, 20, 20, 20, 20, 20, 20, 20, 29], tiny),
        "low-expected-count",
      ),
    );
    assert.deepEqual(chiSquareGoodnessOfFit([120, 95, 101, 88]).warnings, []);
  });

  it("χ² independence flags low expected counts, not large tables", () => {
    assert.ok(
      hasWarning(
        chiSquareIndependence([
          [3, 1],
          [1, 4],
        ]),
        "low-expected-count",
      ),
    );
    assert.deepEqual(
      chiSquareIndependence([
        [300, 120],
        [100, 410],
      ]).warnings,
      [],
    );
  });

  it("χ² independence with one non-empty row or column: constant-data and NaN", () => {
    const result = chiSquareIndependence([
      [0, 0, 0],
      [5, 9, 2],
    ]);
    assert.ok(hasWarning(result, "constant-data"));
    assert.ok(Number.isNaN(result.p));
    assert.equal(result.rows, 1);
    const empty = chiSquareIndependence([
      [0, 0],
      [0, 0],
    ]);
    assert.ok(hasWarning(empty, "small-sample"));
    assert.equal(empty.n, 0);
  });

  it("shapiroWilk: small-sample below 8, NaN below 3, constant-data", () => {
    assert.ok(hasWarning(shapiroWilk([1, 2, 4, 7, 11, 12, 15]), "small-sample"));
    assert.deepEqual(shapiroWilk([1, 2, 4, 7, 11, 12, 15, 16]).warnings, []);
    const two = shapiroWilk([1, 2]);
    assert.ok(hasWarning(two, "small-sample") && Number.isNaN(two.p));
    const flat = shapiroWilk([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    assert.ok(hasWarning(flat, "constant-data") && Number.isNaN(flat.statistic));
  });

  it("kruskalWallis: small-sample for a group under 5, constant-data when all equal", () => {
    const small = kruskalWallisFromSamples([
      [1, 2, 3],
      [4, 5, 6, 7, 8, 9],
    ]);
    assert.ok(hasWarning(small, "small-sample"));
    assert.ok(small.p > 0 && small.p < 1, "still computed");
    const same = kruskalWallisFromSamples([
      [2, 2, 2, 2, 2],
      [2, 2, 2, 2, 2],
    ]);
    assert.ok(hasWarning(same, "constant-data") && Number.isNaN(same.statistic));
    const single = kruskalWallis([[{ value: 1, count: 10 }], []]);
    assert.ok(hasWarning(single, "small-sample") && Number.isNaN(single.p));
    assert.equal(single.groups, 1);
  });

  it("kruskalWallis merges repeated values of a frequency table and ignores empty groups", () => {
    const merged = kruskalWallis([
      [
        { value: 1, count: 2 },
        { value: 1, count: 3 },
        { value: 4, count: 1 },
      ],
      [],
      [
        { value: 2, count: 4 },
        { value: 5, count: 0 },
      ],
    ]);
    const direct = kruskalWallisFromSamples([
      [1, 1, 1, 1, 1, 4],
      [2, 2, 2, 2],
    ]);
    assertFields(merged, { statistic: direct.statistic, p: direct.p, df: 1, n: 10 }, "merged");
    assert.equal(merged.groups, 2);
  });

  it("welchTTest: small-sample, constant-data, underpowered", () => {
    const one = welchTTest({ n: 1, mean: 3, variance: NaN }, { n: 10, mean: 4, variance: 1 });
    assert.ok(hasWarning(one, "small-sample") && Number.isNaN(one.p));
    assert.equal(one.difference, -1);
    const flat = welchTTest({ n: 5, mean: 3, variance: 0 }, { n: 5, mean: 4, variance: 0 });
    assert.ok(hasWarning(flat, "constant-data") && Number.isNaN(flat.cohenD));
    const weak = welchTTest({ n: 10, mean: 3.1, variance: 1 }, { n: 12, mean: 3, variance: 1 });
    assert.ok(weak.p > 0.05 && hasWarning(weak, "underpowered"));
    const big = welchTTest({ n: 500, mean: 3.01, variance: 1 }, { n: 500, mean: 3, variance: 1 });
    assert.ok(big.p > 0.05);
    assert.deepEqual(big.warnings, []);
    const clear = welchTTest({ n: 10, mean: 5, variance: 1 }, { n: 12, mean: 3, variance: 1 });
    assert.deepEqual(clear.warnings, []);
  });

  it("oneWayAnova: unequal-variance above a ratio of 4, constant-data, small-sample", () => {
    const spread = oneWayAnova([
      { n: 20, mean: 1, variance: 1 },
      { n: 20, mean: 1.5, variance: 4.5 },
    ]);
    assert.ok(hasWarning(spread, "unequal-variance"));
    const similar = oneWayAnova([
      { n: 20, mean: 1, variance: 1 },
      { n: 20, mean: 1.5, variance: 3.9 },
    ]);
    assert.deepEqual(similar.warnings, []);
    const flat = oneWayAnova([
      { n: 4, mean: 1, variance: 0 },
      { n: 4, mean: 2, variance: 0 },
    ]);
    assert.ok(hasWarning(flat, "constant-data") && Number.isNaN(flat.statistic));
    const single = oneWayAnova([{ n: 30, mean: 1, variance: 2 }]);
    assert.ok(hasWarning(single, "small-sample") && Number.isNaN(single.p));
    // A group of one adds to the between-group sum only; its variance is not read.
    const withSingleton = oneWayAnova([
      { n: 1, mean: 9, variance: NaN },
      { n: 5, mean: 1, variance: 2 },
      { n: 6, mean: 2, variance: 1 },
    ]);
    assert.equal(withSingleton.df2, 9);
    assertProbability(withSingleton.p, "with a singleton group");
  });

  it("weightedLinearFit: small-sample below 3 points, constant-data, ignored points", () => {
    const two = weightedLinearFit([
      { x: 0, y: 1, w: 1 },
      { x: 1, y: 3, w: 1 },
    ]);
    assert.ok(hasWarning(two, "small-sample"));
    assert.equal(two.slope, 2);
    assert.ok(Number.isNaN(two.slopeSE) && Number.isNaN(two.p));
    const flatX = weightedLinearFit([1, 2, 3].map((y) => ({ x: 5, y, w: 1 })));
    assert.ok(hasWarning(flatX, "constant-data") && Number.isNaN(flatX.slope));
    const ignored = weightedLinearFit([
      { x: 0, y: 1, w: 0 },
      { x: 1, y: NaN, w: 2 },
      { x: 2, y: 2, w: -1 },
    ]);
    assert.equal(ignored.n, 0);
    assert.ok(hasWarning(ignored, "small-sample"));
  });

  it("weightedLinearFit: scaling the weights changes nothing; unit weights are OLS", () => {
    const next = random(11);
    const points = Array.from({ length: 30 }, (_, i) => ({
      x: i,
      y: 2 + 0.3 * i + next(),
      w: 1 + 9 * next(),
    }));
    const fit = weightedLinearFit(points);
    const scaled = weightedLinearFit(points.map((p) => ({ ...p, w: p.w * 1000 })));
    for (const key of ["slope", "intercept", "slopeSE", "r2", "p"] as const)
      assertClose(scaled[key], fit[key], EXACT, key);
    const ols = weightedLinearFit(points.map((p) => ({ ...p, w: 1 })));
    const band = ols.band(15);
    assert.ok(band.lo < band.fit && band.fit < band.hi);
    assert.ok(ols.band(60).hi - ols.band(60).lo > band.hi - band.lo, "the band widens away from x̄");
  });

  it("weightedSpearman: small-sample and constant-data", () => {
    const few = weightedSpearman([1, 2], [2, 1], [1, 1]);
    assert.ok(hasWarning(few, "small-sample") && Number.isNaN(few.rho));
    const flat = weightedSpearman([1, 1, 1, 1], [1, 2, 3, 4], [1, 2, 3, 4]);
    assert.ok(hasWarning(flat, "constant-data") && Number.isNaN(flat.p));
    const perfect = weightedSpearman([1, 2, 3, 4, 5], [2, 4, 8, 16, 32], [5, 1, 1, 1, 5]);
    assert.equal(perfect.rho, 1);
    assert.equal(perfect.p, 0);
  });

  it("normalQQ: small-sample, constant-data (r = 0 as scipy)", () => {
    const one = normalQQ([4]);
    assert.ok(hasWarning(one, "small-sample") && Number.isNaN(one.slope));
    assert.deepEqual(one.points, [{ theoretical: 0, sample: 4 }]);
    const flat = normalQQ([2, 2, 2, 2]);
    assert.ok(hasWarning(flat, "constant-data"));
    assert.equal(flat.r, 0);
    assert.equal(flat.slope, 0);
  });
});

describe("stats: p-values stay in [0, 1]", () => {
  it("on random data and extreme statistics, for every test", () => {
    const next = random(2024);
    for (let round = 0; round < 200; round++) {
      const n = 3 + Math.floor(next() * 60);
      const shift = next() < 0.2 ? 50 * next() : next();
      const a = normalDraws(next, n, 0, 1 + next());
      const b = normalDraws(next, 3 + Math.floor(next() * 60), shift, 1 + 5 * next());
      const counts = Array.from({ length: 2 + Math.floor(next() * 6) }, () =>
        Math.floor(next() * (next() < 0.5 ? 8 : 5000)),
      );
      if (Math.max(...counts) === 0) counts[0] = 1;
      const table = [counts, counts.map((c, i) => (i === 0 ? c * 40 + 1 : Math.floor(c * next())))];
      const summary = (s: number[]) => {
        const mean = s.reduce((t, v) => t + v, 0) / s.length;
        return {
          n: s.length,
          mean,
          variance: s.reduce((t, v) => t + (v - mean) ** 2, 0) / (s.length - 1),
        };
      };
      const ps: Array<[string, number]> = [
        ["gof", chiSquareGoodnessOfFit(counts).p],
        ["independence", chiSquareIndependence(table).p],
        ["kruskal", kruskalWallisFromSamples([a.map(Math.round), b.map(Math.round)]).p],
        ["welch", welchTTest(summary(a), summary(b)).p],
        ["anova", oneWayAnova([summary(a), summary(b), summary(a.map((v) => v * 2))]).p],
        ["shapiro", shapiroWilk(next() < 0.5 ? a : a.map((v) => Math.exp(3 * v))).p],
        [
          "spearman",
          weightedSpearman(
            a,
            a.map((v) => v + next()),
            a.map(() => next()),
          ).p,
        ],
        ["wls", weightedLinearFit(a.map((x) => ({ x, y: shift * x + next(), w: 1 + next() }))).p],
      ];
      for (const [name, p] of ps) {
        if (Number.isNaN(p)) continue; // degenerate draws are covered by the warning tests
        assertProbability(p, `${name}, round ${round}`);
      }
      for (const p of benjaminiHochberg(ps.map(([, p]) => p).filter((p) => !Number.isNaN(p))))
        assertProbability(p, `BH, round ${round}`);
    }
  });

  it("at the extremes: huge statistics give 0, null ones give 1, never beyond", () => {
    assert.equal(chiSquareUpperTail(1e6, 3), 0);
    assert.equal(chiSquareUpperTail(0, 3), 1);
    assert.equal(tTwoSidedP(0, 5), 1);
    assert.equal(tTwoSidedP(Infinity, 5), 0);
    assert.equal(fUpperTail(0, 2, 10), 1);
    assert.equal(fUpperTail(Infinity, 2, 10), 0);
    assert.equal(normalUpperTail(-50), 1);
    assert.equal(chiSquareGoodnessOfFit([25, 25, 25, 25]).p, 1);
    assert.equal(welchTTest({ n: 9, mean: 1, variance: 2 }, { n: 9, mean: 1, variance: 3 }).p, 1);
    const tiny = chiSquareIndependence([
      [900, 80],
      [80, 900],
    ]).p;
    assert.ok(tiny > 0 && tiny < 1e-290, `p = ${tiny} keeps its digits instead of rounding to 0`);
    assert.ok(shapiroWilk([0, 0, 1]).p < 1e-12); // W = 0.75, the least possible for n = 3
    assert.equal(shapiroWilk([1, 2, 3]).p, 1);
  });
});

describe("stats: input errors", () => {
  const rejects = (call: () => unknown, message: RegExp): void => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof StatsInputError, `a StatsInputError, got ${String(error)}`);
      assert.match(error.message, message);
      return true;
    });
  };

  it("empty input", () => {
    rejects(() => weightedLinearFit([]), /^weightedLinearFit: points is empty/);
    rejects(() => chiSquareGoodnessOfFit([]), /^chiSquareGoodnessOfFit: observed is empty/);
    rejects(() => chiSquareIndependence([]), /^chiSquareIndependence: table is empty/);
    rejects(() => chiSquareIndependence([[]]), /table\[0\] is empty/);
    rejects(() => kruskalWallis([]), /^kruskalWallis: groups is empty/);
    rejects(() => oneWayAnova([]), /^oneWayAnova: groups is empty/);
    rejects(() => shapiroWilk([]), /^shapiroWilk: sample is empty/);
    rejects(() => normalQQ([]), /^normalQQ: sample is empty/);
    rejects(() => weightedSpearman([], [], []), /^weightedSpearman: x is empty/);
    rejects(() => quantileNearest([], 0.5), /^quantileNearest: sortedAscending is empty/);
    assert.deepEqual(benjaminiHochberg([]), []);
  });

  it("mismatched or malformed input", () => {
    rejects(
      () => weightedSpearman([1, 2, 3], [1, 2], [1, 1, 1]),
      /x, y, w must have the same length \(got 3, 2, 3\)/,
    );
    rejects(
      () => chiSquareGoodnessOfFit([1, 2, 3], [0.5, 0.5]),
      /expectedShares has 2 values for 3 categories/,
    );
    rejects(
      () => chiSquareGoodnessOfFit([1, 2], [1, 0]),
      /expectedShares\[1\] must be finite and positive/,
    );
    rejects(() => chiSquareGoodnessOfFit([5]), /at least 2 categories/);
    rejects(
      () => chiSquareGoodnessOfFit([1, -2]),
      /observed\[1\] must be a finite non-negative number/,
    );
    rejects(
      () => chiSquareIndependence([[1, 2], [3]]),
      /every row must have 2 cells like row 0 \(row 1 has 1\)/,
    );
    rejects(
      () =>
        chiSquareIndependence([
          [1, NaN],
          [3, 4],
        ]),
      /table\[0\]\[1\]/,
    );
    rejects(() => kruskalWallis([[{ value: 1, count: 1.5 }]]), /count must be an integer/);
    rejects(
      () => kruskalWallis([[{ value: NaN, count: 1 }]]),
      /groups\[0\]\[0\]\.value must be finite/,
    );
    rejects(() => kruskalWallisFromSamples([[1, Infinity]]), /groups\[0\]\[1\] must be finite/);
    rejects(
      () => welchTTest({ n: 2.5, mean: 1, variance: 1 }, { n: 3, mean: 1, variance: 1 }),
      /a\.n must be a non-negative integer/,
    );
    rejects(
      () => welchTTest({ n: 3, mean: 1, variance: -1 }, { n: 3, mean: 1, variance: 1 }),
      /a\.variance must be finite and non-negative/,
    );
    rejects(
      () => oneWayAnova([{ n: 3, mean: NaN, variance: 1 }]),
      /groups\[0\]\.mean must be finite/,
    );
    rejects(() => shapiroWilk([1, 2, NaN]), /sample\[2\] must be finite/);
    rejects(
      () => shapiroWilk(new Array<number>(5001).fill(0).map((_, i) => i)),
      /n = 5001 is above 5000/,
    );
    rejects(() => benjaminiHochberg([0.5, 1.2]), /pValues\[1\] must be in \[0, 1\]/);
    rejects(() => benjaminiHochberg([NaN]), /pValues\[0\]/);
    rejects(() => quantileNearest([1, 3, 2], 0.5), /must be sorted ascending/);
    rejects(() => quantileNearest([1, 2], 1.5), /p must be in \[0, 1\]/);
    rejects(() => effectSizeLabel("cohen-d", NaN), /cohen-d is NaN/);
    rejects(() => effectSizeLabel("cramers-v", 0.2, 0), /df ≥ 1/);
    rejects(() => isSignificant(0.01, 1), /alpha must be in \(0, 1\)/);
  });
});

describe("stats: labels and quantiles", () => {
  it("effectSizeLabel uses Cohen's thresholds, Cramér's V scaled by √df", () => {
    const cases: Array<[Parameters<typeof effectSizeLabel>, string]> = [
      [["cohen-d", 0.19], "negligible"],
      [["cohen-d", -0.2], "small"],
      [["cohen-d", 0.5], "medium"],
      [["cohen-d", -0.95], "large"],
      [["cohen-w", 0.05], "negligible"],
      [["cohen-w", 0.3], "medium"],
      [["cramers-v", 0.25], "small"],
      [["cramers-v", 0.25, 2], "medium"],
      [["cramers-v", 0.36, 2], "large"],
      [["cramers-v", 0.06, 3], "small"],
      [["eta-squared", 0.005], "negligible"],
      [["eta-squared", 0.01], "small"],
      [["epsilon-squared", 0.07], "medium"],
      [["omega-squared", 0.2], "large"],
      [["omega-squared", -0.01], "negligible"],
    ];
    for (const [args, label] of cases)
      assert.equal(effectSizeLabel(...args), label, args.join(" "));
  });

  it("isSignificant is p < alpha", () => {
    assert.equal(isSignificant(0.049), true);
    assert.equal(isSignificant(0.05), false);
    assert.equal(isSignificant(0.02, 0.01), false);
    assert.equal(isSignificant(NaN), false);
  });

  it("quantileNearest rounds index halves to even (numpy), unlike polars", () => {
    assert.equal(quantileNearest([1, 2], 0.5), 1); // index 0.5 → 0 (polars: 1 → 2)
    assert.equal(quantileNearest([1, 2, 3, 4], 0.5), 3); // index 1.5 → 2
    assert.equal(quantileNearest([1, 2, 3, 4, 5], 0.125), 1); // index 0.5 → 0
    assert.equal(quantileNearest([1, 2, 3, 4, 5], 0.375), 3); // index 1.5 → 2
  });

  it("benjaminiHochberg keeps the order, never lowers a p-value, and is monotone in p", () => {
    const ps = [0.04, 0.001, 0.5, 0.03, 0.02];
    const adjusted = benjaminiHochberg(ps);
    adjusted.forEach((q, i) => assert.ok(q >= ps[i]));
    const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b]);
    for (let k = 1; k < order.length; k++) assert.ok(adjusted[order[k]] >= adjusted[order[k - 1]]);
  });
});
