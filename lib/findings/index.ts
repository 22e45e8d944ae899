/**
 * Findings as evidence: the public interface of the assessment and theme
 * tagging of finding paragraphs and recommendations (issue 14).
 *
 * PLACEHOLDER: a crude keyword version so that the storage and pages can be
 * built against this interface while the real rules are written. The real
 * implementation keeps these exports and their types unchanged.
 */

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

export const THEMES: readonly Theme[] = [
  { id: "consent", name: "Consent", scope: "Consent, competence and confidentiality." },
  { id: "records", name: "Records and systems", scope: "Case records, IT systems and flagging." },
  { id: "emotional-health", name: "Emotional and mental health", scope: "CAMHS, perinatal and emotional wellbeing." },
];

const CONCERN = /\b(?:not (?:yet )?(?:consistently|sufficiently|always)|gaps?|delays?|below|remains? high|weak\w*|lack\w*|inconsisten\w*|out of date|limited|variable|however)\b/gi;
const STRENGTH = /\b(?:good|effective\w*|well|strong|positive\w*|robust)\b/gi;

function combine(strength: boolean, concern: boolean): Assessment {
  if (strength && concern) return "mixed";
  if (concern) return "concern";
  if (strength) return "strength";
  return "neutral";
}

export function splitSentences(text: string): string[] {
  const segmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });
  return Array.from(segmenter.segment(text), (s) => s.segment.trim()).filter(Boolean);
}

export function assessParagraph(text: string): ParagraphAssessment {
  const sentences = splitSentences(text).map((sentence): AssessedSentence => {
    const concerns = sentence.match(CONCERN) ?? [];
    const strengths = concerns.length ? [] : (sentence.match(STRENGTH) ?? []);
    return { text: sentence, assessment: combine(strengths.length > 0, concerns.length > 0), cues: [...concerns, ...strengths] };
  });
  const strength = sentences.some((s) => s.assessment === "strength" || s.assessment === "mixed");
  const concern = sentences.some((s) => s.assessment === "concern" || s.assessment === "mixed");
  return { assessment: combine(strength, concern), sentences };
}

const THEME_WORDS: Record<string, RegExp> = {
  consent: /\bconsent\b|\bconfidential/i,
  records: /\brecords?\b|\bsystems?\b/i,
  "emotional-health": /\bCAMHS\b|\bmental health\b|\bemotional\b/i,
};

/** The ids of the themes a paragraph or recommendation is about, in THEMES order. */
export function themesOf(text: string): string[] {
  return THEMES.filter((theme) => THEME_WORDS[theme.id]?.test(text)).map((theme) => theme.id);
}
