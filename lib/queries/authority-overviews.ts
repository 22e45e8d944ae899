import { type AuthorityCodes, codesOf } from "../councils/codes";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Grade, Inspection, RatingRow } from "../report/types";
import { CODE_COLUMNS } from "./council-codes";
import { sqlCount, sqlRows } from "./sql";

export interface AuthorityOverview extends AuthorityCodes {
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
const WITHIN_3_MONTHS = Prisma.sql`(deadlineDays IS NULL AND deadlineMonths <= 3) OR (deadlineDays IS NOT NULL AND deadlineDays <= 92)`;

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

interface LatestRow extends AuthorityCodes {
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
    SELECT r.id AS id, r.reportDate AS reportDate, r.region AS region, a.slug AS slug, a.name AS name, ${CODE_COLUMNS}
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
  const counts = [];
  // SQLite takes at most 999 bound values in one statement: ask in chunks.
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const [r, c] = await Promise.all([
      db.rating.findMany({
        where: { reportId: { in: chunk } },
        orderBy: [{ reportId: "asc" }, { position: "asc" }],
        select: { reportId: true, inspection: true, judgement: true, grade: true },
      }),
      // One pass for both counts: two groupBy calls cost 1.6× the CPU at N=1,500 (decision 0007).
      sqlRows<{ reportId: number; total: number; soon: number }>(
        db,
        Prisma.sql`SELECT reportId, COUNT(*) AS total, SUM(CASE WHEN ${WITHIN_3_MONTHS} THEN 1 ELSE 0 END) AS soon
          FROM Recommendation WHERE reportId IN (${Prisma.join(chunk)}) GROUP BY reportId`,
      ),
    ]);
    ratings.push(...r);
    counts.push(...c);
  }
  const ratingsByReport = new Map<number, RatingRow[]>();
  for (const x of ratings) {
    const list = ratingsByReport.get(x.reportId) ?? [];
    list.push({ inspection: x.inspection as Inspection, judgement: x.judgement, grade: x.grade as Grade });
    ratingsByReport.set(x.reportId, list);
  }
  const countsByReport = new Map(counts.map((c) => [c.reportId, c]));
  return latest.map((r) => {
    const id = r.id;
    return {
      slug: r.slug,
      name: r.name,
      ...codesOf(r),
      region: r.region,
      reportDate: r.reportDate,
      ratings: ratingsByReport.get(id) ?? [],
      recommendations: countsByReport.get(id)?.total ?? 0,
      dueWithin3Months: countsByReport.get(id)?.soon ?? 0,
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
  // Raw: the client's count with `reports: { some: {} }` costs 2–3× the CPU (decision 0007).
  return sqlCount(
    db,
    Prisma.sql`SELECT COUNT(*) AS total FROM Authority a WHERE EXISTS (SELECT 1 FROM Report r WHERE r.authorityId = a.id)`,
  );
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
