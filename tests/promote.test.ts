/**
 * Promotion, backup and restore over real sites and real servers in a temporary home: the switch,
 * the differential backup record, keeping the last N, a failed check after the switch rolling back,
 * an unhealthy preprod refused, and `npm run promote` killed at each step leaving production working.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, readlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { detectEnvironment } from "../loaders/environment.ts";
import { openLogs } from "../loaders/log.ts";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { createBackup, listBackups } from "../scripts/deploy/backup.ts";
import { type Layout, layout } from "../scripts/deploy/layout.ts";
import { promote, restore } from "../scripts/deploy/promote.ts";
import { addRelease, currentRelease, switchCurrent } from "../scripts/deploy/releases.ts";
import { formatStatus, readStatus } from "../scripts/deploy/status.ts";
import { verifyEnvironment } from "../scripts/deploy/verify.ts";
import { startServer } from "../scripts/server/app.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";
import { type SiteFixture, makeSite } from "./helpers/site-fixture.ts";

const quiet = () => {};
let day = 1;
const nextDate = () => new Date(Date.UTC(2025, 0, day++, 12));

async function newHome(): Promise<{ home: string; paths: Layout }> {
  const home = tempDir("mangetamain-deploy-");
  return { home, paths: layout({ MANGETAMAIN_HOME: home }) };
}

/** A new preprod build (and database bytes), made preprod's current site. */
async function buildPreprod(paths: Layout, version: string, recipes = 1_000): Promise<SiteFixture> {
  const site = await makeSite(join(paths.home, "builds", version), {
    version,
    recipes,
    now: nextDate(),
  });
  await addRelease(paths, "preprod", site.dir);
  await switchCurrent(paths, "preprod", site.manifest.build_id);
  await mkdir(paths.data("preprod"), { recursive: true });
  await writeFile(paths.database("preprod"), `database ${version}`);
  return site;
}

const prodDb = (paths: Layout) => readFile(paths.database("prod"), "utf8").catch(() => null);
const currentId = async (paths: Layout, env: "preprod" | "prod") =>
  (await currentRelease(paths, env))?.id ?? null;

describe("promote, backup, restore", { timeout: 300_000 }, () => {
  it("promotes preprod's build and data to production, backing up what was there", async () => {
    const { paths } = await newHome();
    const a = await buildPreprod(paths, "a");
    const first = await promote(paths, { keep: 5, log: quiet });
    assert.equal(first.build_id, a.manifest.build_id);
    assert.equal(first.previous, null);
    assert.equal(first.verdict.via, "temporary server");
    assert.equal(await currentId(paths, "prod"), a.manifest.build_id);
    assert.equal(await readlink(paths.current("prod")), join("releases", a.manifest.build_id));
    assert.equal(await prodDb(paths), "database a");
    assert.equal(first.backup.build_id, null, "production had nothing");

    const b = await buildPreprod(paths, "b", 1_200);
    const second = await promote(paths, { keep: 5, log: quiet });
    assert.equal(second.previous, a.manifest.build_id);
    assert.equal(await currentId(paths, "prod"), b.manifest.build_id);
    assert.equal(await prodDb(paths), "database b");
    // The backup holds production as it was (a), and how it differed from preprod (b).
    const record = second.backup;
    assert.equal(record.build_id, a.manifest.build_id);
    assert.equal(record.diff.other_env, "preprod");
    assert.deepEqual(record.diff.build_id, {
      here: a.manifest.build_id,
      there: b.manifest.build_id,
    });
    assert.equal(record.diff.data_fingerprint.same, false);
    assert.deepEqual(record.diff.rows.recipes, { here: 1_000, there: 1_200, delta: -200 });
    assert.ok(record.diff.files.changed.paths.includes("index.html"));
    assert.ok(
      record.diff.files.only_here.paths.some((p) => p.startsWith("_import/components/app.")),
    );
    const dir = join(paths.backups("prod"), record.id);
    assert.equal(await readFile(join(dir, "data", "mangetamain.duckdb"), "utf8"), "database a");
    assert.ok(existsSync(join(dir, "site", "index.html")));
    assert.deepEqual(JSON.parse(await readFile(join(dir, "backup.json"), "utf8")), record);

    // status: both sides, same build now
    const status = await readStatus(paths);
    assert.equal(status.diff.same_build, true);
    assert.match(formatStatus(status), /no difference: production serves what preprod serves/);
    assert.match(
      formatStatus(status),
      new RegExp(`current build\\s+${b.manifest.build_id}\\s+${b.manifest.build_id}`),
    );

    // restore the backup: production serves a again, with its database
    const restored = await restore(paths, record.id, { keep: 5, log: quiet });
    assert.equal(restored.build_id, a.manifest.build_id);
    assert.equal(await currentId(paths, "prod"), a.manifest.build_id);
    assert.equal(await prodDb(paths), "database a");
    assert.equal(
      restored.backup.build_id,
      b.manifest.build_id,
      "what restore replaced is backed up",
    );
    const after = await readStatus(paths);
    assert.match(formatStatus(after), /differs: build; data; recipes -200/);
  });

  it("keeps the last N backups, and the one being restored", async () => {
    const { paths } = await newHome();
    await buildPreprod(paths, "k");
    await promote(paths, { keep: 2, log: quiet });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await createBackup(paths, "prod", { reason: "manual", keep: 2 })).id);
    const kept = (await listBackups(paths, "prod")).map((r) => r.id);
    assert.deepEqual(kept, [ids[3], ids[2]]);
    const entries = (await readdir(paths.backups("prod"))).sort();
    assert.deepEqual(entries, [ids[2], ids[3]].sort(), "no temporary folder left");
    await restore(paths, ids[2]!, { keep: 1, log: quiet });
    assert.ok(
      existsSync(join(paths.backups("prod"), ids[2]!)),
      "the restored backup survives pruning",
    );
  });

  it("rolls back when production fails its check after the switch", async () => {
    const { paths } = await newHome();
    const a = await buildPreprod(paths, "ra");
    await promote(paths, { keep: 5, log: quiet });
    // A production server pinned to release a: after the switch it still serves a, so the check fails.
    const logs = openLogs("prod", { component: "server", dir: paths.logs("prod") });
    const pinned = await startServer({
      env: detectEnvironment({ env: { APP_ENV: "prod" } }),
      siteDir: paths.release("prod", a.manifest.build_id),
      host: "127.0.0.1",
      port: 0,
      logs,
      runtimeFile: paths.runtimeEnv("prod"),
    });
    try {
      const b = await buildPreprod(paths, "rb");
      const lines: string[] = [];
      await assert.rejects(
        promote(paths, { keep: 5, log: (l) => lines.push(l) }),
        (error: Error) =>
          error.name === "DeployError" &&
          error.message.includes(
            `it serves build ${a.manifest.build_id}, not ${b.manifest.build_id}`,
          ) &&
          error.message.includes(`rolled back to ${a.manifest.build_id}`),
      );
      assert.ok(lines.some((l) => l.includes("rolling back")));
      assert.equal(await currentId(paths, "prod"), a.manifest.build_id);
      assert.equal(await prodDb(paths), "database ra", "the database is put back too");
      const verdict = await verifyEnvironment(paths, "prod", a.manifest.build_id);
      assert.ok(verdict.ok, verdict.problems.join("; "));
    } finally {
      await pinned.close();
      await logs.close();
    }
    // An explicit production address that does not answer fails the same way.
    await assert.rejects(
      promote(paths, { keep: 5, log: quiet, url: "http://127.0.0.1:9" }),
      /did not answer.*rolled back/,
    );
    assert.equal(await currentId(paths, "prod"), a.manifest.build_id);
  });

  it("refuses to promote an unhealthy preprod, leaving production untouched", async () => {
    const { paths } = await newHome();
    const a = await buildPreprod(paths, "ua");
    await promote(paths, { keep: 5, log: quiet });
    const broken = await makeSite(join(paths.home, "builds", "broken"), {
      version: "broken",
      recipes: 10,
      now: nextDate(),
      withIndex: false,
    });
    await addRelease(paths, "preprod", broken.dir);
    await switchCurrent(paths, "preprod", broken.manifest.build_id);
    await assert.rejects(
      promote(paths, { keep: 5, log: quiet }),
      /preprod is not healthy \(health: the site has no index\.html.*production is unchanged/,
    );
    assert.equal(await currentId(paths, "prod"), a.manifest.build_id);
    assert.equal((await listBackups(paths, "prod")).length, 1, "no backup for a refused promotion");
  });

  it("npm run restore with an unknown id says so", async () => {
    const { home } = await newHome();
    const child = spawn("npm", ["run", "-s", "restore", "--", "prod-nope"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, MANGETAMAIN_HOME: home },
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    const code = await new Promise((resolve) => child.on("close", resolve));
    assert.equal(code, 1);
    assert.match(stderr, /no backup "prod-nope"/);
  });

  describe("npm run promote killed at each step", () => {
    const steps = [
      "backing up prod",
      "backup ",
      "copying the site to prod",
      "switching prod",
      "checking prod",
    ];
    for (const step of steps) {
      it(`killed after "${step}…": production still serves a complete site, and the next promote works`, async () => {
        const { home, paths } = await newHome();
        const a = await buildPreprod(paths, `ka-${step.length}`);
        await promote(paths, { keep: 5, log: quiet });
        const b = await buildPreprod(paths, `kb-${step.length}`);
        const child: ChildProcess = spawn(
          process.execPath,
          ["--import", "tsx", "scripts/promote.ts"],
          { cwd: PROJECT_ROOT, env: { ...process.env, MANGETAMAIN_HOME: home } },
        );
        let stderr = "";
        const killed = new Promise<void>((resolve) => {
          child.stderr!.on("data", (c: Buffer) => {
            stderr += c;
            if (stderr.includes(step) && child.exitCode === null) child.kill("SIGKILL");
          });
          child.on("close", () => resolve());
        });
        await killed;
        const current = await currentRelease(paths, "prod");
        assert.ok(current, `production has a current site (${stderr})`);
        assert.ok([a.manifest.build_id, b.manifest.build_id].includes(current.id));
        const verdict = await verifyEnvironment(paths, "prod", current.id);
        assert.ok(verdict.ok, verdict.problems.join("; "));
        // The lock and temporaries of the killed run do not stop the next one.
        const again = await promote(paths, { keep: 5, log: quiet });
        assert.equal(again.build_id, b.manifest.build_id);
        const leftovers = (await readdir(paths.sites("prod"))).filter((n) => n.startsWith("."));
        assert.deepEqual(leftovers, []);
        const backupTemps = (await readdir(paths.backups("prod"))).filter((n) => n.startsWith("."));
        assert.deepEqual(backupTemps, []);
      });
    }
  });
});
