/**
 * Which themes a paragraph raises as a concern: the themes of its sentences
 * marked as a concern (issue 24). A paragraph that praises the records and
 * worries about capacity raises a concern about capacity, not records, so a
 * theme is not a concern merely because it appears in a paragraph that has a
 * concern somewhere. Pure; reads the theme vocabulary of lib/assessment.
 */
import { THEME_VOCABULARY } from "../assessment";
import type { Assessment } from "../assessment";

/** Hints (words also used in passing) needed in one sentence when no term is there. */
const HINTS_IN_A_SENTENCE = 2;

function count(pattern: RegExp | undefined, text: string): number {
  if (!pattern) return 0;
  pattern.lastIndex = 0;
  const n = text.match(pattern)?.length ?? 0;
  pattern.lastIndex = 0;
  return n;
}

/**
 * The ids of the themes one sentence is about, in theme order: one of a
 * theme's terms, or two of its hints, outside its "not" phrases. A sentence is
 * short, so no mention in it is discounted as being in passing.
 */
export function sentenceThemes(sentence: string): string[] {
  return THEME_VOCABULARY.filter((theme) => {
    const own = theme.not ? sentence.replace(theme.not, " ") : sentence;
    return count(theme.terms, own) > 0 || count(theme.hints, own) >= HINTS_IN_A_SENTENCE;
  }).map((t) => t.id);
}

const raisesConcern = (a: Assessment) => a === "concern" || a === "mixed";

/** A sentence that opens by pointing back: "This requires further review …", "These issues …". */
const POINTS_BACK = /^(?:however,\s*)?(?:this|these|those|such|it|they)\b/i;

/**
 * The themes a paragraph raises as a concern, from its sentences marked
 * concern (or mixed). A concern sentence naming no theme that opens by
 * pointing back ("This requires further review.") is about what the sentence
 * before it named; one that does not ("However, work is required …") names
 * none, rather than borrow a theme the concern may not be about.
 */
export function concernThemes(sentences: readonly { text: string; assessment: Assessment }[]): string[] {
  const found = new Set<string>();
  let previous: string[] = [];
  for (const s of sentences) {
    const own = sentenceThemes(s.text);
    if (raisesConcern(s.assessment)) for (const id of own.length || !POINTS_BACK.test(s.text) ? own : previous) found.add(id);
    previous = own;
  }
  return THEME_VOCABULARY.map((t) => t.id).filter((id) => found.has(id));
}
