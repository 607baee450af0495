/**
 * Is an environment healthy and serving the build it should? Asks the server that runs it (found
 * in sites/<env>/env.json, or at the address given), or, when none answers, starts a temporary one
 * on a free loopback port over the environment's current site: the check always reads real files
 * through the real server.
 */
import { readFile } from "node:fs/promises";
import { type AppEnv, labelOf } from "../../loaders/environment.ts";
import { openLogs } from "../../loaders/log.ts";
import { type Health, type RuntimeEnv, startServer } from "../server/app.ts";
import type { Layout } from "./layout.ts";

export interface Verdict {
  readonly ok: boolean;
  readonly via: "running server" | "temporary server";
  readonly url: string;
  readonly health: Health | null;
  readonly problems: readonly string[];
}

export async function fetchHealth(url: string): Promise<Health> {
  const response = await fetch(new URL("/health", url), { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as Health;
  return body;
}

/** The address of the server that last started for `env`, if it wrote one. */
export async function runningServerUrl(layout: Layout, env: AppEnv): Promise<string | null> {
  const text = await readFile(layout.runtimeEnv(env), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    return (JSON.parse(text) as RuntimeEnv).url ?? null;
  } catch {
    return null;
  }
}

async function check(url: string, env: AppEnv, buildId: string): Promise<Omit<Verdict, "via">> {
  const problems: string[] = [];
  let health: Health | null = null;
  try {
    health = await fetchHealth(url);
    if (health.status !== "ok") problems.push(`health: ${health.problems.join("; ")}`);
    if (health.env !== env) problems.push(`it serves ${health.env}, not ${env}`);
    if (health.build_id !== buildId)
      problems.push(`it serves build ${health.build_id}, not ${buildId}`);
    const page = await fetch(new URL("/", url), { signal: AbortSignal.timeout(10_000) });
    await page.arrayBuffer();
    if (page.status !== 200 || !page.headers.get("content-type")?.startsWith("text/html"))
      problems.push(`the home page answered ${page.status}`);
  } catch (error) {
    problems.push(`${url} did not answer: ${(error as Error).message}`);
  }
  return { ok: problems.length === 0, url, health, problems };
}

export async function verifyEnvironment(
  layout: Layout,
  env: AppEnv,
  buildId: string,
  options: { url?: string } = {},
): Promise<Verdict> {
  if (options.url) return { via: "running server", ...(await check(options.url, env, buildId)) };
  const running = await runningServerUrl(layout, env);
  if (running) {
    const verdict = await check(running, env, buildId);
    // A server that answers decides; one that is gone (a stale env.json) does not.
    if (verdict.health !== null) return { via: "running server", ...verdict };
  }
  const logs = openLogs(env, { component: "verify", dir: layout.logs(env) });
  const server = await startServer({
    env: { env, label: labelOf(env, "APP_ENV"), source: "APP_ENV" },
    siteDir: layout.current(env),
    host: "127.0.0.1",
    port: 0,
    logs,
  });
  try {
    return { via: "temporary server", ...(await check(server.url, env, buildId)) };
  } finally {
    await server.close();
    await logs.close();
  }
}
