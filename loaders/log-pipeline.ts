/**
 * The pipeline's log: each run of `prepareData` goes to logs/<env>/app.log (inputs, row counts,
 * rejects, duration) and a failure to error.log; the last run that built the database is also kept
 * beside it as pipeline-run.json, which the build copies into the site's manifest for /metrics.
 */
import { rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { workingEnvironment } from "./environment.ts";
import type { IngestResult } from "./ingest/ingest.ts";
import { openLogs } from "./log.ts";

export const PIPELINE_RUN_FILE = "pipeline-run.json";

export interface PipelineRun {
  readonly finished_at: string;
  readonly duration_seconds: number;
  readonly raw_dir: string;
  readonly recipes: { read: number; loaded: number; rejected: number } | null;
  readonly interactions: { read: number; loaded: number; rejected: number } | null;
  readonly rejects: number;
}

export function pipelineRunPath(dbPath: string): string {
  return join(dirname(dbPath), PIPELINE_RUN_FILE);
}

export interface PipelineLog {
  inputs(rawDir: string): void;
  finished(result: IngestResult): Promise<void>;
  failed(error: unknown): Promise<void>;
}

export function startPipelineLog(dbPath: string): PipelineLog {
  const logs = openLogs(workingEnvironment(), { component: "pipeline" });
  const started = performance.now();
  let rawDir = "";
  logs.app.info({ event: "pipeline.start", db: dbPath }, "pipeline run started");
  return {
    inputs(dir) {
      rawDir = dir;
      logs.app.info({ event: "pipeline.inputs", raw_dir: dir }, "reading raw files");
    },
    async finished(result) {
      const duration = (performance.now() - started) / 1000;
      if (result.skipped) {
        logs.app.info(
          { event: "pipeline.skipped", db: dbPath, duration_seconds: duration },
          "inputs unchanged: database kept",
        );
      } else {
        const run: PipelineRun = {
          finished_at: new Date().toISOString(),
          duration_seconds: duration,
          raw_dir: rawDir,
          recipes: result.recipes ?? null,
          interactions: result.interactions ?? null,
          rejects: result.rejects.length,
        };
        logs.app.info({ event: "pipeline.done", db: dbPath, ...run }, "pipeline run finished");
        for (const r of result.rejects.slice(0, 200))
          logs.app.warn({ event: "pipeline.reject", ...r }, "row rejected");
        // Written beside the database and renamed into place, as the database itself is.
        const path = pipelineRunPath(dbPath);
        await writeFile(`${path}.tmp-${process.pid}`, JSON.stringify(run, null, 2));
        await rename(`${path}.tmp-${process.pid}`, path);
      }
      await logs.close();
    },
    async failed(error) {
      logs.app.error(
        {
          event: "pipeline.failed",
          db: dbPath,
          duration_seconds: (performance.now() - started) / 1000,
          error: error instanceof Error ? error.message : String(error),
        },
        "pipeline run failed",
      );
      await logs.close();
    },
  };
}
