/**
 * Puts reviewers' marks on a report's paragraphs, inside the transaction that
 * has just (re)assessed them: a paragraph's stored assessment, and its theme
 * rows', become the reviewer's mark, so every page and count that reads them
 * (authority page, comparison, themes matrix, search, exports) uses it. The
 * rules' own mark is kept on the correction.
 */
import type { Tx } from "../db";
import { matchCorrections } from "./match";

interface ReportOfParagraphs {
  id: number;
  authorityId: number;
  reportDate: string;
}

/** Sets one paragraph's mark, with its theme rows' (which repeat it so the theme pages count from their index alone). */
export async function setParagraphMark(tx: Tx, paragraphId: number, mark: string): Promise<void> {
  await tx.paragraph.update({ where: { id: paragraphId }, data: { assessment: mark } });
  await tx.paragraphTheme.updateMany({ where: { paragraphId }, data: { assessment: mark } });
}

/**
 * Re-attaches the report's reviewers' marks to its paragraphs just assessed by
 * the rules (their `assessment` is the rules' mark): each matched by number and
 * text gets the reviewer's mark; one whose paragraph is gone or reworded is
 * left unmatched. One read when the report has no reviewed paragraph.
 */
export async function applyCorrections(tx: Tx, report: ReportOfParagraphs): Promise<void> {
  const corrections = await tx.markCorrection.findMany({
    where: { authorityId: report.authorityId, reportDate: report.reportDate },
    select: { id: true, ref: true, textHash: true, mark: true },
  });
  if (corrections.length === 0) return;
  const paragraphs = await tx.paragraph.findMany({
    where: { reportId: report.id },
    select: { id: true, ref: true, text: true, assessment: true },
  });
  const { byParagraph } = matchCorrections(paragraphs, corrections);
  // Every mark is let go first, so that one moving to another paragraph never meets the unique paragraph id on its way.
  await tx.markCorrection.updateMany({ where: { id: { in: corrections.map((c) => c.id) } }, data: { paragraphId: null } });
  for (const paragraph of paragraphs) {
    const correction = byParagraph.get(paragraph.id);
    if (!correction) continue;
    await tx.markCorrection.update({
      where: { id: correction.id },
      data: { paragraphId: paragraph.id, assessorMark: paragraph.assessment },
    });
    await setParagraphMark(tx, paragraph.id, correction.mark);
  }
}

/** The same for a report known by its id (after `npm run reassess`). */
export async function applyCorrectionsToReport(tx: Tx, reportId: number): Promise<void> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true, authorityId: true, reportDate: true } });
  if (report) await applyCorrections(tx, report);
}
