/** What the figures were measured on: the report is meaningless without it. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PROJECT_ROOT } from "../../loaders/paths.ts";

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly ramGiB: number;
  readonly node: string;
  readonly duckdb: string;
  readonly duckdbWasm: string;
  readonly chromium: string | null;
  readonly date: string;
}

function chromiumVersion(): string | null {
  try {
    // Debian's launcher script prints a shell warning on stderr: only the version line matters.
    return execFileSync("/usr/bin/chromium", ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

async function duckdbVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll("SELECT version() AS v");
  const version = String(reader.getRowObjectsJson()[0]!.v);
  connection.closeSync();
  instance.closeSync();
  return version;
}

export async function describeMachine(): Promise<Machine> {
  // Its package.json is not exported, so it is read as a file.
  const wasm = JSON.parse(
    readFileSync(join(PROJECT_ROOT, "node_modules/@duckdb/duckdb-wasm/package.json"), "utf8"),
  ) as { version: string };
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    duckdb: await duckdbVersion(),
    duckdbWasm: wasm.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
  };
}
