/**
 * Builds the real site for browser tests: a small generated sample, ingested into a database of its
 * own, then `npm run build` (vendor + data + Framework build) inside a network namespace that has no
 * network, so the test also proves the build needs none.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { generateSample } from "../../loaders/sample/generate.ts";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { tempDir } from "./ingest-fixtures.ts";

export interface BuiltSite {
  readonly dir: string;
  readonly dbPath: string;
  readonly dist: string;
  readonly log: string;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (c: Buffer) => (log += c));
    child.stderr.on("data", (c: Buffer) => (log += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, log }));
  });
}

export async function buildSiteOffline(sample: {
  recipes: number;
  interactions: number;
  seed: number;
}): Promise<BuiltSite> {
  const dir = tempDir("mangetamain-site-");
  const raw = join(dir, "raw");
  await generateSample({ outDir: raw, ...sample });
  const dbPath = join(dir, "mangetamain.duckdb");
  const dist = join(dir, "dist");
  const { code, log } = await run("unshare", ["-rn", "npm", "run", "build", "--", "--out", dist], {
    MANGETAMAIN_RAW_DIR: raw,
    MANGETAMAIN_DB: dbPath,
  });
  if (code !== 0) throw new Error(`npm run build failed without network (exit ${code}):\n${log}`);
  return { dir, dbPath, dist, log };
}
