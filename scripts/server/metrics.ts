/**
 * /metrics in Prometheus' text format (prom-client): requests by route class and status, bytes sent,
 * uptime, and what the environment serves: build id and age, data snapshot age and row counts, the
 * last pipeline run. The site's figures are read when scraped, so they follow a promotion.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";
import type { DetectedEnvironment } from "../../loaders/environment.ts";
import type { BuildManifest } from "../site/manifest.ts";

export type RouteClass = "page" | "asset" | "data" | "health" | "metrics" | "env" | "not_found";

export function routeClass(pathname: string, status: number): RouteClass {
  if (status === 404) return "not_found";
  if (pathname === "/health") return "health";
  if (pathname === "/metrics") return "metrics";
  if (pathname === "/env.json" || pathname === "/build.json") return "env";
  if (pathname.startsWith("/_file/")) return "data";
  if (/^\/_(?:npm|import|observablehq)\//.test(pathname)) return "asset";
  return "page";
}

const ageSeconds = (iso: string, now: number) => Math.max(0, (now - Date.parse(iso)) / 1000);

export interface ServerMetrics {
  readonly registry: Registry;
  observe(route: RouteClass, status: number, bytes: number): void;
}

export function createMetrics(options: {
  env: DetectedEnvironment;
  startedAt: number;
  site: () => BuildManifest | null;
}): ServerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ env: options.env.env });
  collectDefaultMetrics({ register: registry, prefix: "mangetamain_" });
  const requests = new Counter({
    name: "mangetamain_http_requests_total",
    help: "HTTP requests by route class and status",
    labelNames: ["route", "status"] as const,
    registers: [registry],
  });
  const bytes = new Counter({
    name: "mangetamain_http_response_bytes_total",
    help: "Bytes of response bodies sent, by route class",
    labelNames: ["route"] as const,
    registers: [registry],
  });
  /** A gauge's collect() that reads the site served at scrape time (none: the gauge is empty). */
  const site = (collect: (this: Gauge, m: BuildManifest, now: number) => void) =>
    function (this: Gauge) {
      this.reset();
      const manifest = options.site();
      if (manifest) collect.call(this, manifest, Date.now());
    };
  new Gauge({
    name: "mangetamain_uptime_seconds",
    help: "Seconds since the server started",
    registers: [registry],
    collect() {
      this.set((Date.now() - options.startedAt) / 1000);
    },
  });
  new Gauge({
    name: "mangetamain_build_info",
    help: "The build served (always 1)",
    labelNames: ["label", "build_id", "data_source", "data_fingerprint"] as const,
    registers: [registry],
    collect: site(function (this: Gauge, m) {
      this.set(
        {
          label: options.env.label,
          build_id: m.build_id,
          data_source: m.data.source,
          data_fingerprint: m.data.fingerprint,
        },
        1,
      );
    }),
  });
  new Gauge({
    name: "mangetamain_build_age_seconds",
    help: "Seconds since the served site was built",
    registers: [registry],
    collect: site(function (this: Gauge, m, now) {
      this.set(ageSeconds(m.built_at, now));
    }),
  });
  new Gauge({
    name: "mangetamain_data_snapshot_age_seconds",
    help: "Seconds since the served data was ingested",
    registers: [registry],
    collect: site(function (this: Gauge, m, now) {
      this.set(ageSeconds(m.data.built_at, now));
    }),
  });
  new Gauge({
    name: "mangetamain_data_rows",
    help: "Rows of the served data snapshot, by table",
    labelNames: ["table"] as const,
    registers: [registry],
    collect: site(function (this: Gauge, m) {
      this.set({ table: "recipes" }, m.data.rows.recipes);
      this.set({ table: "interactions" }, m.data.rows.interactions);
    }),
  });
  new Gauge({
    name: "mangetamain_data_rejects",
    help: "Rows the ingest of the served data rejected",
    registers: [registry],
    collect: site(function (this: Gauge, m) {
      this.set(m.data.rejects);
    }),
  });
  new Gauge({
    name: "mangetamain_pipeline_duration_seconds",
    help: "Duration of the pipeline run that built the served data",
    registers: [registry],
    collect: site(function (this: Gauge, m) {
      if (m.pipeline) this.set(m.pipeline.duration_seconds);
    }),
  });
  new Gauge({
    name: "mangetamain_pipeline_rejects",
    help: "Rows rejected by the pipeline run that built the served data",
    registers: [registry],
    collect: site(function (this: Gauge, m) {
      if (m.pipeline) this.set(m.pipeline.rejects);
    }),
  });
  return {
    registry,
    observe(route, status, sent) {
      requests.inc({ route, status: String(status) });
      bytes.inc({ route }, sent);
    },
  };
}
