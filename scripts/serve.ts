/**
 * npm run serve -- --env <preprod|prod|local> --port <p> [--host h] [--site dir]
 *                  [--publish dir [--publish-when always|if-empty]]
 * Serves the environment's current site (sites/<env>/current) with the production server, writes
 * sites/<env>/env.json (who serves it, where), and logs to logs/<env>/. --publish first makes a built
 * site a release of the environment (the container's entrypoint does this with the image's build).
 */
import { parseArgs } from "node:util";
import { runCli } from "../loaders/cli/run.ts";
import { type DetectedEnvironment, detectEnvironment } from "../loaders/environment.ts";
import { openLogs } from "../loaders/log.ts";
import { EXPECTED_ERRORS } from "./deploy/cli.ts";
import { layout } from "./deploy/layout.ts";
import { addRelease, currentRelease, switchCurrent, withDeployLock } from "./deploy/releases.ts";
import { startServer } from "./server/app.ts";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError(`--port ${JSON.stringify(value)} is not a port number (0–65535)`);
  return port;
}

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      env: { type: "string" },
      port: { type: "string", default: process.env.PORT ?? "8080" },
      host: { type: "string", default: process.env.HOST ?? "127.0.0.1" },
      site: { type: "string" },
      publish: { type: "string" },
      "publish-when": { type: "string", default: "if-empty" },
    },
  });
  const port = parsePort(values.port!);
  const when = values["publish-when"];
  if (when !== "always" && when !== "if-empty")
    throw new TypeError(`--publish-when ${JSON.stringify(when)}: use always or if-empty`);
  // --env stands for APP_ENV; without it the environment is detected (path, container…).
  const env: DetectedEnvironment =
    values.env === undefined
      ? detectEnvironment()
      : detectEnvironment({ env: { ...process.env, APP_ENV: values.env } });
  const paths = layout();
  if (values.publish) {
    await withDeployLock(paths, async () => {
      const existing = await currentRelease(paths, env.env);
      if (existing && when === "if-empty") return;
      const release = await addRelease(paths, env.env, values.publish!);
      if (release.id !== existing?.id) await switchCurrent(paths, env.env, release.id);
      console.error(`published ${release.id} as ${env.label}'s current site`);
    });
  }
  const logs = openLogs(env.env, { component: "server", access: true, dir: paths.logs(env.env) });
  const server = await startServer({
    env,
    siteDir: values.site ?? paths.current(env.env),
    host: values.host!,
    port,
    logs,
    runtimeFile: paths.runtimeEnv(env.env),
    publicUrl: process.env.MANGETAMAIN_PUBLIC_URL || undefined,
  });
  const release = values.site ? null : await currentRelease(paths, env.env).catch(() => null);
  console.error(
    `serving ${env.label} (${values.site ?? paths.current(env.env)}${release ? ` → ${release.id}` : ", no site yet"}) on ${server.url}; logs in ${logs.dir}`,
  );
  const stop = async (signal: string) => {
    console.error(`${signal}: stopping`);
    await server.close();
    await logs.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}, EXPECTED_ERRORS);
