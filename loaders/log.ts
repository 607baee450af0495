/**
 * Structured logs per environment in logs/<env>/: app.log (everything from info up), error.log (errors
 * only) and, for the web server, access.log. pino writes JSON lines; rotating-file-stream keeps each
 * file's name stable and rotates it by size and by day (app.log.1, app.log.2…), keeping a fixed count.
 */
import { once } from "node:events";
import { join } from "node:path";
import pino from "pino";
import { createStream, type RotatingFileStream } from "rotating-file-stream";
import type { AppEnv } from "./environment.ts";
import { PROJECT_ROOT } from "./paths.ts";

/** logs/<env>; MANGETAMAIN_LOG_DIR moves the logs/ root (tests, or a mounted volume). */
export function logDir(env: AppEnv, vars: NodeJS.ProcessEnv = process.env): string {
  return join(vars.MANGETAMAIN_LOG_DIR || join(PROJECT_ROOT, "logs"), env);
}

export const ROTATION = { size: "10M", interval: "1d", rotate: 10 } as const;

function rotatingFile(dir: string, name: string): RotatingFileStream {
  const stream = createStream(name, { path: dir, ...ROTATION });
  // A log that cannot be written must not bring the pipeline or the server down.
  stream.on("error", (error) => console.error(`log ${join(dir, name)}: ${error.message}`));
  return stream;
}

export interface EnvLogs {
  /** Application events: info and up to app.log, errors also to error.log. */
  readonly app: pino.Logger;
  /** One line per HTTP request, to access.log (only when asked for). */
  readonly access: pino.Logger | null;
  readonly dir: string;
  /** Flushes and closes the files. */
  close(): Promise<void>;
}

export function openLogs(
  env: AppEnv,
  options: { component: string; access?: boolean; dir?: string },
): EnvLogs {
  const dir = options.dir ?? logDir(env);
  const appFile = rotatingFile(dir, "app.log");
  const errorFile = rotatingFile(dir, "error.log");
  const accessFile = options.access ? rotatingFile(dir, "access.log") : null;
  const base = { env, component: options.component };
  const app = pino(
    { base, timestamp: pino.stdTimeFunctions.isoTime },
    pino.multistream([
      { level: "info", stream: appFile },
      { level: "error", stream: errorFile },
    ]),
  );
  const access = accessFile
    ? pino({ base, timestamp: pino.stdTimeFunctions.isoTime }, accessFile)
    : null;
  const streams = [appFile, errorFile, accessFile].filter((s) => s !== null);
  return {
    app,
    access,
    dir,
    async close() {
      await Promise.all(
        streams.map(async (stream) => {
          const closed = once(stream, "finish");
          stream.end();
          await closed;
        }),
      );
    },
  };
}
