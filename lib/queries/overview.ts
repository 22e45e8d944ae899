import { db } from "../db";
import type { Grade, Inspection, RatingRow } from "../report/types";

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

/** Ids of each authority's latest report. */
const LATEST_REPORTS = `
  SELECT r.id FROM Report r
  WHERE NOT EXISTS (SELECT 1 FROM Report newer WHERE newer.authorityId = r.authorityId AND newer.reportDate > r.reportDate)`;

/** "Within 3 months" or sooner: 3 calendar months, or at most 92 days. */
export const WITHIN_3_MONTHS_SQL = `((deadlineDays IS NULL AND deadlineMonths <= 3) OR (deadlineDays IS NOT NULL AND deadlineDays <= 92))`;

/** Every authority with its latest report's ratings and recommendation counts. */
export async function listAuthorityOverviews(sort: OverviewSort = "name", direction: SortDirection = "asc"): Promise<AuthorityOverview[]> {
  const latest = await db.$queryRawUnsafe<{ id: number }[]>(LATEST_REPORTS);
  const ids = latest.map((r) => r.id);
  const [reports, counts] = await Promise.all([
    db.report.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        reportDate: true,
        region: true,
        authority: { select: { slug: true, name: true } },
        ratings: { orderBy: { position: "asc" }, select: { inspection: true, judgement: true, grade: true } },
      },
    }),
    db.$queryRawUnsafe<{ reportId: number; total: number | bigint; soon: number | bigint }[]>(
      `SELECT reportId, COUNT(*) AS total, SUM(CASE WHEN ${WITHIN_3_MONTHS_SQL} THEN 1 ELSE 0 END) AS soon
       FROM Recommendation WHERE reportId IN (${LATEST_REPORTS}) GROUP BY reportId`,
    ),
  ]);
  const countsByReport = new Map(counts.map((c) => [c.reportId, c]));
  const rows: AuthorityOverview[] = reports.map((r) => ({
    slug: r.authority.slug,
    name: r.authority.name,
    region: r.region,
    reportDate: r.reportDate,
    ratings: r.ratings.map((x) => ({ inspection: x.inspection as Inspection, judgement: x.judgement, grade: x.grade as Grade })),
    recommendations: Number(countsByReport.get(r.id)?.total ?? 0),
    dueWithin3Months: Number(countsByReport.get(r.id)?.soon ?? 0),
  }));
  return sortOverviews(rows, sort, direction);
}

export function sortOverviews(rows: AuthorityOverview[], sort: OverviewSort, direction: SortDirection): AuthorityOverview[] {
  const key = (r: AuthorityOverview) => (sort === "region" ? (r.region ?? "") : sort === "date" ? r.reportDate : r.name);
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * key(a).localeCompare(key(b), "en-GB") || a.name.localeCompare(b.name, "en-GB"));
}
