import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile } from "./database-file";

export type Db = PrismaClient;

/** Opens a client on the given SQLite file (default: DATABASE_URL). */
export function createDb(file: string = databaseFile()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
}

// One client per process: Next's dev server re-evaluates modules on every
// change, so the client is parked on globalThis rather than recreated.
const globalForDb = globalThis as unknown as { __db?: PrismaClient };

export const db: PrismaClient = globalForDb.__db ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.__db = db;
