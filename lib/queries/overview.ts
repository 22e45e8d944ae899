import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Grade, Inspection, RatingRow } from "../report/types";
import { sqlRows } from "./sql";

export interface AuthorityOverview {
  slug: string;
  name: string;
  region: string | null;
  reportDate: string;
  ratings: RatingRow[];
  recommendations: number;
  /** Recommendations of the latest report whose deadline is 3 months or sooner. */
  dueWithin3Months: number;
}

export type OverviewSort = "name" | "region" | "date";
export type SortDirection = "asc" | "desc";

/** Authorities per page of the home page. */
export const OVERVIEW_PAGE_SIZE = 50;

export interface AuthorityOverviewPage {
  rows: AuthorityOverview[];
  /** Authorities with at least one report, on every page. */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

/** "Within 3 months" or sooner: 3 calendar months, or at most 92 days. */
export const WITHIN_3_MONTHS = {
  OR: [{ deadlineDays: null, deadlineMonths: { lte: 3 } }, { deadlineDays: { lte: 92 } }],
} satisfies Prisma.RecommendationWhereInput;

const SORT_KEY: Record<OverviewSort, Prisma.Sql> = {
  name: Prisma.sql`a.name COLLATE NOCASE`,
  region: Prisma.sql`r.region COLLATE NOCASE`,
  date: Prisma.sql`r.reportDate`,
};

/**
 * ORDER BY for a sort: the column in the direction asked (no region first
 * when ascending), then name A to Z, then slug, which is unique, so that
 * every authority has one place in the order and pages neither repeat nor
 * skip any.
 */
function orderBy(sort: OverviewSort, direction: SortDirection): Prisma.Sql {
  const dir = direction === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.sql`ORDER BY ${SORT_KEY[sort]} ${dir}, a.name COLLATE NOCASE ASC, a.slug ASC`;
}

interface LatestRow {
  id: number;
  reportDate: string;
  region: string | null;
  slug: string;
  name: string;
}

/** Each authority's latest report, sorted, optionally one page of them. */
function latestReports(sort: OverviewSort, direction: SortDirection, page?: { limit: number; offset: number }) {
  return sqlRows<LatestRow>(
    db,
    Prisma.sql`
    SELECT r.id AS id, r.reportDate AS reportDate, r.region AS region, a.slug AS slug, a.name AS name
    FROM Report r JOIN Authority a ON a.id = r.authorityId
    WHERE NOT EXISTS (SELECT 1 FROM Report newer WHERE newer.authorityId = r.authorityId AND newer.reportDate > r.reportDate)
    ${orderBy(sort, direction)}
    ${page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty}`,
  );
}

/** Ratings and recommendation counts of these reports only, in the order given. */
const ID_CHUNK = 500;

async function withRatingsAndCounts(latest: LatestRow[]): Promise<AuthorityOverview[]> {
  if (latest.length === 0) return [];
  const ids = latest.map((r) => r.id);
  const ratings = [];
  const totals = [];
  const soon = [];
  // SQLite takes at most 999 bound values in one statement: ask in chunks.
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const [r, t, s] = await Promise.all([
      db.rating.findMany({
        where: { reportId: { in: chunk } },
        orderBy: [{ reportId: "asc" }, { position: "asc" }],
        select: { reportId: true, inspection: true, judgement: true, grade: true },
      }),
      db.recommendation.groupBy({ by: ["reportId"], where: { reportId: { in: chunk } }, _count: { _all: true } }),
      db.recommendation.groupBy({ by: ["reportId"], where: { reportId: { in: chunk }, ...WITHIN_3_MONTHS }, _count: { _all: true } }),
    ]);
    ratings.push(...r);
    totals.push(...t);
    soon.push(...s);
  }
  const ratingsByReport = new Map<number, RatingRow[]>();
  for (const x of ratings) {
    const list = ratingsByReport.get(x.reportId) ?? [];
    list.push({ inspection: x.inspection as Inspection, judgement: x.judgement, grade: x.grade as Grade });
    ratingsByReport.set(x.reportId, list);
  }
  const totalByReport = new Map(totals.map((c) => [c.reportId, c._count._all]));
  const soonByReport = new Map(soon.map((c) => [c.reportId, c._count._all]));
  return latest.map((r) => {
    const id = r.id;
    return {
      slug: r.slug,
      name: r.name,
      region: r.region,
      reportDate: r.reportDate,
      ratings: ratingsByReport.get(id) ?? [],
      recommendations: totalByReport.get(id) ?? 0,
      dueWithin3Months: soonByReport.get(id) ?? 0,
    };
  });
}

/**
 * Every authority with its latest report's ratings and recommendation counts:
 * the full list, for the /api/authorities export. Pages use listAuthorityOverviewPage.
 */
export async function listAuthorityOverviews(sort: OverviewSort = "name", direction: SortDirection = "asc"): Promise<AuthorityOverview[]> {
  return withRatingsAndCounts(await latestReports(sort, direction));
}

/** How many authorities have a report. */
export async function countAuthoritiesWithReports(): Promise<number> {
  return db.authority.count({ where: { reports: { some: {} } } });
}

/**
 * One page of the authorities, sorted across all of them in SQL before paging;
 * ratings and counts are read for that page's reports only. A page past the
 * end has no rows (and the true total).
 */
export async function listAuthorityOverviewPage(
  sort: OverviewSort = "name",
  direction: SortDirection = "asc",
  page = 1,
  pageSize = OVERVIEW_PAGE_SIZE,
): Promise<AuthorityOverviewPage> {
  const [total, latest] = await Promise.all([
    countAuthoritiesWithReports(),
    latestReports(sort, direction, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return { rows: await withRatingsAndCounts(latest), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}
