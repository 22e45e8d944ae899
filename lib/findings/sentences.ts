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
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|viz|cf|vs|approx|no|nos|para|paras|ref|Dr|Mr|Mrs|Ms|Prof|St|Cllr|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** A following piece that cannot start a sentence: lower case, a digit or a closing mark. */
const CONTINUATION = /^[a-z0-9)\],;:]/;

/**
 * V8's segment iterator slows down with the length of the whole string (a
 * 400 kB paragraph took 30 s), so long text is fed to it in pieces cut where a
 * sentence plainly ends; the repairs below rejoin any piece cut too eagerly.
 */
const CHUNK = 4000;
const PLAIN_END = /[.!?]["'’”)]?\s+(?=[A-Z‘“'"])/g;

function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    const window = text.slice(start, start + CHUNK);
    let cut = 0;
    for (const match of window.matchAll(PLAIN_END)) cut = match.index + match[0].length;
    if (cut === 0) cut = window.lastIndexOf(" ") + 1 || CHUNK;
    yield window.slice(0, cut);
    start += cut;
  }
  yield text.slice(start);
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  // The pieces of the sentence being built; joined once, as repeated
  // concatenation and slicing of one long string is quadratic in V8.
  let pending: string[] = [];
  for (const chunk of pieces(text)) {
    for (const { segment } of segmenter.segment(chunk)) {
      const piece = segment.trim();
      if (!piece) continue;
      const last = pending[pending.length - 1];
      if (last !== undefined && !ABBREVIATION.test(last) && !CONTINUATION.test(piece)) {
        sentences.push(pending.join(" "));
        pending = [];
      }
      pending.push(piece);
    }
  }
  if (pending.length) sentences.push(pending.join(" "));
  return sentences;
}
