import type { AssessedSentence, Assessment } from "../assessment";

/**
 * The report JSON: the public, documented shape of one parsed inspection
 * report (see docs/report-json.md). `npm run parse` prints it, the seed and
 * import store it, and /api/authorities/[slug] returns it.
 */

export const GRADES = ["Outstanding", "Good", "Adequate", "Inadequate"] as const;
export type Grade = (typeof GRADES)[number];

export const INSPECTIONS = ["safeguarding", "looked-after"] as const;
export type Inspection = (typeof INSPECTIONS)[number];

export type RecommendationSource = "CQC" | "Ofsted";

export interface RatingRow {
  inspection: Inspection;
  judgement: string;
  grade: Grade;
}

export interface ContextFigures {
  childrenPopulation: number | null;
  lookedAfterChildren: number | null;
  childProtectionPlans: number | null;
  text: string;
}

export interface FindingParagraph {
  /** "4.3": section number, then the paragraph's number within it. */
  ref: string;
  text: string;
}

export interface FindingSection {
  number: number;
  /** CQC Essential Standards outcome; null for "General – leadership and management". */
  outcome: number | null;
  title: string;
  paragraphs: FindingParagraph[];
}

export interface Footnote {
  marker: string;
  /** Ref of the paragraph that cites it, or null when no paragraph does. */
  ref: string | null;
  text: string;
}

export interface Deadline {
  /** As written: "Within 3 months", "Within 6 weeks", "Immediately". */
  label: string;
  /** Whole months; 0 for deadlines counted in weeks or days, and for "Immediately". */
  months: number;
  /** Exact offset in days for week, day and immediate deadlines; null when counted in months. */
  days: number | null;
}

export interface Recommendation {
  deadline: Deadline;
  /** Report date plus the deadline. */
  dueDate: string;
  addressee: string | null;
  text: string;
  source: RecommendationSource;
  /** "Ofsted, January 2012" when the text carries that attribution, else null. */
  attribution: string | null;
}

export interface NextSteps {
  /** Working days the commissioning PCT has to send its action plan. */
  workingDays: number | null;
  text: string;
}

export interface InspectionReport {
  authority: string;
  inspection: { start: string | null; end: string | null };
  reportDate: string;
  commissioningPct: string | null;
  inspector: string | null;
  providers: string[];
  region: string | null;
  regionalDirector: string | null;
  ratings: RatingRow[];
  context: ContextFigures;
  sections: FindingSection[];
  footnotes: Footnote[];
  recommendations: Recommendation[];
  nextSteps: NextSteps | null;
  warnings: string[];
}

/*
 * The report JSON with its findings read as evidence (issue 14): what the
 * parse command prints, the import stores and the API returns. The parser
 * itself produces an InspectionReport; lib/report/assess-report.ts adds these
 * fields from the paragraph and recommendation text alone.
 */

/** One sentence of a finding paragraph: its text, its assessment and the cue words that decided it. */
export type EvidenceSentence = AssessedSentence;

export interface AssessedParagraph extends FindingParagraph {
  /** "strength", "concern", "mixed" (both) or "neutral" (neither). */
  assessment: Assessment;
  sentences: EvidenceSentence[];
  /** Theme ids (`/themes/{id}`), in the order of the theme list. */
  themes: string[];
  /** Present when a reviewer set the mark (`assessment` is then theirs): their reason, and the rules' mark. */
  review?: { reason: string; assessorMark: string };
}

export interface AssessedSection extends FindingSection {
  paragraphs: AssessedParagraph[];
}

interface ThemedRecommendation extends Recommendation {
  themes: string[];
}

export interface AssessedReport extends InspectionReport {
  sections: AssessedSection[];
  recommendations: ThemedRecommendation[];
}
