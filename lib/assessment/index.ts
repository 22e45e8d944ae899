/**
 * Findings as evidence: the public interface of the assessment and theme
 * tagging of finding paragraphs and recommendations (issue 14).
 *
 * The rules, vocabulary and labelling guide are in docs/assessment.md; the
 * implementation is split into small pure modules re-exported from here.
 */

export { ASSESSMENTS } from "./types";
export type { Assessment, AssessedSentence, Theme } from "./types";
export { assessParagraph } from "./assess";
export { sentenceThemes, THEME_VOCABULARY, themeCues, themesOf } from "./themes";
import type { Theme } from "./types";
import { THEME_VOCABULARY } from "./themes";

/** The theme taxonomy (docs/assessment.md, section 2): id, name and scope. */
export const THEMES: readonly Theme[] = THEME_VOCABULARY.map(({ id, name, scope }) => ({ id, name, scope }));
