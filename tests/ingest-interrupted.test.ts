import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { it } from "node:test";
import { ingest } from "../loaders/ingest/ingest.ts";
import { recipeRow, tempDir, writeRaw } from "./helpers/ingest-fixtures.ts";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

it("an ingest killed midway leaves the previous database untouched, and the next run cleans up", async () => {
  const dir = tempDir();
  const dbPath = join(dir, "db.duckdb");
  writeRaw(dir, [recipeRow()], ["1533,1,2006-01-01,5,nice"]);
  await ingest({ rawDir: dir, dbPath });
  const before = sha(dbPath);

  // Enough rows that the ingest is still running when it is killed.
  const rows = Array.from(
    { length: 400_000 },
    (_, i) => `${1533 + i},1,2006-01-01,${i % 6},review number ${i}`,
  );
  writeRaw(dir, [recipeRow()], rows);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "loaders/cli/ingest.ts", "--raw", dir, "--db", dbPath],
    { stdio: "ignore" },
  );
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const temporary = () => readdirSync(dir).find((f) => f.includes(".tmp-"));
  const deadline = Date.now() + 30_000;
  while (!temporary() && Date.now() < deadline) await sleep(5);
  assert.ok(temporary(), "the ingest writes to a temporary file");
  child.kill("SIGKILL");
  await exited;

  assert.equal(sha(dbPath), before, "the previous database is untouched");
  assert.ok(temporary(), "the killed run left its temporary file");
  const result = await ingest({ rawDir: dir, dbPath });
  assert.equal(result.interactions?.loaded, 400_000);
  assert.equal(temporary(), undefined, "the next run removed it");
  assert.ok(existsSync(dbPath));
});
