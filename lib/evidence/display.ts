/**
 * Pure helpers for showing findings as evidence: labels, counts and the words
 * for them. No database, no React.
 */
import type { Assessment } from "../findings";
import type { AssessedParagraph, AssessedSection, EvidenceSentence } from "../report/types";

export const ASSESSMENT_LABEL: Record<Assessment, string> = {
  strength: "Strength",
  concern: "Concern",
  mixed: "Mixed",
  neutral: "Neutral",
};

/** A paragraph that raises a concern: a concern, or mixed (a concern alongside a strength). */
export const raisesConcern = (a: Assessment) => a === "concern" || a === "mixed";

export interface AssessmentCounts {
  strength: number;
  concern: number;
  mixed: number;
  neutral: number;
}

export function countAssessments(paragraphs: { assessment: Assessment }[]): AssessmentCounts {
  const counts: AssessmentCounts = { strength: 0, concern: 0, mixed: 0, neutral: 0 };
  for (const p of paragraphs) counts[p.assessment]++;
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 concerns, 1 strength"; "none" when there is neither. Mixed paragraphs count as both. */
export function describeCounts(c: { concerns: number; strengths: number }): string {
  const parts = [
    ...(c.concerns ? [plural(c.concerns, "concern", "concerns")] : []),
    ...(c.strengths ? [plural(c.strengths, "strength", "strengths")] : []),
  ];
  return parts.length ? parts.join(", ") : "none";
}

export interface SectionSummary {
  number: number;
  outcome: number | null;
  title: string;
  counts: AssessmentCounts;
}

/** Per findings section (one per CQC outcome, in report order), how its paragraphs read. */
export function summarizeFindings(sections: AssessedSection[]): SectionSummary[] {
  return sections.map((s) => ({ number: s.number, outcome: s.outcome, title: s.title, counts: countAssessments(s.paragraphs) }));
}

const folded = (s: string) => s.replace(/\s+/g, "");

/**
 * The paragraph's sentences when they hold its text and nothing else, so the
 * text can be shown sentence by sentence; null when they do not (then the
 * text is shown as it is, unmarked).
 */
export function sentencesOf(p: AssessedParagraph): EvidenceSentence[] | null {
  if (p.sentences.length === 0) return null;
  return folded(p.sentences.map((s) => s.text).join("")) === folded(p.text) ? p.sentences : null;
}
