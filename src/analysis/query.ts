/**
 * A page's queries, written once and run in two places: by DuckDB in Node for the first paint and
 * the tests (loaders/analysis/native-runner.ts), and by DuckDB-WASM in the browser when the reader
 * changes a filter (src/analysis/page-data.ts). Values always travel as bound parameters.
 */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export type Row = Record<string, unknown>;
export type QueryRunner = (sql: string, params: readonly unknown[]) => Promise<Row[]>;

export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** One query of a page: SQL for a year range; `R` types its rows. */
export interface PageQuery<R extends object = Row> {
  (range: YearRange): SqlQuery;
  /** Phantom: the row type, for inference only. */
  readonly __row?: R;
}

export type PageQueries = Readonly<Record<string, PageQuery<object>>>;
export type PageResults<Q extends PageQueries> = {
  [K in keyof Q]: Q[K] extends PageQuery<infer R> ? R[] : Row[];
};

/** Declares a query whose rows have type R. */
export const defineQuery = <R extends object>(
  build: (range: YearRange) => SqlQuery,
): PageQuery<R> => build as PageQuery<R>;

/** `WHERE year BETWEEN ? AND ?` with its parameters. */
export const yearParams = (range: YearRange): readonly unknown[] => [range.from, range.to];

export async function runPageQueries<Q extends PageQueries>(
  runner: QueryRunner,
  queries: Q,
  range: YearRange,
): Promise<PageResults<Q>> {
  const entries = [];
  // One after another: DuckDB-WASM runs a single connection anyway, and errors name the query.
  for (const [name, query] of Object.entries(queries)) {
    const { sql, params } = query(range);
    try {
      entries.push([name, await runner(sql, params)] as const);
    } catch (error) {
      throw new Error(`query "${name}" failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return Object.fromEntries(entries) as PageResults<Q>;
}

export const sameRange = (a: YearRange, b: YearRange): boolean =>
  a.from === b.from && a.to === b.to;
