/**
 * Assessment of finding sentences and paragraphs by the rules of
 * docs/assessment.md. Pure: the same text always gives the same answer, and
 * every answer carries the words (cues) that decided it.
 */
import { splitSentences } from "./sentences";
import type { AssessedSentence, Assessment, ParagraphAssessment } from "./types";
import { structureCues, type StructureCue } from "./structure";
import { concernScopes, isMarker, merge, planClauses } from "./scope";
import { CONCERN, DOMAIN, GOOD_NEWS, PURPOSE, STRENGTH } from "./vocabulary";

function combine(strength: boolean, concern: boolean): Assessment {
  if (strength && concern) return "mixed";
  if (concern) return "concern";
  if (strength) return "strength";
  return "neutral";
}

/**
 * Where pattern (global) matches in text: [start, end) pairs. An exec loop on
 * the shared, precompiled pattern, as matchAll and replace copy the pattern
 * on every call, which cost more than the matching on these short sentences.
 */
function spans(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    out.push(match.index, end);
    // An empty match would not move on by itself (as matchAll would).
    if (end === match.index) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return out;
}

/** text with the given spans replaced by spaces, so offsets still point into the original. */
function blank(text: string, found: readonly number[]): string {
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (let i = 0; i < found.length; i += 2) {
    out += text.slice(at, found[i]) + " ".repeat(found[i + 1] - found[i]);
    at = found[i + 1];
  }
  return out + text.slice(at);
}

/** The original wording at each span (same offsets in text and its blanked copies). */
function wording(text: string, found: readonly number[]): string[] {
  const cues: string[] = [];
  for (let i = 0; i < found.length; i += 2) cues.push(text.slice(found[i], found[i + 1]).trim());
  return cues;
}

/** The spans the clause rules read, with the measures they were said of, in order and not overlapping. */
function clauseSpans(clauses: readonly StructureCue[]): number[] {
  return merge(clauses.flatMap((c) => (c.measure ? [c.measure, [c.start, c.end]] : [[c.start, c.end]])));
}

/**
 * The spans of found that start outside every span of the scopes (a concern's
 * clause, a plan's clause). The scopes are worked out only when there is
 * praise to test: most sentences have none, and this is the assessor's
 * hottest path.
 */
function notWithin(found: number[], scopes: (lastStart: number) => number[]): number[] {
  if (found.length === 0) return found;
  const outside = scopes(found[found.length - 2]);
  if (outside.length === 0) return found;
  const kept: number[] = [];
  for (let i = 0; i < found.length; i += 2) {
    let inside = false;
    for (let j = 0; j < outside.length && !inside; j += 2) inside = found[i] >= outside[j] && found[i] < outside[j + 1];
    if (!inside) kept.push(found[i], found[i + 1]);
  }
  return kept;
}

interface SentenceCues {
  concern: string[];
  strength: string[];
}

/**
 * The concern and strength cues of one sentence. Domain phrases are blanked
 * first; then the clause rules (structure.ts) read comparisons, changes,
 * absences and grades by what they are said of, and their spans are blanked;
 * then concern cues are found; concern cues and aims are blanked before
 * strength cues, so negated, hedged or hoped-for praise is not praise.
 */
function cuesOf(sentence: string): SentenceCues {
  const domain = spans(sentence, DOMAIN);
  // Every good-news phrase but "been addressed" is also a domain phrase: most sentences have neither.
  const goodNews = domain.length > 0 || sentence.includes("been addressed") ? wording(sentence, spans(sentence, GOOD_NEWS)) : [];
  const withoutDomain = blank(sentence, domain);
  const clauses = structureCues(withoutDomain);
  const withoutClauses = blank(withoutDomain, clauseSpans(clauses));
  const clauseWords = (direction: string) => clauses.filter((c) => c.direction === direction).map((c) => c.words);
  // One pass finds the concern cues and the spans to blank before praise.
  const concernSpans = spans(withoutClauses, CONCERN);
  const concern = [...clauseWords("concern"), ...wording(sentence, concernSpans)];
  const withoutCues = blank(withoutClauses, concernSpans);
  const withoutConcern = blank(withoutCues, spans(withoutCues, PURPOSE));
  const praise = notWithin(spans(withoutConcern, STRENGTH), (lastPraise) => [
    ...concernScopes(withoutClauses, concernSpans, clauses, lastPraise),
    ...planClauses(withoutConcern),
  ]);
  const strength = [...clauseWords("strength"), ...wording(sentence, praise), ...goodNews];
  // "However" turns from the sentence before; what it turns to is this
  // sentence's own reading: a shortfall unless the sentence says praise alone
  // ("However, some individual examples of positive work were seen").
  if (strength.length > 0 && concern.every(isMarker)) return { concern: [], strength };
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

/** A paragraph's assessment from its sentences' (docs/assessment.md, paragraph labels). */
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
export function countAssessments(paragraphs: readonly { assessment: Assessment }[]): Record<Assessment, number> {
  const counts: Record<Assessment, number> = { strength: 0, concern: 0, mixed: 0, neutral: 0 };
  for (const paragraph of paragraphs) counts[paragraph.assessment] += 1;
  return counts;
}
