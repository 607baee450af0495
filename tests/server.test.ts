/**
 * The production server on loopback over a real (small) built site: /health, /metrics, /env.json,
 * pages with their CSP, Parquet and WASM sent precompressed (brotli, gzip) or as is, cache headers,
 * 404s that name nothing, traversal attempts however encoded, and a `current` switch taken at once.
 */
import assert from "node:assert/strict";
import { request } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import zlib from "node:zlib";
import { detectEnvironment } from "../loaders/environment.ts";
import { type EnvLogs, openLogs } from "../loaders/log.ts";
import { layout } from "../scripts/deploy/layout.ts";
import { addRelease, switchCurrent } from "../scripts/deploy/releases.ts";
import { type RunningServer, startServer } from "../scripts/server/app.ts";
import { cacheControl, IMMUTABLE, REVALIDATE } from "../scripts/server/headers.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";
import { type SiteFixture, WASM_PATH, makeSite } from "./helpers/site-fixture.ts";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET: the path goes on the wire exactly as written (no URL normalisation). */
function get(url: string, path: string, headers: Record<string, string> = {}, method = "GET") {
  const { hostname, port } = new URL(url);
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("production server", { timeout: 120_000 }, () => {
  const home = tempDir("mangetamain-server-");
  const paths = layout({ MANGETAMAIN_HOME: home });
  let site: SiteFixture;
  let second: SiteFixture;
  let logs: EnvLogs;
  let server: RunningServer;

  before(async () => {
    site = await makeSite(join(home, "build-a"), {
      version: "a",
      recipes: 5_000,
      now: new Date("2025-01-01T10:00:00Z"),
    });
    second = await makeSite(join(home, "build-b"), {
      version: "b",
      recipes: 6_000,
      now: new Date("2025-01-02T10:00:00Z"),
    });
    await addRelease(paths, "preprod", site.dir);
    await switchCurrent(paths, "preprod", site.manifest.build_id);
    logs = openLogs("preprod", { component: "server", access: true, dir: paths.logs("preprod") });
    server = await startServer({
      env: detectEnvironment({ env: { APP_ENV: "preprod" } }),
      siteDir: paths.current("preprod"),
      host: "127.0.0.1",
      port: 0,
      logs,
      runtimeFile: paths.runtimeEnv("preprod"),
    });
  });

  after(async () => {
    await server?.close();
    await logs?.close();
  });

  it("answers /health with the environment, build, data snapshot and uptime", async () => {
    const reply = await get(server.url, "/health");
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers["content-type"]), /^application\/json/);
    const health = JSON.parse(reply.body.toString());
    assert.equal(health.status, "ok");
    assert.equal(health.env, "preprod");
    assert.equal(health.label, "PREPROD");
    assert.equal(health.build_id, site.manifest.build_id);
    assert.deepEqual(health.data, site.manifest.data);
    assert.equal(health.data.rows.recipes, 5_000);
    assert.equal(typeof health.uptime_seconds, "number");
    assert.deepEqual(health.problems, []);
  });

  it("writes who serves the environment to sites/<env>/env.json", async () => {
    const runtime = JSON.parse(await readFile(paths.runtimeEnv("preprod"), "utf8"));
    assert.equal(runtime.url, server.url);
    assert.equal(runtime.label, "PREPROD");
    assert.equal(runtime.pid, process.pid);
  });

  it("serves /env.json from where it runs, not from the build, never cached", async () => {
    const reply = await get(server.url, "/env.json");
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["cache-control"], "no-cache");
    const doc = JSON.parse(reply.body.toString());
    assert.equal(site.manifest.built_in.label, "LOCAL");
    assert.deepEqual(
      { env: doc.env, label: doc.label, build_id: doc.build_id },
      { env: "preprod", label: "PREPROD", build_id: site.manifest.build_id },
    );
  });

  it("serves pages by clean URL, no-cache, with the security headers and the page's script hashes", async () => {
    for (const [path, file] of [
      ["/", "index.html"],
      ["/trends", "trends.html"],
    ] as const) {
      const reply = await get(server.url, path);
      assert.equal(reply.status, 200, path);
      assert.match(String(reply.headers["content-type"]), /^text\/html/);
      assert.equal(reply.headers["cache-control"], "no-cache");
      assert.equal(reply.headers["x-content-type-options"], "nosniff");
      assert.equal(reply.headers["referrer-policy"], "strict-origin-when-cross-origin");
      const csp = String(reply.headers["content-security-policy"]);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' /);
      assert.match(csp, /worker-src 'self' blob:/);
      const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
      assert.doesNotMatch(scriptSrc, /unsafe-inline/, "inline scripts only by hash");
      for (const hash of site.manifest.inline_scripts[file]!) assert.ok(csp.includes(hash), hash);
      assert.equal(site.manifest.inline_scripts[file]!.length, 2);
    }
  });

  it("keeps the page's CSP and cache policy on a 304 (which replaces the cached headers)", async () => {
    const first = await get(server.url, "/trends");
    const etag = String(first.headers.etag);
    const again = await get(server.url, "/trends", { "if-none-match": etag });
    assert.equal(again.status, 304);
    assert.equal(
      again.headers["content-security-policy"],
      first.headers["content-security-policy"],
    );
    assert.equal(again.headers["cache-control"], "no-cache");
  });

  it("allows no inline event handler but htl's placeholders, which are not JavaScript", async () => {
    const csp = String((await get(server.url, "/")).headers["content-security-policy"]);
    const attr = csp.split("; ").find((d) => d.startsWith("script-src-attr "))!;
    const { createHash } = await import("node:crypto");
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    assert.ok(attr.includes(hash("::1")) && attr.includes(hash("::32")));
    assert.ok(!attr.includes(hash("alert(1)")));
    assert.doesNotMatch(attr, /unsafe-inline/);
  });

  it("sends Parquet and WASM precompressed with brotli or gzip, as is otherwise", async () => {
    for (const path of [site.parquetPath, WASM_PATH]) {
      const original = await readFile(join(site.dir, path));
      const br = await get(server.url, `/${path}`, { "accept-encoding": "gzip, deflate, br" });
      assert.equal(br.status, 200);
      assert.equal(br.headers["content-encoding"], "br", path);
      assert.equal(br.headers.vary, "Accept-Encoding");
      assert.ok(br.body.length < original.length, `${path}: brotli is smaller`);
      assert.deepEqual(zlib.brotliDecompressSync(br.body), original);
      const gz = await get(server.url, `/${path}`, { "accept-encoding": "gzip" });
      assert.equal(gz.headers["content-encoding"], "gzip", path);
      assert.deepEqual(zlib.gunzipSync(gz.body), original);
      const plain = await get(server.url, `/${path}`);
      assert.equal(plain.headers["content-encoding"], undefined);
      assert.deepEqual(plain.body, original);
    }
    const wasm = await get(server.url, `/${WASM_PATH}`);
    assert.equal(wasm.headers["content-type"], "application/wasm");
  });

  it("lets browsers keep content-hashed and versioned files for ever, and revalidate the rest", async () => {
    for (const path of [site.parquetPath, site.scriptPath, WASM_PATH]) {
      const reply = await get(server.url, `/${path}`);
      assert.equal(reply.headers["cache-control"], "public, max-age=31536000, immutable", path);
    }
    for (const path of ["/build.json", "/env.json", "/"]) {
      const reply = await get(server.url, path);
      assert.equal(reply.headers["cache-control"], "no-cache", path);
    }
  });

  it("keeps the page bundles' content-hashed files for ever", () => {
    assert.equal(cacheControl("/_import/_pages/trends.0a1b2c3d.js"), IMMUTABLE);
    assert.equal(cacheControl("/_import/_pages/chunk.CPR7QISP.js"), IMMUTABLE);
    assert.equal(cacheControl("/_import/_pages/chunk.js"), REVALIDATE);
  });

  it("answers 404 without naming the path or the folder", async () => {
    const reply = await get(server.url, "/secret-plans/missing-page.html");
    assert.equal(reply.status, 404);
    assert.equal(reply.body.toString(), "Not found\n");
    assert.equal(reply.headers["x-content-type-options"], "nosniff");
  });

  it("never leaves the site, however the path is written", async () => {
    for (const path of [
      "/../package.json",
      "/../../package.json",
      "/%2e%2e/package.json",
      "/%2E%2E/%2E%2E/package.json",
      "/..%2fpackage.json",
      "/..%2Fpackage.json",
      "/%2e%2e%2fpackage.json",
      "/%252e%252e/package.json",
      "/_file/../../package.json",
      "/_file/%2e%2e/%2e%2e/package.json",
      "/..\\package.json",
      "/..%5cpackage.json",
      "/%c0%ae%c0%ae/package.json",
      "/build-a/../package.json",
      "/%00/package.json",
    ]) {
      const reply = await get(server.url, path);
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.toString(), "Not found\n", path);
    }
  });

  it("answers HEAD, and refuses other methods", async () => {
    const head = await get(server.url, "/", {}, "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    const post = await get(server.url, "/", {}, "POST");
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, "GET, HEAD");
  });

  it("counts requests, bytes and the site served in /metrics (Prometheus text)", async () => {
    await get(server.url, "/secret-plans/nothing");
    const reply = await get(server.url, "/metrics");
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers["content-type"]), /^text\/plain; version=0\.0\.4/);
    const text = reply.body.toString();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1]);
    assert.ok(
      value(/^mangetamain_http_requests_total\{route="page",status="200",env="preprod"\} (\d+)/m) >=
        3,
    );
    assert.ok(
      value(
        /^mangetamain_http_requests_total\{route="not_found",status="404",env="preprod"\} (\d+)/m,
      ) >= 1,
    );
    assert.ok(
      value(/^mangetamain_http_response_bytes_total\{route="data",env="preprod"\} (\d+)/m) > 0,
    );
    assert.ok(value(/^mangetamain_uptime_seconds\{env="preprod"\} ([\d.]+)/m) >= 0);
    assert.match(
      text,
      new RegExp(
        `^mangetamain_build_info\\{label="PREPROD",build_id="${site.manifest.build_id}",data_source="sample",data_fingerprint="${site.manifest.data.fingerprint}",env="preprod"\\} 1$`,
        "m",
      ),
    );
    assert.equal(value(/^mangetamain_data_rows\{table="recipes",env="preprod"\} (\d+)/m), 5_000);
    assert.equal(
      value(/^mangetamain_data_rows\{table="interactions",env="preprod"\} (\d+)/m),
      25_000,
    );
    assert.ok(value(/^mangetamain_build_age_seconds\{env="preprod"\} ([\d.]+)/m) > 0);
    assert.ok(value(/^mangetamain_data_snapshot_age_seconds\{env="preprod"\} ([\d.]+)/m) > 0);
    assert.equal(value(/^mangetamain_data_rejects\{env="preprod"\} (\d+)/m), 3);
  });

  it("follows a switch of `current` without a restart", async () => {
    await addRelease(paths, "preprod", second.dir);
    await switchCurrent(paths, "preprod", second.manifest.build_id);
    const health = JSON.parse((await get(server.url, "/health")).body.toString());
    assert.equal(health.build_id, second.manifest.build_id);
    const page = await get(server.url, "/");
    assert.match(page.body.toString(), /Home b/);
    const csp = String(page.headers["content-security-policy"]);
    for (const hash of second.manifest.inline_scripts["index.html"]!) assert.ok(csp.includes(hash));
    await switchCurrent(paths, "preprod", site.manifest.build_id);
  });

  it("logs each request to access.log as a JSON line", async () => {
    await get(server.url, "/trends");
    await new Promise((resolve) => setImmediate(resolve));
    const lines = (await readFile(join(paths.logs("preprod"), "access.log"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const line = lines.find((l) => l.url === "/trends");
    assert.ok(line, "the request is logged");
    assert.equal(line.status, 200);
    assert.equal(line.env, "preprod");
  });

  it("reports an environment with no site as unhealthy (503)", async () => {
    const emptyLogs = openLogs("prod", { component: "server", dir: paths.logs("prod") });
    const empty = await startServer({
      env: detectEnvironment({ env: { APP_ENV: "prod" } }),
      siteDir: paths.current("prod"),
      host: "127.0.0.1",
      port: 0,
      logs: emptyLogs,
    });
    try {
      const health = await get(empty.url, "/health");
      assert.equal(health.status, 503);
      assert.equal(JSON.parse(health.body.toString()).status, "error");
      assert.equal((await get(empty.url, "/")).status, 503);
    } finally {
      await empty.close();
      await emptyLogs.close();
    }
  });
});
