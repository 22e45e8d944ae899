import { type AuthorityCodes, codesOf, withCodes } from "../councils/codes";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Assessment } from "../assessment";
import { THEMES } from "../assessment";
import type { AssessedReport, Grade, Inspection } from "../report/types";
import { CODE_COLUMNS } from "./council-codes";
import { sqlRows } from "./sql";

interface StoredReport {
  id: number;
  slug: string;
  report: AssessedReport;
  sourceName: string;
  importedAt: Date;
}

export interface AuthorityReports {
  slug: string;
  name: string;
  /** The authority's codes from the council lookup (all null when its name matched none). */
  codes: AuthorityCodes;
  /** The report asked for (the latest unless a date was given). */
  current: StoredReport;
  /** Every report of the authority, newest first, for the "earlier reports" list. */
  reportDates: string[];
}

interface ReportRow extends AuthorityCodes {
  id: number;
  slug: string;
  name: string;
  reportDate: string;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  commissioningPct: string | null;
  inspector: string | null;
  region: string | null;
  regionalDirector: string | null;
  childrenPopulation: number | null;
  lookedAfterChildren: number | null;
  childProtectionPlans: number | null;
  contextText: string;
  nextStepsWorkingDays: number | null;
  nextStepsText: string | null;
  warnings: string;
  sourceName: string;
  importedAt: string;
  // JSON arrays built in SQL, each in its stored order.
  providers: string;
  ratings: string;
  footnotes: string;
  recommendations: string;
  reportDates: string;
}

interface ParagraphRow {
  sectionId: number;
  number: number;
  outcome: number | null;
  title: string;
  ref: string | null;
  text: string | null;
  assessment: Assessment | null;
  sentences: string | null;
  /** JSON array of theme ids. */
  themes: string | null;
  /** A reviewer's mark's reason and the rules' mark, when the paragraph has one (its assessment is then the reviewer's). */
  reviewReason: string | null;
  reviewAssessorMark: string | null;
}

/*
 * A report is read in two queries: its row with the small child tables as JSON
 * arrays, then its sections joined to their paragraphs. Through Prisma's
 * nested `include` the same read took nine queries (and the whole source text,
 * which no page shows) and cost about 5 ms; every page not in the page cache
 * that shows a report pays for it.
 */
async function findReport(slug: string, reportDate?: string): Promise<{ row: ReportRow; sections: AssessedReport["sections"] } | null> {
  const [row] = await sqlRows<ReportRow>(
    db,
    Prisma.sql`
    SELECT r.id, a.slug, a.name, ${CODE_COLUMNS}, r.reportDate, r.inspectionStart, r.inspectionEnd, r.commissioningPct, r.inspector,
      r.region, r.regionalDirector, r.childrenPopulation, r.lookedAfterChildren, r.childProtectionPlans, r.contextText,
      r.nextStepsWorkingDays, r.nextStepsText, r.warnings, r.sourceName, r.importedAt,
      (SELECT json_group_array(name ORDER BY position) FROM Provider WHERE reportId = r.id) AS providers,
      (SELECT json_group_array(json_object('inspection', inspection, 'judgement', judgement, 'grade', grade) ORDER BY position)
        FROM Rating WHERE reportId = r.id) AS ratings,
      (SELECT json_group_array(json_object('marker', marker, 'ref', ref, 'text', text) ORDER BY id)
        FROM Footnote WHERE reportId = r.id) AS footnotes,
      (SELECT json_group_array(json_object(
          'deadline', json_object('label', deadlineLabel, 'months', deadlineMonths, 'days', deadlineDays),
          'dueDate', dueDate, 'addressee', addressee, 'text', text, 'source', source, 'attribution', attribution,
          'themes', json((SELECT json_group_array(theme) FROM RecommendationTheme WHERE recommendationId = Recommendation.id))) ORDER BY position)
        FROM Recommendation WHERE reportId = r.id) AS recommendations,
      (SELECT json_group_array(reportDate ORDER BY reportDate DESC) FROM Report WHERE authorityId = r.authorityId) AS reportDates
    FROM Report r JOIN Authority a ON a.id = r.authorityId
    WHERE a.slug = ${slug} ${reportDate === undefined ? Prisma.empty : Prisma.sql`AND r.reportDate = ${reportDate}`}
    ORDER BY r.reportDate DESC
    LIMIT 1`,
  );
  if (!row) return null;
  const paragraphs = await sqlRows<ParagraphRow>(
    db,
    Prisma.sql`
    SELECT s.id AS sectionId, s.number, s.outcome, s.title, p.ref, p.text, p.assessment, p.sentences,
      (SELECT json_group_array(theme) FROM ParagraphTheme WHERE paragraphId = p.id) AS themes,
      mc.reason AS reviewReason, mc.assessorMark AS reviewAssessorMark
    FROM Section s LEFT JOIN Paragraph p ON p.sectionId = s.id LEFT JOIN MarkCorrection mc ON mc.paragraphId = p.id
    WHERE s.reportId = ${row.id}
    ORDER BY s.position, p.position`,
  );
  const sections: AssessedReport["sections"] = [];
  let sectionId: number | null = null;
  for (const p of paragraphs) {
    if (p.sectionId !== sectionId) {
      sections.push({ number: p.number, outcome: p.outcome, title: p.title, paragraphs: [] });
      sectionId = p.sectionId;
    }
    if (p.ref !== null && p.text !== null) {
      sections[sections.length - 1].paragraphs.push({
        ref: p.ref,
        text: p.text,
        assessment: p.assessment ?? "neutral",
        sentences: JSON.parse(p.sentences ?? "[]") as AssessedReport["sections"][number]["paragraphs"][number]["sentences"],
        themes: inThemeOrder(JSON.parse(p.themes ?? "[]") as string[]),
        ...(p.reviewReason === null ? {} : { review: { reason: p.reviewReason, assessorMark: p.reviewAssessorMark ?? "" } }),
      });
    }
  }
  return { row, sections };
}

const THEME_ORDER = new Map(THEMES.map((t, i) => [t.id, i]));

/** Theme ids in the order of the theme list, as the report JSON gives them. */
function inThemeOrder(ids: string[]): string[] {
  return ids.sort((x, y) => (THEME_ORDER.get(x) ?? Infinity) - (THEME_ORDER.get(y) ?? Infinity) || x.localeCompare(y));
}

/** Rebuilds the report JSON (docs/report-json.md) from the stored rows. */
function toReportJson({ row, sections }: { row: ReportRow; sections: AssessedReport["sections"] }): AssessedReport {
  return {
    authority: row.name,
    inspection: { start: row.inspectionStart, end: row.inspectionEnd },
    reportDate: row.reportDate,
    commissioningPct: row.commissioningPct,
    inspector: row.inspector,
    providers: JSON.parse(row.providers) as string[],
    region: row.region,
    regionalDirector: row.regionalDirector,
    ratings: JSON.parse(row.ratings) as { inspection: Inspection; judgement: string; grade: Grade }[],
    context: {
      childrenPopulation: row.childrenPopulation,
      lookedAfterChildren: row.lookedAfterChildren,
      childProtectionPlans: row.childProtectionPlans,
      text: row.contextText,
    },
    sections,
    footnotes: JSON.parse(row.footnotes) as AssessedReport["footnotes"],
    recommendations: (JSON.parse(row.recommendations) as AssessedReport["recommendations"]).map((r) => ({
      ...r,
      themes: inThemeOrder(r.themes),
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
  const found = await findReport(slug, reportDate);
  if (!found) return null;
  const { row } = found;
  return {
    slug: row.slug,
    name: row.name,
    codes: codesOf(row),
    current: {
      id: row.id,
      slug: row.slug,
      report: toReportJson(found),
      sourceName: row.sourceName,
      importedAt: new Date(row.importedAt),
    },
    reportDates: JSON.parse(row.reportDates) as string[],
  };
}

export type ReportWithCodes = AssessedReport & AuthorityCodes;

/** The latest report of an authority as report JSON, with its authority's codes, or null. */
export async function getLatestReportJson(slug: string): Promise<ReportWithCodes | null> {
  const found = await findReport(slug);
  return found ? withCodes(toReportJson(found), found.row) : null;
}

/** Whether a report of this authority and date is stored, and its text's digest. */
export async function findStoredReport(slug: string, reportDate: string): Promise<{ sourceSha256: string; sourceName: string } | null> {
  return db.report.findFirst({ where: { authority: { slug }, reportDate }, select: { sourceSha256: true, sourceName: true } });
}
