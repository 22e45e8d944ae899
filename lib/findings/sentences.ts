/**
 * Sentence splitting for finding paragraphs. Intl.Segmenter does the work;
 * we only repair the places where its rules and inspection prose disagree.
 */

const segmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });

/**
 * Words that end in a full stop without ending a sentence. Segmenter splits
 * "e.g. the" only sometimes (it depends on the next letter's case), so these
 * are joined whatever follows.
 */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|viz|cf|vs|approx|no|nos|para|paras|ref|Dr|Mr|Mrs|Ms|Prof|St|Cllr|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

/** A following piece that cannot start a sentence: lower case, a digit or a closing mark. */
const CONTINUATION = /^[a-z0-9)\],;:]/;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let pending = "";
  for (const { segment } of segmenter.segment(text)) {
    const piece = segment.trim();
    if (!piece) continue;
    if (pending && (ABBREVIATION.test(pending) || CONTINUATION.test(piece))) {
      pending = `${pending} ${piece}`;
      continue;
    }
    if (pending) sentences.push(pending);
    pending = piece;
  }
  if (pending) sentences.push(pending);
  return sentences;
}
