/**
 * The production server's response policy: which files may be cached for ever, and the security
 * headers. Framework names its assets by content (`app.3f2a9c1d.js`) or by package version
 * (`/_npm/d3@7.9.2/…`), so those never change under the same URL; pages, env.json and build.json do.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

const HASHED_NAME = /\.[0-9a-f]{8}\.[a-z0-9]+$/;
const VERSIONED_NPM = /^\/_npm\/(?:@[^/]+\/)?[^/@]+@\d[^/]*\//;
/** The pages' bundles share chunks named by esbuild's content hash (scripts/site/bundle.ts). */
const BUNDLE_CHUNK = /^\/_import\/_pages\/chunk\.[A-Z2-7]{8}\.js$/;

export function cacheControl(pathname: string): string {
  if (VERSIONED_NPM.test(pathname) || BUNDLE_CHUNK.test(pathname)) return IMMUTABLE;
  if (/^\/_(?:import|file|observablehq|npm)\//.test(pathname) && HASHED_NAME.test(pathname))
    return IMMUTABLE;
  return REVALIDATE;
}

/**
 * htl (used by Observable Inputs) parses `oninput=${fn}` as an attribute holding the placeholder
 * `::N`, then replaces it by a property; Chromium reports the placeholder attribute as a blocked
 * inline handler. Allowing exactly those strings (not valid JavaScript, so they can never run)
 * silences the false report without allowing any real inline handler.
 */
const HTL_PLACEHOLDERS = Array.from(
  { length: 32 },
  (_, i) =>
    `'sha256-${createHash("sha256")
      .update(`::${i + 1}`)
      .digest("base64")}'`,
).join(" ");

/**
 * Scripts only from the site itself plus each page's own inline scripts (by hash); WebAssembly
 * compilation ('wasm-unsafe-eval') and DuckDB-WASM's worker, which Framework starts from a blob: URL.
 * Plot and Inputs set inline styles. Nothing may frame the site.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.join(" ")}`.trim(),
    `script-src-attr 'unsafe-hashes' ${HTL_PLACEHOLDERS}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function setSecurityHeaders(res: ServerResponse, inlineScripts?: readonly string[]): void {
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(inlineScripts));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
}

/** The HTML file a clean URL maps to, as sirv resolves it (`/trends` → `trends.html`). */
export function pageCandidates(pathname: string): string[] {
  const path = pathname.replace(/^\/+/, "");
  if (path === "" || path.endsWith("/")) return [`${path}index.html`];
  if (path.endsWith(".html")) return [path];
  return [`${path}.html`, `${path}/index.html`];
}
