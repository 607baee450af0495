/**
 * The production server: a built site through sirv (which picks the precompressed .br/.gz copies),
 * with the cache and security policy of ./headers.ts, /health, /metrics, /env.json, and access and
 * error logs. The site folder may be an environment's `current` symlink: it is resolved on every
 * request, so a promotion or a restore takes effect at once, and requests already started finish
 * from the release they began with.
 */
import { existsSync } from "node:fs";
import { mkdir, realpath } from "node:fs/promises";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import sirv from "sirv";
import type { DetectedEnvironment } from "../../loaders/environment.ts";
import type { EnvLogs } from "../../loaders/log.ts";
import {
  type BuildManifest,
  type DataSnapshot,
  envDocument,
  readManifest,
  writeJsonAtomically,
} from "../site/manifest.ts";
import { REVALIDATE, cacheControl, pageCandidates, setSecurityHeaders } from "./headers.ts";
import { createMetrics, routeClass } from "./metrics.ts";

export interface ServeOptions {
  readonly env: DetectedEnvironment;
  /** An environment's `current` symlink (followed per request) or any built site folder. */
  readonly siteDir: string;
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  readonly logs: EnvLogs;
  /** Where to write who serves this environment (sites/<env>/env.json), read by status and promote. */
  readonly runtimeFile?: string;
  /** The address others reach this server at, when not host:port (a container's published port). */
  readonly publicUrl?: string;
}

export interface Health {
  readonly status: "ok" | "error";
  readonly env: DetectedEnvironment["env"];
  readonly label: DetectedEnvironment["label"];
  readonly source: DetectedEnvironment["source"];
  readonly build_id: string | null;
  readonly built_at: string | null;
  readonly data: DataSnapshot | null;
  readonly uptime_seconds: number;
  readonly started_at: string;
  readonly problems: readonly string[];
}

/** What sites/<env>/env.json holds while a server runs. */
export interface RuntimeEnv extends DetectedEnvironment {
  readonly url: string;
  readonly pid: number;
  readonly started_at: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
interface LoadedSite {
  readonly dir: string;
  readonly manifest: BuildManifest | null;
  readonly problems: readonly string[];
  readonly handler: Handler;
}

function text(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", REVALIDATE);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}

/** True when the raw request path tries to leave the site (`..` segments, however encoded). */
export function escapesRoot(rawPath: string): boolean {
  let decoded = rawPath;
  for (let i = 0; i < 3 && decoded.includes("%"); i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return true; // malformed escapes: not a path this site has
    }
  }
  return decoded.includes("\0") || decoded.split(/[\\/]/).includes("..");
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const startedAt = Date.now();
  let loaded: LoadedSite | null = null;

  async function site(): Promise<LoadedSite | null> {
    const dir = await realpath(options.siteDir).catch(() => null);
    if (dir === null) return null;
    if (loaded?.dir === dir) return loaded;
    const problems: string[] = [];
    const manifest = await readManifest(dir).catch((error: Error) => {
      problems.push(error.message);
      return null;
    });
    if (!existsSync(join(dir, "index.html"))) problems.push("the site has no index.html");
    const handler = sirv(dir, {
      brotli: true,
      gzip: true,
      etag: true,
      extensions: ["html"],
    }) as Handler;
    loaded = { dir, manifest, problems, handler };
    options.logs.app.info({ event: "site.loaded", dir, build_id: manifest?.build_id }, "serving");
    return loaded;
  }

  const metrics = createMetrics({
    env: options.env,
    startedAt,
    site: () => loaded?.manifest ?? null,
  });

  async function health(): Promise<Health> {
    const current = await site();
    const problems = current ? [...current.problems] : ["no site is published here yet"];
    return {
      status: problems.length === 0 ? "ok" : "error",
      env: options.env.env,
      label: options.env.label,
      source: options.env.source,
      build_id: current?.manifest?.build_id ?? null,
      built_at: current?.manifest?.built_at ?? null,
      data: current?.manifest?.data ?? null,
      uptime_seconds: (Date.now() - startedAt) / 1000,
      started_at: new Date(startedAt).toISOString(),
      problems,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawPath = (req.url ?? "/").split("?")[0]!;
    setSecurityHeaders(res);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return text(res, 405, "Method not allowed\n");
    }
    if (!rawPath.startsWith("/") || escapesRoot(rawPath)) return text(res, 404, "Not found\n");
    if (rawPath === "/health") {
      const body = await health();
      return json(res, body.status === "ok" ? 200 : 503, body);
    }
    if (rawPath === "/metrics") {
      await site();
      const body = await metrics.registry.metrics();
      res.setHeader("Content-Type", metrics.registry.contentType);
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Content-Length", Buffer.byteLength(body));
      return void res.end(body);
    }
    const current = await site();
    if (rawPath === "/env.json")
      return json(res, 200, envDocument(options.env, current?.manifest ?? null));
    if (!current) return text(res, 503, "No site is published for this environment yet\n");
    // Set before sirv, which answers a conditional request (304) before calling any hook: a 304
    // without the page's CSP would replace the cached one and block the page's inline scripts.
    const pathname = decodeURI(rawPath);
    res.setHeader("Cache-Control", cacheControl(pathname));
    const page = pageCandidates(pathname).find((p) => current.manifest?.inline_scripts[p]);
    if (page) setSecurityHeaders(res, current.manifest!.inline_scripts[page]);
    current.handler(req, res, () => text(res, 404, "Not found\n"));
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on("finish", () => {
      const path = (req.url ?? "/").split("?")[0]!;
      const sent = req.method === "HEAD" ? 0 : Number(res.getHeader("Content-Length") ?? 0);
      metrics.observe(routeClass(path, res.statusCode), res.statusCode, sent);
      options.logs.access?.info({
        method: req.method,
        url: (req.url ?? "").slice(0, 500),
        status: res.statusCode,
        bytes: sent,
        encoding: res.getHeader("Content-Encoding") ?? null,
        ms: Math.round(performance.now() - started),
        agent: req.headers["user-agent"] ?? null,
      });
    });
    handle(req, res).catch((error: Error) => {
      options.logs.app.error({ event: "request.failed", url: req.url, error: error.message });
      if (!res.headersSent) text(res, 500, "Internal error\n");
      else res.destroy();
    });
  });
  server.on("clientError", (error, socket) => {
    options.logs.app.warn({ event: "client.error", error: error.message });
    socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
  const url = options.publicUrl ?? `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (options.runtimeFile) {
    const runtime: RuntimeEnv = {
      ...options.env,
      url,
      pid: process.pid,
      started_at: new Date(startedAt).toISOString(),
    };
    await mkdir(dirname(options.runtimeFile), { recursive: true });
    await writeJsonAtomically(options.runtimeFile, runtime);
  }
  await site();
  options.logs.app.info({ event: "server.start", url, site: options.siteDir }, "listening");
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        options.logs.app.info({ event: "server.stop", url }, "stopping");
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
