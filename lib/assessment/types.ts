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

/** A theme with the words that find it in a text (themes.ts). */
export interface ThemeVocabulary extends Theme {
  /** One match is enough. */
  terms: RegExp;
  /** Two matches are needed (words also used in passing). */
  hints?: RegExp;
  /** Phrases blanked before matching this theme: the same words about another subject. */
  not?: RegExp;
}
