/**
 * When the data changes: the document layer keeps a page until the database
 * is written, by this process or any other. Part of the document layer (layer.mjs).
 */
import fs from "node:fs";
import path from "node:path";

/** The SQLite file, as lib/database-file.ts resolves DATABASE_URL (a unit test keeps the two in step). */
export function databaseFile(env = process.env) {
  const raw = env.DATABASE_URL?.trim() || "data/app.db";
  const withoutScheme = raw.replace(/^file:(\/\/)?/, "");
  return withoutScheme === ":memory:" ? withoutScheme : path.resolve(process.cwd(), withoutScheme);
}

/**
 * A token that changes whenever the database is written, by this process or
 * any other (`npm run import` included): the size and modification time of
 * the file and of its write-ahead log, where a commit lands first. An empty or
 * missing log counts as one and the same: SQLite truncates or removes it when
 * connections open and close, which changes its time but no data (a checkpoint
 * that emptied it wrote the database file first). Two stat calls, cheap enough
 * for every request.
 */
export function dataVersion(file) {
  return [file, `${file}-wal`]
    .map((name) => {
      try {
        const s = fs.statSync(name, { bigint: true });
        return s.size === 0n ? "0" : `${s.size}:${s.mtimeNs}`;
      } catch {
        return "0";
      }
    })
    .join("/");
}
