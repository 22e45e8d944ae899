import { authorityRegion, type Region } from "../councils/regions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { sqlRows } from "./sql";

export interface AuthorityInRegion {
  id: number;
  slug: string;
  name: string;
  region: Region | null;
}

/**
 * Every authority with a report and its region, by the one rule of
 * lib/councils/regions (the lookup's ONS region, else its latest report's).
 * The rule folds names ("Eastern", "&"), so it runs here rather than in SQL:
 * a row per council, about 150.
 */
export async function authoritiesWithRegions(): Promise<AuthorityInRegion[]> {
  const rows = await sqlRows<{ id: number; slug: string; name: string; onsRegion: string | null; reportRegion: string | null }>(
    db,
    Prisma.sql`SELECT a.id, a.slug, a.name, a.onsRegion,
      (SELECT r.region FROM Report r WHERE r.authorityId = a.id ORDER BY r.reportDate DESC LIMIT 1) AS reportRegion
    FROM Authority a WHERE EXISTS (SELECT 1 FROM Report r WHERE r.authorityId = a.id)
    ORDER BY a.name, a.slug`,
  );
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, region: authorityRegion(r) }));
}

/** The ids of the authorities in a region: what every `region` filter narrows to. */
export async function authorityIdsInRegion(region: Region): Promise<number[]> {
  return (await authoritiesWithRegions()).filter((a) => a.region === region).map((a) => a.id);
}

/** SQL for "the authority `column` is in the region" (no condition without a region). */
export async function inRegionSql(column: Prisma.Sql, region: Region | undefined): Promise<Prisma.Sql> {
  if (!region) return Prisma.empty;
  const ids = await authorityIdsInRegion(region);
  return ids.length ? Prisma.sql`AND ${column} IN (${Prisma.join(ids)})` : Prisma.sql`AND 0`;
}
