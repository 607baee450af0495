/**
 * `npm run dev`'s watcher (scripts/dev): the import graph finds which data loaders run a pipeline
 * module, and editing a module makes the watcher touch exactly those loaders (so Framework re-runs
 * them), or rebuild the database first when the module belongs to the ingest.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import {
  buildImportGraph,
  dependenciesOf,
  loadersToRerun,
  scanImports,
} from "../scripts/dev/import-graph.ts";
import { watchSources } from "../scripts/dev/watch.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";

const at = (path: string) => join(PROJECT_ROOT, path);
const DATA = at("src/data");

describe("dev watcher: import graph", () => {
  it("reads run-time imports, and leaves type-only ones out", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "./b.ts";',
      "import {",
      "  c,",
      "  type D,",
      '} from "../c.js";',
      'import "./side-effect.ts";',
      'export * from "./e.ts";',
      'export { f } from "./f.ts";',
      'export type { G } from "./g.ts";',
      'const h = await import("./h.ts");',
      'import x, { y } from "npm:htl";',
    ].join("\n");
    assert.deepEqual(scanImports(source).sort(), [
      "../c.js",
      "./a.ts",
      "./e.ts",
      "./f.ts",
      "./h.ts",
      "./side-effect.ts",
      "npm:htl",
    ]);
  });

  const graph = buildImportGraph([at("loaders"), at("src")]);

  it("finds the loaders that run loaders/analysis/tables.ts, and only those", () => {
    const loaders = loadersToRerun(graph, at("loaders/analysis/tables.ts"), DATA).map((f) =>
      f.slice(PROJECT_ROOT.length + 1),
    );
    for (const expected of [
      "src/data/analysis_recipes.parquet.ts",
      "src/data/recipe_ratings.parquet.ts",
      "src/data/trends.json.ts",
      "src/data/ratings.json.ts",
      "src/data/catalog.json.ts",
    ])
      assert.ok(loaders.includes(expected), `${expected} in ${loaders.join(", ")}`);
    // Every loader that reads the export store re-runs: any table's SQL is part of the store's key.
    assert.ok(loaders.includes(at("src/data/recipes.parquet.ts").slice(PROJECT_ROOT.length + 1)));
    // The summary reads the analysis set's record from the store too.
    assert.ok(loaders.includes(at("src/data/summary.json.ts").slice(PROJECT_ROOT.length + 1)));
  });

  it("follows src/ modules that loaders import (a page's queries)", () => {
    const loaders = loadersToRerun(graph, at("src/analysis/trends-queries.ts"), DATA);
    assert.ok(loaders.includes(at("src/data/trends.json.ts")));
    assert.ok(!loaders.includes(at("src/data/weekday.json.ts")));
  });

  it("knows which modules make up the ingest", () => {
    const ingest = dependenciesOf(graph, at("loaders/cli/prepare-data.ts"));
    assert.ok(ingest.has(at("loaders/ingest/quality.ts")));
    // The analysis set is the export store's: editing it re-runs loaders, not the ingest.
    assert.ok(!ingest.has(at("loaders/analysis/analysis-set.ts")));
    assert.ok(!ingest.has(at("loaders/catalog/examples.ts")));
    assert.ok(!ingest.has(at("loaders/analysis/tables.ts")));
    // The export store is the loaders' business, not the ingest's: editing a table's SQL re-runs
    // loaders, never the ingest.
    assert.ok(!ingest.has(at("loaders/export-store.ts")));
  });
});

describe("dev watcher: editing a module", { timeout: 60_000 }, () => {
  /** A small project: two loaders, a pipeline module chain, an ingest entry. */
  function project() {
    const root = tempDir("dev-watch-");
    const put = (path: string, text: string) => {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    put("loaders/base.ts", "export const base = 1;\n");
    put("loaders/middle.ts", 'import { base } from "./base.ts";\nexport const m = base;\n');
    put("loaders/ingest/step.ts", "export const step = 1;\n");
    put(
      "loaders/cli/prepare.ts",
      'import { step } from "../ingest/step.ts";\nconsole.log(step);\n',
    );
    put("src/data/uses.json.ts", 'import { m } from "../../loaders/middle.ts";\nconsole.log(m);\n');
    put("src/data/other.json.ts", "console.log(2);\n");
    return { root, put };
  }
  const mtime = (file: string) => statSync(file).mtimeMs;

  it("touches the loaders that import the edited module, and no other", async () => {
    const { root, put } = project();
    const logs: string[] = [];
    let reingests = 0;
    const watcher = watchSources({
      root,
      ingestEntry: join(root, "loaders/cli/prepare.ts"),
      reingest: async () => void reingests++,
      log: (m) => logs.push(m),
      debounceMs: 50,
    });
    try {
      const uses = join(root, "src/data/uses.json.ts");
      const other = join(root, "src/data/other.json.ts");
      await sleep(200);
      const [usesBefore, otherBefore] = [mtime(uses), mtime(other)];
      await sleep(50);
      put("loaders/base.ts", "export const base = 2;\n");
      await watcher.settled();
      assert.ok(mtime(uses) > usesBefore, "the loader importing it (through middle.ts) is touched");
      assert.equal(mtime(other), otherBefore, "the other loader is left alone");
      assert.equal(reingests, 0);
      assert.match(
        logs.join("\n"),
        /loaders\/base\.ts changed: re-running src\/data\/uses\.json\.ts/,
      );

      const [usesNow, otherNow] = [mtime(uses), mtime(other)];
      await sleep(50);
      put("loaders/ingest/step.ts", "export const step = 2;\n");
      await watcher.settled();
      assert.equal(reingests, 1, "an ingest module rebuilds the database");
      assert.ok(mtime(uses) > usesNow && mtime(other) > otherNow, "then every loader re-runs");
    } finally {
      watcher.close();
    }
  });
});

describe("dev watcher with Framework's preview", { timeout: 120_000 }, () => {
  it("makes the preview re-run a loader when a module it imports changes", async () => {
    // A tiny Framework project of its own (its own loader cache), under the project root so that
    // tsx and the packages resolve.
    const root = join(PROJECT_ROOT, "test-results", `dev-preview-${process.pid}`);
    rmSync(root, { recursive: true, force: true });
    const put = (path: string, text: string) => {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    put("observablehq.config.js", 'export default { root: "src" };\n');
    put("src/index.md", "# Test\n");
    put("loaders/value.ts", "export const value = 1;\n");
    put(
      "src/data/value.json.ts",
      'import { value } from "../../loaders/value.ts";\nprocess.stdout.write(JSON.stringify({ value }));\n',
    );
    const preview = spawn(
      join(PROJECT_ROOT, "node_modules/.bin/observable"),
      ["preview", "--no-open", "--port", String(20_000 + (process.pid % 20_000))],
      {
        cwd: root,
        env: {
          ...process.env,
          OBSERVABLE_TELEMETRY_DISABLE: "1",
          PATH: `${join(PROJECT_ROOT, "node_modules/.bin")}:${process.env.PATH}`,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    const url = new Promise<string>((resolve) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (match) resolve(match[0]);
      };
      preview.stdout.on("data", read);
      preview.stderr.on("data", read);
    });
    const watcher = watchSources({ root, log: () => {}, debounceMs: 50 });
    try {
      const origin = await Promise.race([
        url,
        sleep(30_000).then(() => Promise.reject(new Error(`no preview URL:\n${output}`))),
      ]);
      const value = async () =>
        ((await (await fetch(`${origin}_file/data/value.json`)).json()) as { value: number }).value;
      assert.equal(await value(), 1);
      await sleep(50);
      put("loaders/value.ts", "export const value = 2;\n");
      await watcher.settled();
      assert.equal(await value(), 2, "the loader ran again with the edited module");
    } finally {
      watcher.close();
      preview.kill("SIGTERM");
      rmSync(root, { recursive: true, force: true });
    }
  });
});
