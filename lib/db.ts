import fs from "node:fs";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile } from "./database-file";

export type Db = PrismaClient;

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** How long a connection waits for another's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5_000;

const walFiles = new Set<string>();

/**
 * Puts the database in write-ahead-log mode, once per file and process: readers
 * then never wait for (or fail during) an import, which holds the write lock.
 * The mode is stored in the file, so this is only work the first time. A file
 * that does not exist yet is left alone: `prisma migrate deploy` creates it, and
 * the next process to open it sets the mode.
 */
function enableWriteAheadLog(file: string): void {
  if (file === ":memory:" || walFiles.has(file) || !fs.existsSync(file)) return;
  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  walFiles.add(file);
}

const clientFiles = new WeakMap<PrismaClient, string>();

/** Opens a client on the given SQLite file (default: DATABASE_URL). */
export function createDb(file: string = databaseFile()): PrismaClient {
  enableWriteAheadLog(file);
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS }) });
  if (file !== ":memory:") clientFiles.set(client, file);
  return client;
}

/** The file a client of createDb is on, for a second connection to the same database (the bulk import's); undefined for an in-memory one. */
export function databaseFileOf(client: PrismaClient): string | undefined {
  return clientFiles.get(client);
}

// One client per process: Next's dev server re-evaluates modules on every
// change, so the client is parked on globalThis rather than recreated.
const globalForDb = globalThis as unknown as { __db?: PrismaClient };

/** The client pages and API routes read with. */
export const db: PrismaClient = globalForDb.__db ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.__db = db;

const globalForWriter = globalThis as unknown as { __writer?: PrismaClient };

/**
 * The client the web server writes with: a connection of its own, because the
 * driver runs a transaction's statements and any other query of the same
 * client on one connection, so readers on that client would see an import's
 * uncommitted rows. On separate connections, WAL gives readers the last
 * committed state until the import commits. One writer per process: the
 * driver queues its transactions; two writers in one process would wait on
 * each other's locks while blocking the event loop.
 */
export function writer(): PrismaClient {
  globalForWriter.__writer ??= createDb();
  return globalForWriter.__writer;
}
