import { db } from "../db";
import type { Grade, Inspection, InspectionReport, RecommendationSource } from "../report/types";

export interface StoredReport {
  id: number;
  slug: string;
  report: InspectionReport;
  sourceName: string;
  importedAt: Date;
}

export interface AuthorityReports {
  slug: string;
  name: string;
  /** The report asked for (the latest unless a date was given). */
  current: StoredReport;
  /** Every report of the authority, newest first, for the "earlier reports" list. */
  reportDates: string[];
}

const reportInclude = {
  authority: { select: { slug: true, name: true } },
  providers: { orderBy: { position: "asc" }, select: { name: true } },
  ratings: { orderBy: { position: "asc" }, select: { inspection: true, judgement: true, grade: true } },
  sections: {
    orderBy: { position: "asc" },
    select: {
      number: true,
      outcome: true,
      title: true,
      paragraphs: { orderBy: { position: "asc" }, select: { ref: true, text: true } },
    },
  },
  footnotes: { orderBy: { id: "asc" }, select: { marker: true, ref: true, text: true } },
  recommendations: { orderBy: { position: "asc" } },
} as const;

type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

function findReport(where: { authority: { slug: string }; reportDate?: string }) {
  return db.report.findFirst({ where, orderBy: { reportDate: "desc" }, include: reportInclude });
}

/** Rebuilds the report JSON (docs/report-json.md) from the stored rows. */
function toReportJson(row: ReportRow): InspectionReport {
  return {
    authority: row.authority.name,
    inspection: { start: row.inspectionStart, end: row.inspectionEnd },
    reportDate: row.reportDate,
    commissioningPct: row.commissioningPct,
    inspector: row.inspector,
    providers: row.providers.map((p) => p.name),
    region: row.region,
    regionalDirector: row.regionalDirector,
    ratings: row.ratings.map((r) => ({ inspection: r.inspection as Inspection, judgement: r.judgement, grade: r.grade as Grade })),
    context: {
      childrenPopulation: row.childrenPopulation,
      lookedAfterChildren: row.lookedAfterChildren,
      childProtectionPlans: row.childProtectionPlans,
      text: row.contextText,
    },
    sections: row.sections,
    footnotes: row.footnotes,
    recommendations: row.recommendations.map((r) => ({
      deadline: { label: r.deadlineLabel, months: r.deadlineMonths, days: r.deadlineDays },
      dueDate: r.dueDate,
      addressee: r.addressee,
      text: r.text,
      source: r.source as RecommendationSource,
      attribution: r.attribution,
    })),
    nextSteps: row.nextStepsText === null ? null : { workingDays: row.nextStepsWorkingDays, text: row.nextStepsText },
    warnings: JSON.parse(row.warnings) as string[],
  };
}

/**
 * An authority's report: the latest, or the one of the given date. Null when
 * the authority (or that report) does not exist.
 */
export async function getAuthorityReports(slug: string, reportDate?: string): Promise<AuthorityReports | null> {
  const row = await findReport({ authority: { slug }, ...(reportDate ? { reportDate } : {}) });
  if (!row) return null;
  const dates = await db.report.findMany({
    where: { authorityId: row.authorityId },
    orderBy: { reportDate: "desc" },
    select: { reportDate: true },
  });
  return {
    slug: row.authority.slug,
    name: row.authority.name,
    current: { id: row.id, slug: row.authority.slug, report: toReportJson(row), sourceName: row.sourceName, importedAt: row.importedAt },
    reportDates: dates.map((d) => d.reportDate),
  };
}

/** The latest report of an authority as report JSON, or null. */
export async function getLatestReportJson(slug: string): Promise<InspectionReport | null> {
  const row = await findReport({ authority: { slug } });
  return row ? toReportJson(row) : null;
}

/** Whether a report of this authority and date is stored, and its text's digest. */
export async function findStoredReport(slug: string, reportDate: string): Promise<{ sourceSha256: string; sourceName: string } | null> {
  return db.report.findFirst({ where: { authority: { slug }, reportDate }, select: { sourceSha256: true, sourceName: true } });
}
