/**
 * scripts/site/bundle.ts on a tiny built site: the page imports and preloads its bundle instead of
 * its modules, npm modules stay separate, a dynamic import stays lazy (its own chunk), and a module
 * whose import.meta URLs would change meaning keeps its file, with what it imports (one instance).
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { pathToFileURL } from "node:url";
import { bundlePages } from "../scripts/site/bundle.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";

const FILES: Record<string, string> = {
  "_npm/x@1.0.0/y.js": "export const x = 2;",
  "_observablehq/client.js": "export const define = () => {};",
  "_import/components/a.js": `import {x} from "../../_npm/x@1.0.0/y.js";
import {shared} from "../shared.js";
export const a = () => x + shared.n;
export const lazy = () => import("./c.js");
export const url = () => new URL("../../env.json", import.meta.url).href;`,
  "_import/components/c.js": "export const c = 3;",
  "_import/shared.js": "export const shared = {n: 1};",
  "_import/components/deep/meta.js": `import {shared} from "../../shared.js";
export const same = (other) => other === shared;
export const url = new URL("../../../env.json", import.meta.url).href;`,
};

const PAGE = `<!DOCTYPE html><html><head>
<link rel="modulepreload" href="./_observablehq/client.js">
<link rel="modulepreload" href="./_import/components/a.js">
<link rel="modulepreload" href="./_npm/x@1.0.0/y.js">
<link rel="modulepreload" href="./_import/components/deep/meta.js">
<link rel="modulepreload" href="./_import/shared.js">
<script type="module">
import {define} from "./_observablehq/client.js";
define({body: async () => {
const [{a}, {same}] = await Promise.all([import("./_import/components/a.js"), import("./_import/components/deep/meta.js")]);
}});
</script></head><body></body></html>`;

it("bundles a page's modules, keeps lazy imports lazy and import.meta URLs right", async () => {
  const site = tempDir("mangetamain-bundle-");
  for (const [path, code] of Object.entries(FILES)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), code);
  }
  writeFileSync(join(site, "index.html"), PAGE);

  const result = await bundlePages(site);
  assert.equal(result.pages, 1);

  const html = readFileSync(join(site, "index.html"), "utf8");
  const bundle =
    /import\("(\.\/_import\/_pages\/index\.[0-9a-f]{8}\.js)"\)\.then\(\(m\) => m\.m0\)/.exec(
      html,
    )?.[1];
  assert.ok(bundle, html);
  assert.match(
    html,
    /import\("\.\/_import\/components\/deep\/meta\.js"\)/,
    "meta.js keeps its file",
  );
  assert.doesNotMatch(html, /href="\.\/_import\/components\/a\.js"/);
  assert.match(
    html,
    new RegExp(`<link rel="modulepreload" href="${bundle.replaceAll(".", "\\.")}">`),
  );
  for (const kept of ["_observablehq/client.js", "_npm/x@1.0.0/y.js", "_import/shared.js"])
    assert.match(html, new RegExp(`href="\\./${kept.replaceAll(".", "\\.")}"`), kept);

  const code = readFileSync(join(site, bundle), "utf8");
  assert.match(code, /"\.\.\/\.\.\/_npm\/x@1\.0\.0\/y\.js"/, "npm modules stay separate");
  assert.match(code, /"\.\.\/shared\.js"/, "a module meta.js imports stays one instance");
  assert.doesNotMatch(code, /c\s*=\s*3/, "the lazy module is a chunk of its own");
  assert.ok(
    readdirSync(join(site, "_import/_pages")).some((f) => /^chunk\.[A-Z2-7]{8}\.js$/.test(f)),
  );

  const m = (await import(pathToFileURL(join(site, bundle)).href)) as {
    m0: { a: () => number; lazy: () => Promise<{ c: number }>; url: () => string };
  };
  assert.equal(m.m0.a(), 3);
  assert.equal((await m.m0.lazy()).c, 3);
  assert.equal(m.m0.url(), pathToFileURL(join(site, "env.json")).href);
  const meta = (await import(
    pathToFileURL(join(site, "_import/components/deep/meta.js")).href
  )) as {
    same: (o: unknown) => boolean;
  };
  const shared = (await import(pathToFileURL(join(site, "_import/shared.js")).href)) as {
    shared: unknown;
  };
  assert.ok(meta.same(shared.shared));
});
