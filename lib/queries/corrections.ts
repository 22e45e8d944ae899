/**
 * Reads of reviewers' marks (lib/corrections): the admin pages' lists, one
 * paragraph with its mark and history, and the labelled cases' export.
 */
import { db } from "../db";
import type { AssessedSentence, Assessment } from "../assessment";
import { isAssessment, WITHDRAWN } from "../corrections/marks";
import { textHash } from "../corrections/match";

export interface MarkChangeView {
  at: string;
  who: string;
  /** A mark ("concern"), or for a withdrawal the rules' mark shown again ("withdrawn:strength"; lib/corrections/marks). */
  from: string;
  to: string;
  reason: string;
}

export interface ReviewedMarkView {
  id: number;
  slug: string;
  authority: string;
  reportDate: string;
  ref: string;
  text: string;
  mark: Assessment;
  reason: string;
  assessorMark: string;
  /** The paragraph the mark is applied to; null when unmatched (the report was imported again without it). */
  paragraphId: number | null;
}

const neutralIfOdd = (mark: string): Assessment => (isAssessment(mark) ? mark : "neutral");

/** The authorities' slugs and names by id (marks name their authority by id, as action plans do). */
async function authoritiesById(ids: number[]): Promise<Map<number, { slug: string; name: string }>> {
  const rows = await db.authority.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, slug: true, name: true } });
  return new Map(rows.map((a) => [a.id, { slug: a.slug, name: a.name }]));
}

/** Every reviewer's mark, by authority, report and paragraph; withdrawn ones are no reviewer's marks, and left out. */
export async function listReviewedMarks(): Promise<ReviewedMarkView[]> {
  const rows = await db.markCorrection.findMany({
    where: { mark: { not: WITHDRAWN } },
    orderBy: [{ authorityId: "asc" }, { reportDate: "desc" }, { id: "asc" }],
  });
  const authorities = await authoritiesById(rows.map((r) => r.authorityId));
  return rows
    .map((r) => ({
      id: r.id,
      slug: authorities.get(r.authorityId)?.slug ?? "",
      authority: authorities.get(r.authorityId)?.name ?? "",
      reportDate: r.reportDate,
      ref: r.ref,
      text: r.text,
      mark: neutralIfOdd(r.mark),
      reason: r.reason,
      assessorMark: r.assessorMark,
      paragraphId: r.paragraphId,
    }))
    .sort((a, b) => a.authority.localeCompare(b.authority) || b.reportDate.localeCompare(a.reportDate) || a.id - b.id);
}

/** The history of every mark (or of one), newest first, with who made each change and which paragraph's mark it was (withdrawn ones too). */
export async function markHistory(correctionId?: number) {
  const rows = await db.markCorrectionChange.findMany({
    where: correctionId === undefined ? {} : { correctionId },
    orderBy: { id: "desc" },
    select: {
      correctionId: true,
      at: true,
      from: true,
      to: true,
      reason: true,
      user: { select: { name: true } },
      correction: { select: { authorityId: true, reportDate: true, ref: true } },
    },
  });
  const authorities = await authoritiesById(rows.map((r) => r.correction.authorityId));
  return rows.map((r) => ({
    correctionId: r.correctionId,
    at: r.at.toISOString(),
    who: r.user.name,
    from: r.from,
    to: r.to,
    reason: r.reason,
    mark: { authority: authorities.get(r.correction.authorityId)?.name ?? "", reportDate: r.correction.reportDate, ref: r.correction.ref },
  }));
}

/** Authorities with a report, by name: the admin page's choice of whose paragraphs to review. */
export async function reviewableAuthorities(): Promise<{ slug: string; name: string }[]> {
  return db.authority.findMany({ where: { reports: { some: {} } }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

export interface ReviewParagraph {
  id: number;
  ref: string;
  text: string;
  assessment: Assessment;
  correction: { mark: Assessment; assessorMark: string } | null;
}

/** An authority's latest report (or the one of that date) with its finding paragraphs and their marks, or null. */
export async function paragraphsToReview(slug: string, reportDate?: string) {
  const authority = await db.authority.findUnique({
    where: { slug },
    select: { slug: true, name: true, reports: { select: { id: true, reportDate: true }, orderBy: { reportDate: "desc" } } },
  });
  const report = authority && (reportDate ? authority.reports.find((r) => r.reportDate === reportDate) : authority.reports[0]);
  if (!authority || !report) return null;
  const paragraphs = await db.paragraph.findMany({
    where: { reportId: report.id },
    orderBy: { position: "asc" },
    select: { id: true, ref: true, text: true, assessment: true, correction: { select: { mark: true, assessorMark: true } } },
  });
  return {
    slug: authority.slug,
    authority: authority.name,
    reportDate: report.reportDate,
    reportDates: authority.reports.map((r) => r.reportDate),
    paragraphs: paragraphs.map((p): ReviewParagraph => ({
      ...p,
      assessment: neutralIfOdd(p.assessment),
      correction: p.correction && { mark: neutralIfOdd(p.correction.mark), assessorMark: p.correction.assessorMark },
    })),
  };
}

/** One paragraph with its report, the rules' reading of its sentences, and its reviewer's mark with the history; null if none. */
export async function paragraphToReview(id: number) {
  const p = await db.paragraph.findUnique({
    where: { id },
    select: {
      id: true,
      ref: true,
      text: true,
      assessment: true,
      sentences: true,
      report: { select: { authorityId: true, reportDate: true, authority: { select: { slug: true, name: true } } } },
      correction: { select: { id: true, mark: true, reason: true, assessorMark: true, version: true } },
    },
  });
  if (!p) return null;
  // No reviewer's mark: one withdrawn (or left unmatched) under the same number and text still has its history, and its version.
  const earlier = p.correction
    ? null
    : await db.markCorrection.findUnique({
        where: {
          authorityId_reportDate_ref_textHash: {
            authorityId: p.report.authorityId,
            reportDate: p.report.reportDate,
            ref: p.ref,
            textHash: textHash(p.text),
          },
        },
        select: { id: true, mark: true, version: true },
      });
  const row = p.correction ?? earlier;
  const history = row ? await markHistory(row.id) : [];
  return {
    id: p.id,
    ref: p.ref,
    text: p.text,
    slug: p.report.authority.slug,
    authority: p.report.authority.name,
    reportDate: p.report.reportDate,
    /** What the rules make of it: the reviewer's mark replaces `assessment`, never the sentences. */
    rulesMark: p.correction ? p.correction.assessorMark : p.assessment,
    sentences: JSON.parse(p.sentences) as AssessedSentence[],
    correction: p.correction && { ...p.correction, mark: neutralIfOdd(p.correction.mark) },
    /** What a form must name: the mark's version, or the withdrawn mark's (lib/corrections/save.ts), or 0. */
    version: p.correction?.version ?? (earlier?.mark === WITHDRAWN ? earlier.version : 0),
    history,
  };
}
