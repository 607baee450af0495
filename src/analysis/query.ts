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

/**
 * One statement that gives several of a page's results at once, so they share its scans (a
 * MATERIALIZED CTE is computed once per statement, never across statements). Each row carries
 * `part`, the name of the query it belongs to, and `parts` lists that query's columns (the other
 * columns of the row are NULL: the parts are joined with UNION ALL BY NAME). Rows are sorted by part,
 * then in the part's own order. tests/analysis-groups.test.ts checks that a group gives the rows its
 * queries give.
 */
export interface QueryGroup {
  (range: YearRange): SqlQuery;
  readonly parts: Readonly<Record<string, readonly string[]>>;
}

export const defineGroup = (
  parts: Readonly<Record<string, readonly string[]>>,
  build: (range: YearRange) => SqlQuery,
): QueryGroup => Object.assign(build, { parts });

/** One statement a page runs: a single query, or a group in place of its parts. */
export interface PageStatement {
  /** The query's name, or the group's parts joined by "+". */
  readonly name: string;
  /** The results it gives. */
  readonly parts: readonly string[];
  /** Runs it for a range; rejects with an error that names the statement. */
  run(runner: QueryRunner, range: YearRange): Promise<Record<string, Row[]>>;
}

/** What runPageQueries runs, in its order: the groups, then the single queries. */
export function pageStatements(
  queries: PageQueries,
  groups: readonly QueryGroup[] = [],
): PageStatement[] {
  const run = async (name: string, runner: QueryRunner, { sql, params }: SqlQuery) => {
    try {
      return await runner(sql, params);
    } catch (error) {
      throw new Error(`query "${name}" failed: ${(error as Error).message}`, { cause: error });
    }
  };
  const grouped = new Set(groups.flatMap((g) => Object.keys(g.parts)));
  return [
    ...groups.map((group): PageStatement => {
      const name = Object.keys(group.parts).join("+");
      return {
        name,
        parts: Object.keys(group.parts),
        run: async (runner, range) => splitGroup(group, await run(name, runner, group(range))),
      };
    }),
    ...Object.entries(queries)
      .filter(([name]) => !grouped.has(name))
      .map(([name, query]): PageStatement => ({
        name,
        parts: [name],
        run: async (runner, range) => ({ [name]: await run(name, runner, query(range)) }),
      })),
  ];
}

/** A group's rows, split into its parts' results. */
export function splitGroup(group: QueryGroup, rows: readonly Row[]): Record<string, Row[]> {
  const out: Record<string, Row[]> = Object.fromEntries(
    Object.keys(group.parts).map((name) => [name, []]),
  );
  for (const row of rows) {
    const part = row.part as string;
    const columns = group.parts[part];
    if (!columns) throw new Error(`a group returned a row of an unknown part "${part}"`);
    out[part].push(Object.fromEntries(columns.map((c) => [c, row[c]])));
  }
  return out;
}

export async function runPageQueries<Q extends PageQueries>(
  runner: QueryRunner,
  queries: Q,
  range: YearRange,
  groups: readonly QueryGroup[] = [],
): Promise<PageResults<Q>> {
  const byName: Record<string, Row[]> = {};
  // One after another: DuckDB-WASM runs a single connection anyway, and errors name the query.
  for (const statement of pageStatements(queries, groups))
    Object.assign(byName, await statement.run(runner, range));
  // In the queries' own order, as without groups.
  return Object.fromEntries(
    Object.keys(queries).map((name) => [name, byName[name]]),
  ) as PageResults<Q>;
}

export const sameRange = (a: YearRange, b: YearRange): boolean =>
  a.from === b.from && a.to === b.to;
