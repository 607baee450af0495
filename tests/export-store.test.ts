/**
 * The export store computes the browser's tables once per database. It must hold exactly what the
 * export SQL gives, be rebuilt when the database is re-ingested, and be reused otherwise.
 */
import assert from "node:assert/strict";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { queryJson } from "../loaders/duckdb.ts";
import {
  exportStorePath,
  exportTableSql,
  openExportDatabase,
  refreshExportStore,
  STORE,
} from "../loaders/export-store.ts";
import { ingest } from "../loaders/ingest/ingest.ts";
import { tempDir, writePythonFixture } from "./helpers/ingest-fixtures.ts";

describe("export store", () => {
  let dir: string;
  let dbPath: string;
  before(async () => {
    dir = tempDir();
    writePythonFixture(dir, 23);
    dbPath = join(dir, "db.duckdb");
    await ingest({ rawDir: dir, dbPath });
  });

  it("holds every export table with the rows its SQL gives on the ingested database", async () => {
    assert.equal(await refreshExportStore(dbPath), true, "a new database gets a new store");
    const db = await openExportDatabase(dbPath);
    try {
      assert.equal(db.rebuilt, false, "an up-to-date store is reused");
      // Helper tables (the vocabularies) are read from the store, as when it was built.
      await db.connection.run(`SET search_path = 'src.main,${STORE}.main'`);
      for (const [name, sql] of Object.entries(exportTableSql())) {
        // The store's table and the SQL run again now: the same rows, both ways (doubles to 1e-9:
        // a parallel sum may add in another order).
        const columns = await queryJson<{ column_name: string; column_type: string }>(
          db.connection,
          `DESCRIBE ${STORE}.main.${name}`,
        );
        const select = columns
          .map(({ column_name: c, column_type: t }) =>
            t === "DOUBLE" ? `round("${c}", 9) AS "${c}"` : `"${c}"`,
          )
          .join(", ");
        const [diff] = await queryJson<{ missing: number; extra: number }>(
          db.connection,
          `WITH fresh AS (SELECT ${select} FROM (${sql})),
                stored AS (SELECT ${select} FROM ${STORE}.main.${name})
           SELECT (SELECT count(*) FROM (FROM fresh EXCEPT ALL FROM stored))::INTEGER AS missing,
                  (SELECT count(*) FROM (FROM stored EXCEPT ALL FROM fresh))::INTEGER AS extra`,
        );
        assert.deepEqual(diff, { missing: 0, extra: 0 }, name);
      }
      // `recipes` still means the ingested table (with its tags), not the export of that name.
      const [row] = await queryJson<{ n: number }>(
        db.connection,
        "SELECT count(*)::INTEGER AS n FROM recipes WHERE tags IS NOT NULL",
      );
      assert.ok(row!.n > 0);
    } finally {
      db.close();
    }
  });

  it("is rebuilt after a new ingest of the database, atomically", async () => {
    await refreshExportStore(dbPath);
    const before = statSync(exportStorePath(dbPath)).ino;
    // New raw files: the ingest rebuilds the database, and the store must follow.
    const raw = tempDir();
    writePythonFixture(raw, 29);
    writeFileSync(join(raw, "unrelated.txt"), "");
    await ingest({ rawDir: raw, dbPath, force: true });
    assert.equal(await refreshExportStore(dbPath), true);
    assert.notEqual(statSync(exportStorePath(dbPath)).ino, before, "renamed into place");
    assert.equal(await refreshExportStore(dbPath), false);
  });

  it("names a missing database instead of creating one", async () => {
    await assert.rejects(
      openExportDatabase(join(dir, "nope.duckdb")),
      /nope\.duckdb: no such database/,
    );
  });
});
