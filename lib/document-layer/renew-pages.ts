import type { Db, Tx } from "../db";
import { COUNCILS } from "../councils";
import { Prisma } from "../generated/prisma/client";
import { sqlRows } from "../queries/sql";
import type { CorrectionWrites } from "../corrections/apply";
import { ALL, authorityScope, LISTS } from "./page-versions.mjs";

/*
 * The write side of page-versions.mjs (decision 0014): each write that
 * changes what public pages show raises the versions of the pages it
 * changed, in its own transaction, so that no process keeps a page made
 * from data that is gone, and every other page stays kept.
 */

/** A Prisma client or transaction, or the bulk import's connection (decision 0016). */
type SqlClient = Db | Tx | Pick<CorrectionWrites, "rows">;

function rowsOf(client: SqlClient): CorrectionWrites["rows"] {
  return "rows" in client ? (query) => client.rows(query) : (query) => sqlRows(client, query);
}

let listedBy: Map<string, string[]> | null = null;

/**
 * LA numbers of the councils whose pages list this one among their ten
 * statistical neighbours (with its grades and a link): the lookup's lists
 * are one-way, so this is read backwards once.
 */
export function councilsListing(laNumber: string): string[] {
  if (!listedBy) {
    listedBy = new Map();
    for (const council of COUNCILS) {
      for (const neighbour of council.neighbours) listedBy.set(neighbour, [...(listedBy.get(neighbour) ?? []), council.laNumber]);
    }
  }
  return listedBy.get(laNumber) ?? [];
}

/**
 * After an authority's report was stored or read again: its own pages, the
 * pages of the stored authorities that list it as a neighbour, and every
 * list. Two statements, whatever the number of neighbours.
 */
export async function renewAuthorityPages(client: SqlClient, slug: string, laNumber: string | null): Promise<void> {
  const listing = laNumber ? councilsListing(laNumber) : [];
  const neighbours =
    listing.length === 0
      ? []
      : await rowsOf(client)<{ slug: string }>(Prisma.sql`SELECT "slug" FROM "Authority" WHERE "laNumber" IN (${Prisma.join(listing)})`);
  await raise(client, [authorityScope(slug), ...neighbours.map((n) => authorityScope(n.slug)), LISTS]);
}

/** After a write that may change any page (every report read again, the council codes matched again). */
export async function renewAllPages(client: SqlClient): Promise<void> {
  await raise(client, [ALL]);
}

async function raise(client: SqlClient, scopes: string[]): Promise<void> {
  const rows = [...new Set(scopes)].map((scope) => Prisma.sql`(${scope}, 1)`);
  await rowsOf(client)(
    Prisma.sql`INSERT INTO "PageVersion" ("scope", "version") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("scope") DO UPDATE SET "version" = "version" + 1 RETURNING "scope"`,
  );
}
