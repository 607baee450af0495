/**
 * Docker: no engine runs here, so the compose files are validated by Debian's `docker-compose config`
 * (and their settings checked on its normalised output), the Dockerfile's shape is checked, and the
 * container's entrypoint script is run for real on loopback, as the image runs it.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { layout } from "../scripts/deploy/layout.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";
import { makeSite } from "./helpers/site-fixture.ts";

interface ComposeService {
  container_name: string;
  environment: Record<string, string>;
  ports: string[];
  volumes: string[];
  healthcheck: { test: string[]; interval: string; retries: number };
  restart: string;
  networks: Record<string, unknown>;
  build: { context: string; dockerfile: string };
}
interface Compose {
  services: Record<string, ComposeService>;
  networks: Record<string, { name: string }>;
}

/** `docker-compose config`'s normalised YAML, read by Python's yaml (a docker-compose dependency). */
function composeConfig(file: string): Compose {
  const config = spawnSync("docker-compose", ["-f", file, "config"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  assert.equal(config.status, 0, `docker-compose config ${file}: ${config.stderr}`);
  const json = spawnSync(
    "python3",
    ["-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"],
    { input: config.stdout, encoding: "utf8" },
  );
  assert.equal(json.status, 0, json.stderr);
  return JSON.parse(json.stdout) as Compose;
}

describe("compose files", () => {
  const preprod = composeConfig("docker/compose.preprod.yml");
  const prod = composeConfig("docker/compose.prod.yml");
  const one = (c: Compose) => Object.values(c.services)[0]!;

  it("are valid for docker-compose, one service each, built from docker/Dockerfile", () => {
    for (const c of [preprod, prod]) {
      assert.equal(Object.keys(c.services).length, 1);
      assert.equal(one(c).build.dockerfile, "docker/Dockerfile");
      assert.equal(one(c).build.context, PROJECT_ROOT);
    }
  });

  it("set distinct container names, ports and APP_ENV", () => {
    assert.equal(one(preprod).container_name, "mangetamain-preprod");
    assert.equal(one(prod).container_name, "mangetamain-prod");
    assert.equal(one(preprod).environment.APP_ENV, "preprod");
    assert.equal(one(prod).environment.APP_ENV, "prod");
    assert.deepEqual(one(preprod).ports, ["127.0.0.1:8500:8080/tcp"]);
    assert.deepEqual(one(prod).ports, ["127.0.0.1:8501:8080/tcp"]);
  });

  it("mount each environment's own data, sites, backups and logs", () => {
    for (const [c, env] of [
      [preprod, "preprod"],
      [prod, "prod"],
    ] as const) {
      const volumes = one(c).volumes;
      for (const kind of ["data", "sites", "backups", "logs"])
        assert.ok(
          volumes.includes(`${join(PROJECT_ROOT, kind, env)}:/app/${kind}/${env}:rw`),
          `${env} ${kind}: ${volumes.join(", ")}`,
        );
    }
  });

  it("have a healthcheck on /health and a restart policy", () => {
    for (const c of [preprod, prod]) {
      assert.equal(one(c).restart, "unless-stopped");
      assert.ok(one(c).healthcheck.test.join(" ").includes("/health"));
      assert.equal(one(c).healthcheck.retries, 3);
    }
  });

  it("put production on its own network, mangetamain-prod-network", () => {
    assert.deepEqual(Object.keys(one(prod).networks), ["prod"]);
    assert.equal(prod.networks.prod!.name, "mangetamain-prod-network");
    assert.notEqual(
      Object.values(preprod.networks)[0]!.name,
      "mangetamain-prod-network",
      "preprod does not share it",
    );
  });
});

describe("Dockerfile", () => {
  it("builds with Node in one stage and runs as a non-root user in another, with a healthcheck", async () => {
    const text = await readFile(join(PROJECT_ROOT, "docker/Dockerfile"), "utf8");
    const stages = [...text.matchAll(/^FROM (\S+) AS (\w+)$/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(stages, [
      ["node:20-bookworm-slim", "build"],
      ["node:20-bookworm-slim", "runtime"],
    ]);
    const runtime = text.slice(text.indexOf("AS runtime"));
    assert.match(runtime, /^RUN npm ci --omit=dev/m);
    assert.match(runtime, /^COPY --from=build \/app\/dist \.\/image-site$/m);
    assert.match(runtime, /^USER node$/m);
    assert.match(runtime, /^HEALTHCHECK .*\n\s+CMD .*\/health/m);
    assert.match(runtime, /^ENTRYPOINT \["\/app\/docker\/entrypoint\.sh"\]$/m);
    assert.match(text.slice(0, text.indexOf("AS runtime")), /^RUN .*npm run build -- --out dist$/m);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs docker/entrypoint.sh as the container would (MANGETAMAIN_CONTAINER=1), on loopback. */
async function runEntrypoint(home: string, imageSite: string, env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const vars: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete vars.APP_ENV;
  Object.assign(vars, env, {
    MANGETAMAIN_CONTAINER: "1",
    MANGETAMAIN_HOME: home,
    MANGETAMAIN_IMAGE_SITE: imageSite,
    HOST: "127.0.0.1",
    PORT: String(port),
  });
  const child = spawn(join(PROJECT_ROOT, "docker/entrypoint.sh"), [], { env: vars });
  let log = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (c: Buffer) => {
      log += c;
      if (log.includes("serving ")) resolve();
    });
    child.on("close", (code) => reject(new Error(`entrypoint exited ${code}: ${log}`)));
  });
  await ready;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    log: () => log,
    async stop() {
      const closed = new Promise((resolve) => child.on("close", resolve));
      child.kill("SIGTERM");
      return closed;
    },
  };
}

describe("container entrypoint on loopback", { timeout: 120_000 }, () => {
  it("publishes the image's site, writes env.json and serves it as PROD (Docker) without APP_ENV", async () => {
    const home = tempDir("mangetamain-container-");
    const site = await makeSite(join(home, "image-site"), {
      version: "image",
      recipes: 500,
      now: new Date("2025-03-01T00:00:00Z"),
    });
    const container = await runEntrypoint(home, site.dir, {});
    try {
      const health = await (await fetch(`${container.url}/health`)).json();
      assert.equal(health.status, "ok");
      assert.equal(health.label, "PROD (Docker)");
      assert.equal(health.build_id, site.manifest.build_id);
      const env = await (await fetch(`${container.url}/env.json`)).json();
      assert.deepEqual([env.env, env.label, env.source], ["prod", "PROD (Docker)", "docker"]);
      const runtime = JSON.parse(
        await readFile(layout({ MANGETAMAIN_HOME: home }).runtimeEnv("prod"), "utf8"),
      );
      assert.equal(runtime.url, container.url);
      const page = await fetch(`${container.url}/`);
      assert.equal(page.status, 200);
      const parquet = await fetch(`${container.url}/${site.parquetPath}`, {
        headers: { "accept-encoding": "br" },
      });
      assert.equal(parquet.headers.get("content-encoding"), "br");
      assert.equal((await fetch(`${container.url}/../package.json`)).status, 404);
      assert.equal((await fetch(`${container.url}/nothing-here`)).status, 404);
    } finally {
      assert.equal(await container.stop(), 0, "stops cleanly on SIGTERM");
    }
  });

  it("with APP_ENV=preprod and publish-when=always, serves each new image's build as PREPROD", async () => {
    const home = tempDir("mangetamain-container-");
    const first = await makeSite(join(home, "image-1"), {
      version: "i1",
      recipes: 300,
      now: new Date("2025-03-01T00:00:00Z"),
    });
    const second = await makeSite(join(home, "image-2"), {
      version: "i2",
      recipes: 400,
      now: new Date("2025-03-02T00:00:00Z"),
    });
    for (const image of [first, second]) {
      const container = await runEntrypoint(home, image.dir, {
        APP_ENV: "preprod",
        MANGETAMAIN_PUBLISH_WHEN: "always",
      });
      try {
        const health = await (await fetch(`${container.url}/health`)).json();
        assert.deepEqual([health.label, health.build_id], ["PREPROD", image.manifest.build_id]);
      } finally {
        await container.stop();
      }
    }
  });

  it("with publish-when=if-empty (production), keeps what production already serves", async () => {
    const home = tempDir("mangetamain-container-");
    const first = await makeSite(join(home, "image-1"), {
      version: "p1",
      recipes: 300,
      now: new Date("2025-03-01T00:00:00Z"),
    });
    const second = await makeSite(join(home, "image-2"), {
      version: "p2",
      recipes: 400,
      now: new Date("2025-03-02T00:00:00Z"),
    });
    for (const image of [first, second]) {
      const container = await runEntrypoint(home, image.dir, {
        APP_ENV: "prod",
        MANGETAMAIN_PUBLISH_WHEN: "if-empty",
      });
      try {
        const health = await (await fetch(`${container.url}/health`)).json();
        assert.deepEqual([health.label, health.build_id], ["PRODUCTION", first.manifest.build_id]);
      } finally {
        await container.stop();
      }
    }
  });
});
