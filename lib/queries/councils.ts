import { councilByCode, councilCodes, matchCouncil } from "../councils";
import { db, type Db } from "../db";
import { matrixGrades } from "../overview-view";
import type { Grade } from "../report/types";
import { listAuthorityOverviews } from "./overview";

/**
 * Matches every stored authority to the council lookup again and stores its
 * codes: for authorities imported before the codes were kept, or after the
 * lookup changed. Returns how many changed and the names that match nothing.
 */
export async function matchStoredAuthorities(client: Db): Promise<{ updated: number; unmatched: string[] }> {
  const stored = await client.authority.findMany({ select: { id: true, name: true, laNumber: true, onsCode: true, onsRegion: true } });
  let updated = 0;
  const unmatched: string[] = [];
  for (const authority of stored) {
    const codes = councilCodes(matchCouncil(authority.name));
    if (!codes.laNumber) unmatched.push(authority.name);
    if (codes.laNumber === authority.laNumber && codes.onsCode === authority.onsCode && codes.region === authority.onsRegion) continue;
    await client.authority.update({
      where: { id: authority.id },
      data: { laNumber: codes.laNumber, onsCode: codes.onsCode, onsRegion: codes.region },
    });
    updated++;
  }
  return { updated, unmatched };
}

/**
 * The slug of the stored authority with this DfE LA number or ONS code ("302",
 * "E09000003"), one with a report first; null when the code is no council's
 * or no stored authority has it.
 */
export async function slugForCouncilCode(code: string): Promise<string | null> {
  const council = councilByCode(code);
  if (!council) return null;
  const found = await db.authority.findMany({
    where: { laNumber: council.laNumber },
    select: { slug: true, _count: { select: { reports: true } } },
    orderBy: { id: "asc" },
  });
  return (found.find((a) => a._count.reports > 0) ?? found[0])?.slug ?? null;
}

/** A council of the lookup as this app holds it: its latest report's six grades (matrix order). */
export interface CouncilReport {
  slug: string;
  name: string;
  reportDate: string;
  grades: (Grade | null)[];
}

/** Every authority with a report and matched to the lookup, by LA number; the first by name when two share one. */
export async function councilReports(): Promise<Map<string, CouncilReport>> {
  const rows = await listAuthorityOverviews("name", "asc");
  const byLaNumber = new Map<string, CouncilReport>();
  for (const row of rows) {
    if (!row.laNumber || byLaNumber.has(row.laNumber)) continue;
    byLaNumber.set(row.laNumber, { slug: row.slug, name: row.name, reportDate: row.reportDate, grades: matrixGrades(row.ratings) });
  }
  return byLaNumber;
}
