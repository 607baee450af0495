/**
 * Reads one raw file straight into its table with DuckDB's CSV reader, typed as published and
 * shaped by `projection` (a SELECT list over the file's columns). Rows the reader cannot take
 * (wrong column count, a value that does not cast, bytes that are not UTF-8) are kept out and
 * reported through DuckDB's reject tables, with their record number. The table keeps the file's
 * order, so a row's rowid is its position among the rows read: validation reports by it.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryJson, sqlString } from "../duckdb.ts";
import type { RawFileSpec } from "../foodcom-files.ts";

export interface ReaderReject {
  /** Record number as DuckDB counts it: the header is record 1. */
  readonly record: number;
  readonly column: string | null;
  readonly errorType: string;
  readonly message: string;
}

export interface ReadFile {
  readonly table: string;
  /** Rows the reader took, before validation. */
  readonly rowsLoaded: number;
  readonly rejects: ReaderReject[];
}

/** Reader errors after which the rest of the file cannot be trusted: they stop the ingest. */
export const FATAL_READER_ERRORS = new Set([
  "UNQUOTED VALUE",
  "LINE SIZE OVER MAXIMUM",
  "INVALID STATE",
]);

export async function readRawFile(
  connection: DuckDBConnection,
  spec: RawFileSpec,
  path: string,
  table: string,
  projection: string,
): Promise<ReadFile> {
  const columns = spec.columns
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(", ");
  const rejectsTable = `reader_rejects_${table}`;
  const scansTable = `reader_scans_${table}`;
  // The dialect is stated, not sniffed: the published files have exactly this one. Empty fields
  // (quoted or not) become NULL; the validation step decides which columns may be empty.
  await connection.run(`
    CREATE TABLE ${table} AS
    SELECT ${projection} FROM read_csv(${sqlString(path)},
      auto_detect = false, header = true, delim = ',', quote = '"', escape = '"',
      columns = {${columns}}, dateformat = '%Y-%m-%d', strict_mode = true,
      store_rejects = true, rejects_table = '${rejectsTable}', rejects_scan = '${scansTable}')`);
  const [{ n }] = await queryJson<{ n: number }>(
    connection,
    `SELECT count(*)::INTEGER AS n FROM ${table}`,
  );
  const rejects = await queryJson<ReaderReject>(
    connection,
    `SELECT line::INTEGER AS record, column_name AS "column", error_type AS "errorType",
            error_message AS message
     FROM ${rejectsTable} ORDER BY line`,
  );
  return { table, rowsLoaded: n, rejects };
}

/**
 * Record number of the staged row at `ordinal` (0-based insertion order): the reader skipped the
 * rejected records, so they shift every row after them.
 */
export function recordOfOrdinal(ordinal: number, rejectedRecords: readonly number[]): number {
  let record = ordinal + 2;
  for (const rejected of rejectedRecords) {
    if (rejected <= record) record++;
    else break;
  }
  return record;
}
