import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/** Columns whose value is the moment of writing, never the same twice. */
const MOMENTS: Record<string, string[]> = { Report: ["importedAt"] };

/**
 * Every row of every table (the search index included, its shadow tables
 * not), each value as SQL's quote() writes it, so that 3, 3.0 and '3' differ:
 * two databases with equal dumps hold the same rows bit for bit, row ids
 * too. Moments of writing are left out.
 */
export function tableDump(file: string): Record<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'SearchIndex\\_%' escape '\\' order by name",
      )
      .pluck()
      .all() as string[];
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const columns = (sqlite.pragma(`table_info("${table}")`) as { name: string }[])
        .map((c) => c.name)
        .filter((c) => !MOMENTS[table]?.includes(c));
      const values = ["rowid", ...columns].map((c) => `quote("${c}")`).join(` || '|' || `);
      dump[table] = sqlite.prepare(`select ${values} from "${table}" order by rowid`).pluck().all() as string[];
    }
    return dump;
  } finally {
    sqlite.close();
  }
}

/** A short fingerprint of each table's dump, to compare large databases. */
export function dumpDigests(file: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tableDump(file)).map(([table, rows]) => [
      table,
      `${rows.length} rows ${createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 12)}`,
    ]),
  );
}
