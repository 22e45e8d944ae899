import { type RatingComparison, describeDifference } from "../compare/compare-reports";
import { MATRIX_COLUMNS } from "../home/matrix";
import { GRADES, type Grade } from "../report/types";
import { type CouncilRecord, statisticalNeighbours } from ".";
import type { CouncilReport } from "./map-view";

/** One of a council's ten statistical neighbours, with its report when one is loaded. */
export interface NeighbourEntry {
  /** 1 for the most similar. */
  rank: number;
  council: CouncilRecord;
  report: CouncilReport | null;
  /** The comparison of the two councils' reports, when both have one. */
  compareHref: string | null;
}

/** The council's neighbours in the lookup's order, each with its report (if any) and a comparison link. */
export function neighbourEntries(council: CouncilRecord, reports: Map<string, CouncilReport>, ownSlug: string | null): NeighbourEntry[] {
  return statisticalNeighbours(council).map((neighbour, i) => {
    const report = reports.get(neighbour.laNumber) ?? null;
    const compareHref = report && ownSlug ? `/compare?a=${encodeURIComponent(ownSlug)}&b=${encodeURIComponent(report.slug)}` : null;
    return { rank: i + 1, council: neighbour, report, compareHref };
  });
}

const rank = (grade: Grade) => GRADES.length - GRADES.indexOf(grade);

/** A judgement's grades of the council and a neighbour, and the difference in words as the compare page says it. */
export interface GradeDifference {
  judgement: string;
  own: Grade | null;
  theirs: Grade | null;
  words: string;
}

/** The six judgements side by side, in matrix order, with the difference of each in words. */
export function gradeDifferences(ownName: string, own: (Grade | null)[], theirName: string, theirs: (Grade | null)[]): GradeDifference[] {
  return MATRIX_COLUMNS.map((column, i) => {
    const a = own[i] ?? null;
    const b = theirs[i] ?? null;
    const differs = a !== b;
    const higher = a && b && differs ? (rank(a) > rank(b) ? "a" : "b") : null;
    const row: RatingComparison = { inspection: column.inspection, judgement: column.full, a, b, higher, differs };
    const words = !a && !b ? "Neither report has this judgement." : describeDifference(row, ownName, theirName);
    return { judgement: column.full, own: a, theirs: b, words };
  });
}

/** "Barnet is graded higher on 2 of the six, Enfield on 1; the same on 3." */
export function summarizeDifferences(ownName: string, theirName: string, rows: GradeDifference[]): string {
  const higher = rows.filter((r) => r.own && r.theirs && rank(r.own) > rank(r.theirs)).length;
  const lower = rows.filter((r) => r.own && r.theirs && rank(r.own) < rank(r.theirs)).length;
  const same = rows.filter((r) => r.own && r.theirs && r.own === r.theirs).length;
  if (higher === 0 && lower === 0) return `${ownName} and ${theirName} are graded the same on all ${same} judgements both reports have.`;
  return `${ownName} is graded higher on ${higher}, ${theirName} on ${lower}; the same on ${same}.`;
}
