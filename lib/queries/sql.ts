import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";

/*
 * Raw SQL, where the typed client cannot do the job or costs too much: every
 * raw statement of the app runs through this module, so row types and
 * SQLite's integer quirks are dealt with once. Which statements stay raw, and
 * the figure for each: docs/decisions/0007-one-data-idiom.md. Prisma's TypedSQL
 * would type them from .sql files, but its generator needs the native schema
 * engine, which this network cannot download (same decision).
 */

type Row = Record<string, unknown>;

/**
 * Runs a SELECT and returns its rows, typed as the caller declares them, with
 * integers as numbers: the driver gives count(*), sum() and the like as
 * bigint when it cannot tell their type, and every integer here is far below
 * 2^53.
 */
export async function sqlRows<T extends object>(client: Db | Tx, query: Prisma.Sql): Promise<T[]> {
  const rows = await client.$queryRaw<Row[]>(query);
  for (const row of rows) {
    for (const key in row) if (typeof row[key] === "bigint") row[key] = Number(row[key]);
  }
  return rows as unknown as T[];
}

/** The one count a query returns (0 when it returns no row). */
export async function sqlCount(client: Db | Tx, query: Prisma.Sql): Promise<number> {
  const [row] = await sqlRows<{ total: number }>(client, query);
  return row?.total ?? 0;
}

/** The database's journal mode: PRAGMA, which the client has no call for. */
export async function journalMode(client: Db): Promise<string> {
  const [row] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  return row?.journal_mode ?? "unknown";
}

export type Cell = string | number | null;

// Prisma allows at most 999 bound values in one query on SQLite.
const MAX_BOUND_VALUES = 999;

/** Tables an import writes in bulk, and so the only names insertRows splices into SQL. */
export type BulkTable =
  "Provider" | "Rating" | "Footnote" | "Section" | "Paragraph" | "Recommendation" | "ParagraphTheme" | "RecommendationTheme";

/**
 * Inserts rows in as few multi-row INSERTs as the bound-value limit allows.
 * createMany compiles each statement in Prisma's query compiler and took twice
 * the database CPU of an import (decision 0007). Column names are the
 * callers' constants, never input.
 */
export async function insertRows(tx: Tx, table: BulkTable, columns: readonly string[], rows: Cell[][]): Promise<void> {
  const perStatement = Math.floor(MAX_BOUND_VALUES / columns.length);
  const into = Prisma.raw(`"${table}" (${columns.map((c) => `"${c}"`).join(", ")})`);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await tx.$executeRaw(Prisma.sql`INSERT INTO ${into} VALUES ${Prisma.join(chunk.map((row) => Prisma.sql`(${Prisma.join(row)})`))}`);
  }
}

// Each updated paragraph takes three bound values.
const UPDATES_PER_STATEMENT = Math.floor(MAX_BOUND_VALUES / 3);

/**
 * Sets the evidence columns of many paragraphs, each its own values, in a few
 * UPDATE … FROM (VALUES …) statements: the client has no such update, only
 * one statement per paragraph.
 */
export async function updateParagraphEvidence(tx: Tx, paragraphs: { id: number; assessment: string; sentences: string }[]): Promise<void> {
  for (let i = 0; i < paragraphs.length; i += UPDATES_PER_STATEMENT) {
    const values = paragraphs.slice(i, i + UPDATES_PER_STATEMENT).map((p) => Prisma.sql`(${p.id}, ${p.assessment}, ${p.sentences})`);
    await tx.$executeRaw(Prisma.sql`
      UPDATE Paragraph SET assessment = v.column2, sentences = v.column3
      FROM (VALUES ${Prisma.join(values)}) AS v WHERE Paragraph.id = v.column1`);
  }
}
