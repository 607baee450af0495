import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { buildAtomically } from "../scripts/build-site.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";

function previousSite(): { root: string; out: string } {
  const root = tempDir();
  const out = join(root, "dist");
  mkdirSync(out);
  writeFileSync(join(out, "index.html"), "previous");
  return { root, out };
}

it("a failed build leaves the previous site as it was, and no temporary folder", async () => {
  const { root, out } = previousSite();
  const ok = await buildAtomically(out, async (tmp) => {
    mkdirSync(tmp);
    writeFileSync(join(tmp, "index.html"), "half written");
    return false;
  });
  assert.equal(ok, false);
  assert.equal(readFileSync(join(out, "index.html"), "utf8"), "previous");
  assert.deepEqual(readdirSync(root), ["dist"]);
});

it("a successful build replaces the previous site whole", async () => {
  const { root, out } = previousSite();
  writeFileSync(join(out, "stale.html"), "gone after the swap");
  const ok = await buildAtomically(out, async (tmp) => {
    mkdirSync(tmp);
    writeFileSync(join(tmp, "index.html"), "new");
    return true;
  });
  assert.equal(ok, true);
  assert.equal(readFileSync(join(out, "index.html"), "utf8"), "new");
  assert.equal(existsSync(join(out, "stale.html")), false);
  assert.deepEqual(readdirSync(root), ["dist"]);
});
