/**
 * What each kept page was made from: an import renews the pages of the
 * authority it touched and the lists, and every other kept page stays
 * (docs/decisions/0014-an-import-renews-what-it-touches.md). Part of the
 * document layer (layer.mjs).
 *
 * The versions live in the SQLite file's "PageVersion" table (migration
 * 0007_authority_versions), written in the same transaction as the data
 * (lib/import/renew-pages.ts), so every process serving the file sees them.
 * A scope is "authority:<slug>" (its pages and its JSON), "lists" (every
 * other kept page: each may list any authority) or "all" (renewed by writes
 * that touch every page, such as reading every report again).
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { dataVersion } from "./data-version.mjs";

export const LISTS = "lists";
export const ALL = "all";

export function authorityScope(slug) {
  return `authority:${slug.toLowerCase()}`;
}

const AUTHORITY_PATH = /^\/(?:api\/)?authorities\/([^/]+)(?:\/|$)/;

/** The scope a kept path belongs to: an authority's own pages, else the lists. */
export function scopeOfPath(pathname) {
  const match = AUTHORITY_PATH.exec(pathname);
  if (!match) return LISTS;
  try {
    return authorityScope(decodeURIComponent(match[1]));
  } catch {
    return LISTS;
  }
}

/**
 * The version of a scope, as a function of the file: read again only when
 * the file changed, so a kept page costs no query. A file without the table
 * (not migrated, or a test's stand-in) falls back to one version for
 * everything: the file's own, which moves with any write.
 *
 * Whether the file changed (two `stat` calls) is looked at most once every
 * `recheckMs` milliseconds (decision 0017): under load the same answer serves
 * the requests of those milliseconds, so a write by another process is seen
 * within that time; 0 looks every time. `recheck()` makes the next call look
 * whatever the time: the layer calls it when a request that may have written
 * (a form's POST) has been answered, so that this process's own writes are
 * seen by the very next request.
 */
export function pageVersions(file, { recheckMs = 0 } = {}) {
  let seen = null;
  let versions = null;
  let connection = null;
  let inode = null;
  let lookedAt = -Infinity;

  function reload(token) {
    seen = token;
    versions = null;
    if (file === ":memory:") return;
    try {
      // A file replaced under the server (a backup restored) is opened again, not read through the old one.
      const current = fs.statSync(file).ino;
      if (connection && current !== inode) {
        connection.close();
        connection = null;
      }
      connection ??= new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
      inode = current;
      const rows = connection.prepare('SELECT "scope", "version" FROM "PageVersion"').all();
      versions = new Map(rows.map((row) => [row.scope, row.version]));
    } catch {
      // No file yet, or no table: every scope follows the file.
      connection?.close();
      connection = null;
    }
  }

  function versionOf(scope) {
    const now = recheckMs > 0 ? performance.now() : 0;
    if (recheckMs <= 0 || now - lookedAt >= recheckMs) {
      lookedAt = now;
      const token = dataVersion(file);
      if (token !== seen) reload(token);
    }
    if (!versions) return seen;
    return `${inode}.${versions.get(ALL) ?? 0}.${versions.get(scope) ?? 0}`;
  }
  versionOf.recheck = () => {
    lookedAt = -Infinity;
  };
  return versionOf;
}
