/**
 * Reviewers' marks as labelled cases for the assessment's tests, in the shape
 * of lib/assessment/labels/*.json (a set: when, by whom, how, and its
 * paragraphs), and the merge that adds them to a development set
 * (scripts/add-reviewed-labels.ts). Pure.
 */
import type { Assessment } from "../assessment";

/** One reviewed paragraph as a labelled case. */
interface ReviewedCase {
  /** The report: its authority's slug and date, "barnet-2012-01-20". */
  source: string;
  ref: string;
  /**
   * The whole paragraph as one labelled unit: a reviewer marks the paragraph,
   * not each sentence, and a paragraph's label is what the tests compare
   * (lib/assessment/testing/agreement.ts combines sentence labels; one unit's label is itself).
   */
  sentences: { label: Assessment; text: string }[];
  /** The reviewer's reason and the rules' mark when it was reviewed: for the reader of the set, not the tests. */
  reason: string;
  assessorMark: string;
}

export interface ReviewedSet {
  labelled: string;
  by: string;
  how: string;
  paragraphs: ReviewedCase[];
}

interface ReviewedMarkRow {
  slug: string;
  reportDate: string;
  ref: string;
  text: string;
  mark: Assessment;
  reason: string;
  assessorMark: string;
}

const HOW =
  "Reviewers' marks from the app (admins correcting or checking a finding paragraph's mark, each with a reason). " +
  "Paragraph labels only: each paragraph is one labelled unit, so sentence agreement on this set means little. " +
  "A development set: add it with scripts/add-reviewed-labels.ts, never to a frozen set.";

/** The reviewers' marks as a labelled set, exported at `at` (an ISO time). */
export function reviewedSet(rows: readonly ReviewedMarkRow[], at: string): ReviewedSet {
  return {
    labelled: `exported ${at}`,
    by: "the app's reviewers (admins), one reader a paragraph, each mark with its reason",
    how: HOW,
    paragraphs: rows.map((r) => ({
      source: `${r.slug}-${r.reportDate}`,
      ref: r.ref,
      sentences: [{ label: r.mark, text: r.text }],
      reason: r.reason,
      assessorMark: r.assessorMark,
    })),
  };
}

const caseKey = (p: { source?: string; ref: string; sentences: { text: string }[] }) =>
  [p.source ?? "", p.ref, p.sentences.map((s) => s.text.replace(/\s+/g, " ").trim()).join(" ")].join("\n");

/**
 * A label set with the exported cases added: a case already there (same
 * report, number and text) takes the newer label; the rest are appended in
 * order. The set's own description is kept; a new set takes the export's.
 */
export function mergeReviewedCases<S extends { paragraphs: { source?: string; ref: string; sentences: { text: string }[] }[] }>(
  existing: S | null,
  exported: ReviewedSet,
): S | ReviewedSet {
  if (!existing) return exported;
  const incoming = new Map(exported.paragraphs.map((p) => [caseKey(p), p]));
  const kept = existing.paragraphs.map((p) => incoming.get(caseKey(p)) ?? p);
  const present = new Set(existing.paragraphs.map(caseKey));
  return { ...existing, paragraphs: [...kept, ...exported.paragraphs.filter((p) => !present.has(caseKey(p)))] };
}
