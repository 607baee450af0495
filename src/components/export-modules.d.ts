// Types for the modules the export menu loads: d3-dsv (bundled from node_modules by Framework, and
// run as is by the unit tests) and parquet-wasm's browser build (self-hosted by npm run vendor).
declare module "d3-dsv" {
  export function csvFormat(rows: readonly object[], columns?: readonly string[]): string;
  export function csvParse(text: string): Array<Record<string, string>> & { columns: string[] };
}

declare module "npm:parquet-wasm" {
  export * from "parquet-wasm";
  export default function init(input?: { module_or_path: string | URL }): Promise<unknown>;
}
