/**
 * The @stdlib distribution functions reach the browser as one module (scripts/vendor-npm.ts,
 * NODE_BUNDLE) instead of Framework's 141: the bundle gives the same values as the packages the
 * unit tests and loaders run, and holds no import, eval or Function (the site's CSP).
 */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import betainc from "@stdlib/math-base-special-betainc";
import gammainc from "@stdlib/math-base-special-gammainc";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { NODE_BUNDLE, vendorNpm } from "../scripts/vendor-npm.ts";

type Fn = (...args: never[]) => number;

describe("vendored @stdlib bundle", { timeout: 120_000 }, () => {
  let root = "";
  let nodeDir = "";
  const files = () =>
    NODE_BUNDLE.map((name) => {
      const { version } = JSON.parse(
        readFileSync(path.join("node_modules", name, "package.json"), "utf8"),
      ) as { version: string };
      return path.join(nodeDir, `${name}@${version}`, "index.js");
    });

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "vendor-node-"));
    await vendorNpm({ root, log: () => {} });
    nodeDir = path.join(root, ".observablehq", "cache", "_node");
  });

  after(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("lists every @stdlib package the app's modules import", () => {
    const found = new Set<string>();
    for (const file of readdirSync("src", { recursive: true, encoding: "utf8" })) {
      if (!/\.(ts|js|md)$/.test(file)) continue;
      for (const m of readFileSync(path.join("src", file), "utf8").matchAll(
        /from\s+["'](@stdlib\/[^"']+)["']/g,
      ))
        found.add(m[1]!);
    }
    assert.ok(found.size > 0);
    for (const name of found) assert.ok(NODE_BUNDLE.includes(name as never), name);
  });

  it("writes one module, without imports, eval or Function; the others re-export it", async () => {
    const [host, ...stubs] = files();
    const code = await readFile(host!, "utf8");
    assert.doesNotMatch(code, /\bimport\s*[{*\w]|\bimport\(/);
    assert.doesNotMatch(code, /\beval\(|new Function\(/);
    for (const stub of stubs) {
      const text = await readFile(stub, "utf8");
      assert.match(
        text,
        /^\/\/ vendor-npm: .*\nexport \{ f\d as default \} from "\.\.\/[^"]+";\n$/,
      );
    }
  });

  it("gives the same values as the packages themselves", async () => {
    const bundle = (await import(pathToFileURL(files()[0]!).href)) as Record<string, Fn>;
    const cases: [Fn, Fn, number[][]][] = [
      [
        bundle.f0!,
        betainc as Fn,
        [
          [0.3, 2, 5],
          [0.999, 0.5, 40],
          [1e-6, 3, 0.2],
        ],
      ],
      [
        bundle.f1!,
        gammainc as Fn,
        [
          [3, 2.5],
          [150, 100],
          [1e-3, 0.5],
        ],
      ],
      [
        bundle.f2!,
        normalCdf as Fn,
        [
          [-8, 0, 1],
          [1.96, 0, 1],
          [0.1, 0, 1],
        ],
      ],
      [
        bundle.f3!,
        normalQuantile as Fn,
        [
          [0.975, 0, 1],
          [1e-12, 0, 1],
          [0.5, 0, 1],
        ],
      ],
      [
        bundle.f4!,
        tCdf as Fn,
        [
          [-2.5, 7],
          [-40, 3],
          [0.3, 1000],
        ],
      ],
      [
        bundle.f5!,
        tQuantile as Fn,
        [
          [0.975, 7],
          [1e-9, 3],
          [0.6, 1000],
        ],
      ],
    ];
    for (const [bundled, original, inputs] of cases)
      for (const args of inputs)
        assert.equal(
          Object.is(bundled(...(args as never[])), original(...(args as never[]))),
          true,
          `${original.name}(${args.join(", ")})`,
        );
    // Upper tails as distributions.ts asks for them (regularized, upper).
    assert.equal(
      (bundle.f1 as unknown as (...a: unknown[]) => number)(80, 50, true, true),
      (gammainc as unknown as (...a: unknown[]) => number)(80, 50, true, true),
    );
    assert.equal(bundle.default, bundle.f0);
  });
});
