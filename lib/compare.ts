import { type FigureRow, figureRows } from "./figures";
import type { FindingSection, Grade, Inspection, InspectionReport } from "./report/types";

const GRADE_RANK: Record<Grade, number> = { Outstanding: 4, Good: 3, Adequate: 2, Inadequate: 1 };

export interface RatingComparison {
  inspection: Inspection;
  judgement: string;
  a: Grade | null;
  b: Grade | null;
  /** Which side is graded higher; null when they are the same or one is missing. */
  higher: "a" | "b" | null;
  differs: boolean;
}

export interface OutcomeComparison {
  /** null for "General – leadership and management". */
  outcome: number | null;
  title: string;
  a: FindingSection | null;
  b: FindingSection | null;
}

export interface FigureComparison {
  label: string;
  a: FigureRow;
  b: FigureRow;
}

export interface Comparison {
  ratings: RatingComparison[];
  figures: FigureComparison[];
  outcomes: OutcomeComparison[];
}

const judgementKey = (inspection: string, judgement: string) => `${inspection}|${judgement.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** Aligns two reports row by row: ratings by judgement, figures by name, findings by CQC outcome. */
export function compareReports(a: InspectionReport, b: InspectionReport): Comparison {
  const rows = new Map<string, RatingComparison>();
  for (const [side, report] of [["a", a], ["b", b]] as const) {
    for (const r of report.ratings) {
      const key = judgementKey(r.inspection, r.judgement);
      const row = rows.get(key) ?? { inspection: r.inspection, judgement: r.judgement, a: null, b: null, higher: null, differs: false };
      row[side] ??= r.grade;
      rows.set(key, row);
    }
  }
  const ratings = [...rows.values()].map((row) => {
    const differs = row.a !== row.b;
    const higher = row.a && row.b && differs ? (GRADE_RANK[row.a] > GRADE_RANK[row.b] ? "a" : "b") : null;
    return { ...row, differs, higher } satisfies RatingComparison;
  });
  // Safeguarding rows first, then looked after, each in report order.
  ratings.sort((x, y) => (x.inspection === y.inspection ? 0 : x.inspection === "safeguarding" ? -1 : 1));

  const aFigures = figureRows(a.context);
  const bFigures = figureRows(b.context);
  const figures = aFigures.map((row, i) => ({ label: row.label, a: row, b: bFigures[i] }));

  const outcomes = new Map<string, OutcomeComparison>();
  for (const [side, report] of [["a", a], ["b", b]] as const) {
    for (const section of report.sections) {
      const key = String(section.outcome);
      const row = outcomes.get(key) ?? { outcome: section.outcome, title: section.title, a: null, b: null };
      // A report repeating an outcome keeps both sections' paragraphs together.
      const existing = row[side];
      row[side] = existing ? { ...existing, paragraphs: [...existing.paragraphs, ...section.paragraphs] } : section;
      outcomes.set(key, row);
    }
  }
  const ordered = [...outcomes.values()].sort((x, y) => (x.outcome ?? -1) - (y.outcome ?? -1));
  return { ratings, figures, outcomes: ordered };
}

/** "Barnet is graded higher: Good against Adequate." — the difference in words. */
export function describeDifference(row: RatingComparison, aName: string, bName: string): string {
  if (!row.a || !row.b) return `Only ${row.a ? aName : bName} has this judgement.`;
  if (!row.higher) return "Same grade.";
  const [higher, lower] = row.higher === "a" ? [aName, bName] : [bName, aName];
  const [hg, lg] = row.higher === "a" ? [row.a, row.b] : [row.b, row.a];
  return `${higher} is graded higher: ${hg} against ${lower}'s ${lg}.`;
}
