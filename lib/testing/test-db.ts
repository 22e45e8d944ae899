import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "../db";

const MIGRATIONS = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");

/** Applies the committed migrations, in order, to a SQLite file. */
export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    for (const dir of fs
      .readdirSync(MIGRATIONS)
      .filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory())
      .sort()) {
      sqlite.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

export interface TestDb {
  db: Db;
  file: string;
  /** Row counts of every table, to compare a database before and after. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** A fresh, migrated database in a temporary file of its own. */
export function createTestDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reports-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  const db = createDb(file);
  return {
    db,
    file,
    counts() {
      const sqlite = new Database(file, { readonly: true });
      try {
        const tables = sqlite
          // FTS5's shadow tables (SearchIndex_data, …) change shape as the index merges; the index's own row count is what matters.
          .prepare(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'SearchIndex\\_%' escape '\\' order by name",
          )
          .all() as { name: string }[];
        return Object.fromEntries(
          tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]),
        );
      } finally {
        sqlite.close();
      }
    },
    async close() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
