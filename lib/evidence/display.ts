/**
 * Pure helpers for showing findings as evidence: labels, counts and the words
 * for them. No database, no React.
 */
import type { Assessment } from "../assessment";
import type { AssessedParagraph, AssessedSection, EvidenceSentence } from "../report/types";

export const ASSESSMENT_LABEL: Record<Assessment, string> = {
  strength: "Strength",
  concern: "Concern",
  mixed: "Mixed",
  neutral: "Neutral",
};

/**
 * Who gave a paragraph the mark it is shown with, as every CSV export's
 * `assessed_by` column says it: "reviewer" when an admin's mark replaced the
 * rules' (lib/corrections), else "rules".
 */
export function assessedBy(reviewed: boolean): "reviewer" | "rules" {
  return reviewed ? "reviewer" : "rules";
}

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

const ASSESSMENT_WORDS: [keyof AssessmentCounts, string, string][] = [
  ["strength", "strength", "strengths"],
  ["concern", "concern", "concerns"],
  ["mixed", "mixed", "mixed"],
  ["neutral", "neutral", "neutral"],
];

const paragraphTotal = (c: AssessmentCounts) => c.strength + c.concern + c.mixed + c.neutral;

/**
 * "3 paragraphs: 1 strength, 1 concern, 1 mixed": each paragraph counted once,
 * under its own tag, so the parts add up to the whole (issue 24). A mixed
 * paragraph is neither counted as a concern nor as a strength.
 */
export function describeAssessmentCounts(c: AssessmentCounts): string {
  const total = paragraphTotal(c);
  if (total === 0) return "no paragraphs";
  const parts = ASSESSMENT_WORDS.filter(([key]) => c[key] > 0).map(([key, one, many]) => plural(c[key], one, many));
  return `${plural(total, "paragraph", "paragraphs")}: ${parts.join(", ")}`;
}

/** Cut at a word boundary, with an ellipsis, when longer than max characters. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > max / 2 ? cut.lastIndexOf(" ") : max).replace(/[,;:.]$/, "")}…`;
}

export interface ConcernExcerpt {
  ref: string;
  text: string;
}

/**
 * A fold's summary of concerns: each paragraph raising one gives its first
 * concern sentence, shortened, until about `budget` characters are used (a
 * line or two); `more` is how many were left out.
 */
export function concernExcerpts(paragraphs: AssessedParagraph[], budget = 170): { items: ConcernExcerpt[]; more: number } {
  const raising = paragraphs.filter((p) => raisesConcern(p.assessment));
  const items: ConcernExcerpt[] = [];
  let used = 0;
  for (const p of raising) {
    // "However, …" only links the sentence to one not quoted.
    const sentence = (p.sentences.find((s) => raisesConcern(s.assessment))?.text ?? p.text).replace(/^However,\s*/i, "");
    const room = Math.min(90, budget - used);
    if (room < 40) break;
    const text = excerpt(sentence, room);
    items.push({ ref: p.ref, text });
    used += text.length + p.ref.length + 4;
  }
  return { items, more: raising.length - items.length };
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
