import { assessParagraph, themesOf } from "../findings";
import { Prisma } from "../generated/prisma/client";
import { analysisVersion } from "../report/evidence";
import { type Cell, insertRows, type Tx } from "./rows";

/** A stored paragraph or recommendation: its id and text. */
export interface StoredText {
  id: number;
  text: string;
}

/** The evidence columns of Paragraph, for one paragraph: assessment and sentences JSON. */
export function paragraphEvidence(text: string): { assessment: string; sentences: string; themes: string[] } {
  const { assessment, sentences } = assessParagraph(text);
  return { assessment, sentences: JSON.stringify(sentences), themes: themesOf(text) };
}

/** Writes the theme rows of a report's paragraphs and recommendations. */
export async function insertThemes(
  tx: Tx,
  reportId: number,
  paragraphs: { id: number; assessment: string; themes: string[] }[],
  recommendations: { id: number; themes: string[] }[],
): Promise<void> {
  await insertRows(
    tx,
    "ParagraphTheme",
    ["paragraphId", "reportId", "theme", "assessment"],
    paragraphs.flatMap((p) => p.themes.map((theme): Cell[] => [p.id, reportId, theme, p.assessment])),
  );
  await insertRows(
    tx,
    "RecommendationTheme",
    ["recommendationId", "reportId", "theme"],
    recommendations.flatMap((r) => r.themes.map((theme): Cell[] => [r.id, reportId, theme])),
  );
}

// Each updated paragraph takes three bound values; Prisma allows 999 per query.
const UPDATES_PER_STATEMENT = 333;

/**
 * Reads a stored report's evidence again from its stored paragraph and
 * recommendation text with the current rules, inside the caller's
 * transaction, and records the rules' version. Nothing else changes: ids,
 * anchors and the search index stay as they are. Returns false when the
 * report is no longer stored.
 */
export async function reassessReport(tx: Tx, reportId: number): Promise<boolean> {
  const [paragraphs, recommendations] = [
    await tx.$queryRaw<StoredText[]>(Prisma.sql`SELECT id, text FROM Paragraph WHERE reportId = ${reportId} ORDER BY position`),
    await tx.$queryRaw<StoredText[]>(Prisma.sql`SELECT id, text FROM Recommendation WHERE reportId = ${reportId} ORDER BY position`),
  ];
  const assessed = paragraphs.map((p) => ({ id: Number(p.id), ...paragraphEvidence(p.text) }));
  for (let i = 0; i < assessed.length; i += UPDATES_PER_STATEMENT) {
    const values = assessed.slice(i, i + UPDATES_PER_STATEMENT).map((p) => Prisma.sql`(${p.id}, ${p.assessment}, ${p.sentences})`);
    await tx.$executeRaw(Prisma.sql`
      UPDATE Paragraph SET assessment = v.column2, sentences = v.column3
      FROM (VALUES ${Prisma.join(values)}) AS v WHERE Paragraph.id = v.column1`);
  }
  await tx.$executeRaw(Prisma.sql`DELETE FROM ParagraphTheme WHERE reportId = ${reportId}`);
  await tx.$executeRaw(Prisma.sql`DELETE FROM RecommendationTheme WHERE reportId = ${reportId}`);
  await insertThemes(
    tx,
    reportId,
    assessed,
    recommendations.map((r) => ({ id: Number(r.id), themes: themesOf(r.text) })),
  );
  const updated = await tx.$executeRaw(Prisma.sql`UPDATE Report SET analysisVersion = ${analysisVersion()} WHERE id = ${reportId}`);
  return updated > 0;
}
