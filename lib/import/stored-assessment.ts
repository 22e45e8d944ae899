import type { Tx } from "../db";
import { assessParagraph, themesOf } from "../assessment";
import { type BulkTable, type Cell, insertRows, updateParagraphEvidence } from "../queries/sql";
import { analysisVersion } from "../report/assess-report";
import { applyCorrectionsToReport } from "../corrections/apply";

/** The evidence columns of Paragraph, for one paragraph: assessment and sentences JSON. */
function paragraphEvidence(text: string): { assessment: string; sentences: string; themes: string[] } {
  const { assessment, sentences } = assessParagraph(text);
  return { assessment, sentences: JSON.stringify(sentences), themes: themesOf(text) };
}

/** Inserts rows into one table, in the caller's transaction (insertRows, or the bulk import's statements). */
export type InsertRows = (table: BulkTable, columns: readonly string[], rows: Cell[][]) => Promise<void>;

/** Writes the theme rows of a report's paragraphs and recommendations. */
export async function insertThemes(
  insert: InsertRows,
  reportId: number,
  paragraphs: { id: number; assessment: string; themes: string[] }[],
  recommendations: { id: number; themes: string[] }[],
): Promise<void> {
  await insert(
    "ParagraphTheme",
    ["paragraphId", "reportId", "theme", "assessment"],
    paragraphs.flatMap((p) => p.themes.map((theme): Cell[] => [p.id, reportId, theme, p.assessment])),
  );
  await insert(
    "RecommendationTheme",
    ["recommendationId", "reportId", "theme"],
    recommendations.flatMap((r) => r.themes.map((theme): Cell[] => [r.id, reportId, theme])),
  );
}

/**
 * Reads a stored report's evidence again from its stored paragraph and
 * recommendation text with the current rules, inside the caller's
 * transaction, puts reviewers' marks back on, and records the rules' version. Nothing else changes: ids,
 * anchors and the search index stay as they are. Returns false when the
 * report is no longer stored.
 */
export async function reassessReport(tx: Tx, reportId: number): Promise<boolean> {
  const byPosition = { where: { reportId }, orderBy: { position: "asc" }, select: { id: true, text: true } } as const;
  const paragraphs = await tx.paragraph.findMany(byPosition);
  const recommendations = await tx.recommendation.findMany(byPosition);
  const assessed = paragraphs.map((p) => ({ id: p.id, ...paragraphEvidence(p.text) }));
  await updateParagraphEvidence(tx, assessed);
  await tx.paragraphTheme.deleteMany({ where: { reportId } });
  await tx.recommendationTheme.deleteMany({ where: { reportId } });
  await insertThemes(
    (table, columns, rows) => insertRows(tx, table, columns, rows),
    reportId,
    assessed,
    recommendations.map((r) => ({ id: r.id, themes: themesOf(r.text) })),
  );
  // The rules' marks are new; reviewers' marks go back on top of them.
  await applyCorrectionsToReport(tx, reportId);
  const { count } = await tx.report.updateMany({ where: { id: reportId }, data: { analysisVersion: analysisVersion() } });
  return count > 0;
}
