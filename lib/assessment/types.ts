export const ASSESSMENTS = ["strength", "concern", "mixed", "neutral"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export interface AssessedSentence {
  text: string;
  assessment: Assessment;
  /** The words in the sentence that decided its assessment, as written. */
  cues: string[];
}

export interface ParagraphAssessment {
  assessment: Assessment;
  sentences: AssessedSentence[];
}

export interface Theme {
  /** Stable, URL-safe: "camhs", "health-assessments". */
  id: string;
  name: string;
  /** One line: what the theme covers. */
  scope: string;
}
