import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type Cell = string | number | null;

// Prisma allows at most 999 bound values in one query on SQLite.
const MAX_BOUND_VALUES = 999;

/**
 * Inserts rows in as few statements as the bound-value limit allows. Through
 * Prisma's createMany each statement went through its query compiler, which
 * was most of an import's time. Table and column names are this module's own
 * constants (or their callers'), never input.
 */
export async function insertRows(tx: Tx, table: string, columns: string[], rows: Cell[][]): Promise<void> {
  const perStatement = Math.floor(MAX_BOUND_VALUES / columns.length);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await tx.$executeRaw(
      Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(columns.map((c) => `"${c}"`).join(", "))}) VALUES ${Prisma.join(chunk.map((row) => Prisma.sql`(${Prisma.join(row)})`))}`,
    );
  }
}
