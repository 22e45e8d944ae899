import fs from "node:fs";

/**
 * A token that changes whenever the SQLite database is written, by this
 * process or any other (an import from the command line included): the size
 * and modification time of the database file and of its write-ahead log. A
 * commit appends to the log (or, after a checkpoint, rewrites its start and
 * the database file), so the token moves; reads change neither file. Two stat
 * calls: cheap enough to ask on every request.
 */
export function dataVersion(databaseFile: string): string {
  return [databaseFile, `${databaseFile}-wal`]
    .map((file) => {
      try {
        const s = fs.statSync(/*turbopackIgnore: true*/ file, { bigint: true });
        return `${s.size}:${s.mtimeNs}`;
      } catch {
        return "-";
      }
    })
    .join("/");
}
