/**
 * Where a table's and a column's meaning live in the dictionary: `catalog.col.<table>.<column>` when
 * the table gives the column a sense of its own, else `catalog.col.<column>`. Null when neither
 * exists (the page then says so, and tests/catalog.test.ts fails).
 */
import { DICTIONARY, type MessageKey } from "../../i18n/dictionary.js";

const known = (key: string): key is MessageKey => key in DICTIONARY.en;

export function columnMeaningKey(table: string, column: string): MessageKey | null {
  for (const key of [`catalog.col.${table}.${column}`, `catalog.col.${column}`])
    if (known(key)) return key;
  return null;
}

export function tableMeaningKey(table: string): MessageKey | null {
  const key = `catalog.table.${table}`;
  return known(key) ? key : null;
}
