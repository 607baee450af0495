// Types for the module specifiers Observable Framework resolves at build time, so that components
// in src/ type-check like the rest of the project.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}

declare module "npm:apache-arrow" {
  export * from "apache-arrow";
}

declare module "observablehq:stdlib" {
  import type { Table } from "apache-arrow";
  export interface FileAttachmentHandle {
    readonly name: string;
    readonly mimeType: string;
    url(): Promise<string>;
    json<T = unknown>(): Promise<T>;
    text(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
    parquet(): Promise<Table>;
  }
  export function FileAttachment(name: string): FileAttachmentHandle;
}

declare module "npm:@observablehq/duckdb" {
  import type { Table } from "apache-arrow";
  export class DuckDBClient {
    static of(
      sources?: Record<string, unknown>,
      config?: Record<string, unknown>,
    ): Promise<DuckDBClient>;
    query(sql: string, params?: unknown[]): Promise<Table>;
    sql(strings: TemplateStringsArray, ...params: unknown[]): Promise<Table>;
    queryRow(sql: string, params?: unknown[]): Promise<Record<string, unknown> | null>;
  }
}

declare module "npm:htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}
