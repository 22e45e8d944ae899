/**
 * Findings as evidence: the public interface of the assessment and theme
 * tagging of finding paragraphs and recommendations (issue 14).
 *
 * The rules, vocabulary and labelling guide are in docs/findings.md; the
 * implementation is split into small pure modules re-exported from here.
 */

export { ASSESSMENTS } from "./types";
export type { Assessment, AssessedSentence, ParagraphAssessment, Theme } from "./types";
export { splitSentences } from "./sentences";
export { assessParagraph, assessSentence, countAssessments, cuesOf } from "./assess";
import type { Theme } from "./types";

export const THEMES: readonly Theme[] = [
  { id: "consent", name: "Consent", scope: "Consent, competence and confidentiality." },
  { id: "records", name: "Records and systems", scope: "Case records, IT systems and flagging." },
  { id: "emotional-health", name: "Emotional and mental health", scope: "CAMHS, perinatal and emotional wellbeing." },
];

const THEME_WORDS: Record<string, RegExp> = {
  consent: /\bconsent\b|\bconfidential/i,
  records: /\brecords?\b|\bsystems?\b/i,
  "emotional-health": /\bCAMHS\b|\bmental health\b|\bemotional\b/i,
};

/** The ids of the themes a paragraph or recommendation is about, in THEMES order. */
export function themesOf(text: string): string[] {
  return THEMES.filter((theme) => THEME_WORDS[theme.id]?.test(text)).map((theme) => theme.id);
}
