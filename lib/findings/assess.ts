/**
 * Assessment of finding sentences and paragraphs by the rules of
 * docs/findings.md. Pure: the same text always gives the same answer, and
 * every answer carries the words (cues) that decided it.
 */
import { splitSentences } from "./sentences";
import type { AssessedSentence, Assessment, ParagraphAssessment } from "./types";
import { CONCERN, DOMAIN, GOOD_NEWS, PURPOSE, STRENGTH } from "./vocabulary";

export function combine(strength: boolean, concern: boolean): Assessment {
  if (strength && concern) return "mixed";
  if (concern) return "concern";
  if (strength) return "strength";
  return "neutral";
}

/** Replaces each match by spaces, so offsets still point into the original. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => " ".repeat(match.length));
}

/** The original wording of every match of pattern in masked (same offsets as text). */
function cuesIn(text: string, masked: string, pattern: RegExp): string[] {
  const cues: string[] = [];
  for (const match of masked.matchAll(pattern)) {
    cues.push(text.slice(match.index, match.index + match[0].length).trim());
  }
  return cues;
}

export interface SentenceCues {
  concern: string[];
  strength: string[];
}

/**
 * The concern and strength cues of one sentence. Domain phrases are blanked
 * before concern cues are looked for; concern cues and aims are blanked
 * before strength cues, so negated, hedged or hoped-for praise is not praise.
 */
export function cuesOf(sentence: string): SentenceCues {
  const goodNews = cuesIn(sentence, sentence, GOOD_NEWS);
  const withoutDomain = blank(sentence, DOMAIN);
  const concern = cuesIn(sentence, withoutDomain, CONCERN);
  const withoutConcern = blank(blank(withoutDomain, CONCERN), PURPOSE);
  const strength = [...cuesIn(sentence, withoutConcern, STRENGTH), ...goodNews];
  return { concern, strength };
}

export function assessSentence(sentence: string): AssessedSentence {
  const { concern, strength } = cuesOf(sentence);
  return {
    text: sentence,
    assessment: combine(strength.length > 0, concern.length > 0),
    cues: [...concern, ...strength],
  };
}

/** A paragraph's assessment from its sentences' (docs/findings.md, paragraph labels). */
export function assessSentences(assessments: readonly Assessment[]): Assessment {
  const strength = assessments.some((a) => a === "strength" || a === "mixed");
  const concern = assessments.some((a) => a === "concern" || a === "mixed");
  return combine(strength, concern);
}

export function assessParagraph(text: string): ParagraphAssessment {
  const sentences = splitSentences(text).map(assessSentence);
  return { assessment: assessSentences(sentences.map((s) => s.assessment)), sentences };
}

/** How many paragraphs have each assessment: for summaries on pages. */
export function countAssessments(
  paragraphs: readonly { assessment: Assessment }[],
): Record<Assessment, number> {
  const counts: Record<Assessment, number> = { strength: 0, concern: 0, mixed: 0, neutral: 0 };
  for (const paragraph of paragraphs) counts[paragraph.assessment] += 1;
  return counts;
}
