/** Runs a Python 3 snippet and returns its JSON output: Python itself is the reference for repr. */
import { execFileSync } from "node:child_process";

export function python<T>(script: string, input?: unknown): T {
  const out = execFileSync("python3", ["-c", script], {
    input: input === undefined ? "" : JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}
