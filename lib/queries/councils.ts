import { COUNCIL_CODE, councilByCode, councilByLaNumber, councilCodes, type CouncilRecord, matchCouncil } from "../councils";
import type { AuthorityCodes } from "../councils/codes";
import { drawLocator } from "../councils/map";
import { type CouncilReport, type MapGradeId, type MapView, mapView } from "../councils/map-view";
import { type GradeDifference, gradeDifferences, type NeighbourEntry, neighbourEntries } from "../councils/neighbours-view";
import { db, type Db } from "../db";
import { renewAllPages } from "../document-layer/renew-pages";
import { matrixGrades } from "../home/matrix";
import { listAuthorityOverviews } from "./authority-overviews";
import { getAuthorityReports } from "./reports";

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
  if (updated > 0) await renewAllPages(client);
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

/** Every authority with a report and matched to the lookup, by LA number; the first by name when two share one. */
/**
 * The slug an API request names: a stored authority's slug as given, else the
 * authority with that LA number or ONS code ("302", "E09000003"), else as given.
 */
export async function resolveAuthoritySlug(given: string): Promise<string> {
  if (!COUNCIL_CODE.test(given)) return given;
  const stored = await db.authority.findUnique({ where: { slug: given }, select: { slug: true } });
  return stored ? given : ((await slugForCouncilCode(given)) ?? given);
}

async function councilReports(): Promise<Map<string, CouncilReport>> {
  const rows = await listAuthorityOverviews("name", "asc");
  const byLaNumber = new Map<string, CouncilReport>();
  for (const row of rows) {
    if (!row.laNumber || byLaNumber.has(row.laNumber)) continue;
    byLaNumber.set(row.laNumber, { slug: row.slug, name: row.name, reportDate: row.reportDate, grades: matrixGrades(row.ratings) });
  }
  return byLaNumber;
}

/** The map of grades (/map), coloured by one of the six. */
export async function councilMap(grade: MapGradeId): Promise<MapView> {
  return mapView(await councilReports(), grade);
}

/** What an authority's page shows of its council: the lookup's record, its ten neighbours and a locator map. */
export interface CouncilContext {
  council: CouncilRecord | null;
  neighbours: NeighbourEntry[];
  locator: ReturnType<typeof drawLocator> | null;
}

export async function councilContext(slug: string, codes: AuthorityCodes): Promise<CouncilContext> {
  const council = councilByLaNumber(codes.laNumber);
  if (!council) return { council: null, neighbours: [], locator: null };
  const reports = council.neighbours.length > 0 ? await councilReports() : new Map<string, CouncilReport>();
  const shapes = council.current ? [council.onsCode] : council.successors;
  return {
    council,
    neighbours: neighbourEntries(council, reports, slug),
    locator: shapes.length > 0 ? drawLocator(120, shapes) : null,
  };
}

/** /authorities/{slug}/neighbours: the council's six grades beside each neighbour's that has a report. */
export interface NeighbourComparisons {
  slug: string;
  name: string;
  codes: AuthorityCodes;
  council: CouncilRecord | null;
  grades: CouncilReport["grades"][number][];
  reportDate: string;
  neighbours: (NeighbourEntry & { differences: GradeDifference[] | null })[];
}

export async function neighbourComparisons(slug: string): Promise<NeighbourComparisons | null> {
  const found = await getAuthorityReports(slug);
  if (!found) return null;
  const grades = matrixGrades(found.current.report.ratings);
  const council = councilByLaNumber(found.codes.laNumber);
  const entries = council ? neighbourEntries(council, await councilReports(), found.slug) : [];
  return {
    slug: found.slug,
    name: found.name,
    codes: found.codes,
    council,
    grades,
    reportDate: found.current.report.reportDate,
    neighbours: entries.map((e) => ({
      ...e,
      differences: e.report ? gradeDifferences(found.name, grades, e.report.name, e.report.grades) : null,
    })),
  };
}

/** An authority's statistical neighbours, each with its report if loaded: for "compare with a statistical neighbour". */
export async function comparableNeighbours(slug: string, codes: AuthorityCodes): Promise<NeighbourEntry[]> {
  const council = councilByLaNumber(codes.laNumber);
  return council ? neighbourEntries(council, await councilReports(), slug) : [];
}
