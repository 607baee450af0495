/**
 * Environment detection, every combination of its probes: APP_ENV (values, case, blanks, bad ones),
 * the project's path (whole folder names, nearest wins, look-alikes), a container (/.dockerenv or the
 * image's variable), and nothing. The probes are injected, so the host running the tests does not
 * matter; `npm run -s env` is run for real.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import {
  type DetectionProbes,
  EnvironmentError,
  detectEnvironment,
  envFromPath,
  workingEnvironment,
} from "../loaders/environment.ts";
import { PROJECT_ROOT } from "../loaders/paths.ts";

const NEUTRAL_ROOT = "/home/dev/mangetamain";
const host = (over: DetectionProbes & { docker?: boolean }): DetectionProbes => ({
  env: over.env ?? {},
  projectRoot: over.projectRoot ?? NEUTRAL_ROOT,
  fileExists: (path) => (path === "/.dockerenv" ? over.docker === true : false),
});

describe("APP_ENV", () => {
  const cases: Array<[string, string, string]> = [
    ["preprod", "preprod", "PREPROD"],
    ["PREPROD", "preprod", "PREPROD"],
    ["prod", "prod", "PRODUCTION"],
    ["Prod", "prod", "PRODUCTION"],
    ["production", "prod", "PRODUCTION"],
    ["PRODUCTION", "prod", "PRODUCTION"],
    [" preprod ", "preprod", "PREPROD"],
    ["local", "local", "LOCAL"],
  ];
  for (const [value, env, label] of cases) {
    it(`APP_ENV=${JSON.stringify(value)} → ${label}, over any path or container`, () => {
      for (const projectRoot of [NEUTRAL_ROOT, "/srv/10_prod/app", "/srv/00_preprod/app"])
        for (const docker of [false, true])
          assert.deepEqual(
            detectEnvironment(host({ env: { APP_ENV: value }, projectRoot, docker })),
            { env, label, source: "APP_ENV" },
          );
    });
  }

  for (const bad of ["staging", "dev", "prd", "prod2", "pre prod"]) {
    it(`APP_ENV=${JSON.stringify(bad)} is an error naming the value and the choices`, () => {
      assert.throws(
        () => detectEnvironment(host({ env: { APP_ENV: bad }, projectRoot: "/srv/10_prod/app" })),
        (error: Error) =>
          error instanceof EnvironmentError &&
          error.message.includes(JSON.stringify(bad)) &&
          /local, preprod, prod \(or production\)/.test(error.message),
      );
    });
  }

  it("a blank APP_ENV is no choice: the path decides", () => {
    for (const blank of ["", "   "])
      assert.deepEqual(
        detectEnvironment(host({ env: { APP_ENV: blank }, projectRoot: "/srv/10_prod/app" })),
        { env: "prod", label: "PRODUCTION", source: "path" },
      );
  });
});

describe("the project's path", () => {
  const cases: Array<[string, "preprod" | "prod" | null]> = [
    ["/srv/10_prod/app", "prod"],
    ["/srv/10_prod", "prod"],
    ["/srv/00_preprod/app", "preprod"],
    ["/srv/00_preprod", "preprod"],
    ["/srv/prod", "prod"],
    ["/srv/preprod", "preprod"],
    ["/srv/production/app", "prod"],
    ["/srv/mangetamain-production", "prod"],
    ["/srv/site.preprod", "preprod"],
    ["/srv/00_pre-prod/app", "preprod"],
    ["/srv/PREPROD/app", "preprod"],
    ["/srv/10_PROD/app", "prod"],
    ["C:\\work\\10_prod\\app", "prod"],
    // nearest folder wins
    ["/srv/00_preprod/10_prod/app", "prod"],
    ["/srv/10_prod/00_preprod/app", "preprod"],
    // look-alikes are not environments
    ["/home/prodigy", null],
    ["/home/prodigy/app", null],
    ["/srv/reproduction/app", null],
    ["/srv/products/app", null],
    ["/srv/prod_data/app", null],
    ["/srv/preprod-old/app", null],
    ["/srv/10prod/app", null],
    ["/", null],
    ["", null],
  ];
  for (const [path, expected] of cases) {
    it(`${JSON.stringify(path)} → ${expected ?? "no environment"}`, () => {
      assert.equal(envFromPath(path), expected);
    });
  }

  it("the path decides before a container, with source path", () => {
    assert.deepEqual(
      detectEnvironment(host({ projectRoot: "/srv/00_preprod/app", docker: true })),
      {
        env: "preprod",
        label: "PREPROD",
        source: "path",
      },
    );
    assert.deepEqual(detectEnvironment(host({ projectRoot: "/srv/10_prod/app", docker: true })), {
      env: "prod",
      label: "PRODUCTION",
      source: "path",
    });
  });

  it("reads the project root, not the working directory (npm run changes it anyway)", () => {
    const before = process.cwd();
    process.chdir("/tmp");
    try {
      assert.equal(
        detectEnvironment({ env: {}, projectRoot: "/srv/10_prod/app", fileExists: () => false })
          .env,
        "prod",
      );
    } finally {
      process.chdir(before);
    }
  });
});

describe("a container", () => {
  it("/.dockerenv → PROD (Docker)", () => {
    assert.deepEqual(detectEnvironment(host({ docker: true })), {
      env: "prod",
      label: "PROD (Docker)",
      source: "docker",
    });
  });

  it("MANGETAMAIN_CONTAINER=1 (set by the image) → PROD (Docker)", () => {
    assert.deepEqual(detectEnvironment(host({ env: { MANGETAMAIN_CONTAINER: "1" } })), {
      env: "prod",
      label: "PROD (Docker)",
      source: "docker",
    });
  });

  it("MANGETAMAIN_CONTAINER other than 1 is not a container", () => {
    for (const value of ["0", "", "yes"])
      assert.equal(detectEnvironment(host({ env: { MANGETAMAIN_CONTAINER: value } })).env, "local");
  });

  it("a container alone does not make a checkout's data and builds production", () => {
    assert.equal(workingEnvironment(host({ docker: true })), "local");
    assert.equal(workingEnvironment(host({ docker: true, projectRoot: "/srv/10_prod/a" })), "prod");
    assert.equal(
      workingEnvironment(host({ env: { APP_ENV: "preprod" }, docker: true })),
      "preprod",
    );
  });
});

describe("nothing", () => {
  it("→ LOCAL, source default; only /.dockerenv is probed", () => {
    const probed: string[] = [];
    const found = detectEnvironment({
      env: {},
      projectRoot: NEUTRAL_ROOT,
      fileExists: (p) => (probed.push(p), false),
    });
    assert.deepEqual(found, { env: "local", label: "LOCAL", source: "default" });
    assert.deepEqual(probed, ["/.dockerenv"]);
  });
});

describe("npm run -s env", () => {
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync("npm", ["run", "-s", "env"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
    });

  it("prints the detected environment as one JSON line", () => {
    const { status, stdout } = run({ APP_ENV: "production" });
    assert.equal(status, 0);
    assert.equal(stdout, '{"env":"prod","label":"PRODUCTION","source":"APP_ENV"}\n');
  });

  it("exits 1 with the message for a bad APP_ENV, printing nothing on stdout", () => {
    const { status, stdout, stderr } = run({ APP_ENV: "staging" });
    assert.equal(status, 1);
    assert.equal(stdout, "");
    assert.match(stderr, /APP_ENV="staging" is not an environment/);
    assert.doesNotMatch(stderr, /at .*\.ts:\d+/, "no stack trace");
  });
});
