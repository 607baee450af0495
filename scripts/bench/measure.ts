/**
 * Runs a command as its own process under GNU time, so wall time and peak RSS are the kernel's
 * figures for that process tree (including DuckDB's native threads), not estimates from polling.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../loaders/paths.ts";

export const GNU_TIME = "/usr/bin/time";

export interface Measured {
  readonly seconds: number;
  /** Peak resident set size of the largest process in the tree, in bytes. */
  readonly peakRssBytes: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export class CommandFailed extends Error {}

export async function measureCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Measured> {
  if (!existsSync(GNU_TIME))
    throw new Error(
      `${GNU_TIME} is missing: install Debian's "time" package (apt-get install time)`,
    );
  const dir = await mkdtemp(join(tmpdir(), "mangetamain-bench-time-"));
  const timeFile = join(dir, "time.txt");
  try {
    const started = process.hrtime.bigint();
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: Buffer;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const out: Buffer[] = [];
      let err = "";
      child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
      child.stderr.on("data", (chunk: Buffer) => (err += chunk));
      child.on("error", reject);
      child.on("close", (exit) => resolve({ code: exit, stdout: Buffer.concat(out), stderr: err }));
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (code !== 0)
      throw new CommandFailed(
        `${command} ${args.join(" ")} exited with ${code}:\n${stderr.slice(-4000)}`,
      );
    // GNU time may print a warning line before the figure; the figure (kilobytes) is the last line.
    const kilobytes = Number((await readFile(timeFile, "utf8")).trim().split("\n").pop());
    return { seconds, peakRssBytes: kilobytes * 1024, stdout, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A TypeScript entry point run the way npm scripts run it, without npm's own start-up time. */
export function tsxArgs(script: string, args: readonly string[] = []): [string, string[]] {
  return [process.execPath, ["--import", "tsx", script, ...args]];
}
