/**
 * Puts reviewers' marks on a report's paragraphs, inside the transaction that
 * has just (re)assessed them: a paragraph's stored assessment, and its theme
 * rows', become the reviewer's mark, so every page and count that reads them
 * (authority page, comparison, themes matrix, search, exports) uses it. The
 * rules' own mark is kept on the correction.
 */
import type { Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { sqlRows } from "../queries/sql";
import { matchCorrections } from "./match";
import { WITHDRAWN } from "./marks";

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

/** The two kinds of statement re-attaching needs: the Prisma transaction's, or the bulk import's own connection's. */
export interface CorrectionWrites {
  rows<T extends object>(query: Prisma.Sql): Promise<T[]>;
  run(query: Prisma.Sql): Promise<void>;
}

/** CorrectionWrites of a Prisma transaction. */
export function transactionWrites(tx: Tx): CorrectionWrites {
  return { rows: (query) => sqlRows(tx, query), run: async (query) => void (await tx.$executeRaw(query)) };
}

/**
 * Re-attaches the report's reviewers' marks to its paragraphs just assessed by
 * the rules (their `assessment` is the rules' mark): each matched by number and
 * text gets the reviewer's mark; one whose paragraph is gone or reworded is
 * left unmatched. A withdrawn mark is never put back. One read when the report has no reviewed paragraph. In SQL,
 * so that the bulk import runs it inside its own transaction too (decision 0016).
 */
export async function applyCorrections(w: CorrectionWrites, report: ReportOfParagraphs): Promise<void> {
  const corrections = await w.rows<{ id: number; ref: string; textHash: string; mark: string }>(
    Prisma.sql`SELECT "id", "ref", "textHash", "mark" FROM "MarkCorrection" WHERE "authorityId" = ${report.authorityId} AND "reportDate" = ${report.reportDate} AND "mark" <> ${WITHDRAWN}`,
  );
  if (corrections.length === 0) return;
  const paragraphs = await w.rows<{ id: number; ref: string; text: string; assessment: string }>(
    Prisma.sql`SELECT "id", "ref", "text", "assessment" FROM "Paragraph" WHERE "reportId" = ${report.id}`,
  );
  const { byParagraph } = matchCorrections(paragraphs, corrections);
  // Every mark is let go first, so that one moving to another paragraph never meets the unique paragraph id on its way.
  await w.run(Prisma.sql`UPDATE "MarkCorrection" SET "paragraphId" = NULL WHERE "id" IN (${Prisma.join(corrections.map((c) => c.id))})`);
  for (const paragraph of paragraphs) {
    const correction = byParagraph.get(paragraph.id);
    if (!correction) continue;
    await w.run(
      Prisma.sql`UPDATE "MarkCorrection" SET "paragraphId" = ${paragraph.id}, "assessorMark" = ${paragraph.assessment} WHERE "id" = ${correction.id}`,
    );
    await w.run(Prisma.sql`UPDATE "Paragraph" SET "assessment" = ${correction.mark} WHERE "id" = ${paragraph.id}`);
    await w.run(Prisma.sql`UPDATE "ParagraphTheme" SET "assessment" = ${correction.mark} WHERE "paragraphId" = ${paragraph.id}`);
  }
}

/** The same for a report known by its id (after `npm run reassess`). */
export async function applyCorrectionsToReport(tx: Tx, reportId: number): Promise<void> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true, authorityId: true, reportDate: true } });
  if (report) await applyCorrections(transactionWrites(tx), report);
}
