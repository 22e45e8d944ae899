import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { BulkTable, Cell } from "./sql";

/*
 * The bulk import's own connection to the database file (decision 0016): the
 * same statements saveReport runs through the Prisma client, prepared once and
 * run through better-sqlite3, with many reports in one transaction. Through
 * the client each statement went through its query compiler and driver
 * adapter, a third of an import's CPU. Only lib/import/import-files.ts uses
 * it; every other write stays on the typed client (decision 0007).
 */

type Row = Record<string, unknown>;

export interface BulkConnection {
  /** Runs a statement (a SELECT, or a write with RETURNING) and returns its rows. */
  rows<T extends object>(query: Prisma.Sql): T[];
  /** Runs a statement that returns nothing. */
  run(query: Prisma.Sql): void;
  insert(table: BulkTable, columns: readonly string[], rows: Cell[][]): void;
  /** Runs fn in a transaction that holds the write lock from the start, committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): void;
}

// Values the statements bind: the client binds no other kinds (no dates or booleans here).
const bindable = (values: unknown[]) => values.map((v) => (v === undefined ? null : v));

export function openBulkConnection(file: string): BulkConnection {
  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
    return statement;
  };
  const exec = (sql: string) => sqlite.exec(sql);
  return {
    rows: <T extends object>(query: Prisma.Sql) => prepared(query.sql).all(...bindable(query.values)) as Row[] as T[],
    run: (query) => void prepared(query.sql).run(...bindable(query.values)),
    insert(table, columns, rows) {
      const statement = prepared(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const row of rows) statement.run(row);
    },
    async transaction(fn) {
      exec("BEGIN IMMEDIATE");
      try {
        const result = await fn();
        exec("COMMIT");
        return result;
      } catch (error) {
        if (sqlite.inTransaction) exec("ROLLBACK");
        throw error;
      }
    },
    close: () => sqlite.close(),
  };
}
