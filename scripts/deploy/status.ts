/** Both environments side by side: reachable or not, build, data snapshot, and what differs. */
import type { AppEnv } from "../../loaders/environment.ts";
import type { Health } from "../server/app.ts";
import type { BuildManifest } from "../site/manifest.ts";
import { type SnapshotDiff, diffSnapshots } from "./backup.ts";
import type { Layout } from "./layout.ts";
import { currentRelease } from "./releases.ts";
import { fetchHealth, runningServerUrl } from "./verify.ts";

export interface EnvStatus {
  readonly env: AppEnv;
  readonly url: string | null;
  readonly reachable: boolean;
  readonly health: Health | null;
  readonly error: string | null;
  readonly release: BuildManifest | null;
}

export interface Status {
  readonly preprod: EnvStatus;
  readonly prod: EnvStatus;
  readonly diff: SnapshotDiff;
}

async function envStatus(layout: Layout, env: AppEnv, url: string | null): Promise<EnvStatus> {
  let release: BuildManifest | null = null;
  let error: string | null = null;
  try {
    release = (await currentRelease(layout, env))?.manifest ?? null;
  } catch (e) {
    error = (e as Error).message;
  }
  const address = url ?? (await runningServerUrl(layout, env));
  let health: Health | null = null;
  if (address) {
    try {
      health = await fetchHealth(address);
    } catch (e) {
      error ??= `${address}: ${(e as Error).message}`;
    }
  }
  return { env, url: address, reachable: health !== null, health, error, release };
}

export async function readStatus(
  layout: Layout,
  urls: { preprod?: string; prod?: string } = {},
): Promise<Status> {
  const [preprod, prod] = await Promise.all([
    envStatus(layout, "preprod", urls.preprod ?? null),
    envStatus(layout, "prod", urls.prod ?? null),
  ]);
  return { preprod, prod, diff: diffSnapshots(prod.release, preprod.release, "preprod") };
}

const fmt = (n: number | null | undefined) => (n == null ? "–" : n.toLocaleString("en-US"));

/** The table `npm run status` prints. */
export function formatStatus(status: Status): string {
  const columns = [status.preprod, status.prod];
  const rows: Array<[string, (s: EnvStatus) => string]> = [
    ["", (s) => (s.env === "prod" ? "PRODUCTION" : "PREPROD")],
    ["server", (s) => (s.reachable ? `up ${s.url}` : s.url ? `down ${s.url}` : "not running")],
    ["health", (s) => s.health?.status ?? "–"],
    ["serves build", (s) => s.health?.build_id ?? "–"],
    ["current build", (s) => s.release?.build_id ?? "none"],
    ["built at", (s) => s.release?.built_at ?? "–"],
    ["data", (s) => s.release?.data.source ?? "–"],
    ["data built at", (s) => s.release?.data.built_at ?? "–"],
    ["recipes", (s) => fmt(s.release?.data.rows.recipes)],
    ["interactions", (s) => fmt(s.release?.data.rows.interactions)],
    ["rejects", (s) => fmt(s.release?.data.rejects)],
    ["data fingerprint", (s) => s.release?.data.fingerprint ?? "–"],
  ];
  const cells = rows.map(([name, get]) => [name, ...columns.map(get)]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((r) => r[i]!.length)));
  const lines = cells.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
  const d = status.diff;
  const differences: string[] = [];
  if (!d.same_build) differences.push("build");
  if (!d.data_fingerprint.same) differences.push("data");
  for (const table of ["recipes", "interactions"] as const)
    if (d.rows[table].delta)
      differences.push(`${table} ${d.rows[table].delta! > 0 ? "+" : ""}${d.rows[table].delta}`);
  const files = d.files;
  if (files.only_here.count + files.only_there.count + files.changed.count > 0)
    differences.push(
      `files: ${files.changed.count} changed, ${files.only_there.count} only in preprod, ${files.only_here.count} only in production`,
    );
  lines.push(
    "",
    differences.length === 0
      ? "no difference: production serves what preprod serves"
      : `differs: ${differences.join("; ")}`,
  );
  for (const s of columns) if (s.error) lines.push(`${s.env}: ${s.error}`);
  return lines.join("\n");
}
