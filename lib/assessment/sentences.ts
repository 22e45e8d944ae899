/**
 * Sentence splitting for finding paragraphs.
 *
 * Intl.Segmenter is the standard, and the tests hold this splitter to it
 * (with the repairs below) on every real paragraph we have. It is not used at
 * import because it is the slowest step there: about 3 MB/s on this machine,
 * and its iterator slows with the length of the whole string (a 400 kB
 * paragraph took 30 s). A sentence end in this prose is plain — a full stop,
 * question or exclamation mark, perhaps a closing quote or bracket, then
 * space — so one linear regex pass finds the same boundaries.
 */

/**
 * Words that end in a full stop without ending a sentence ("e.g. the walk in
 * clinic", "Dr. Smith"). A single capital is not among them: "A and E." ends
 * many sentences in these reports.
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|viz|cf|vs|approx|no|nos|para|paras|ref|Dr|Mr|Mrs|Ms|Prof|St|Cllr|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * A following piece that cannot start a sentence: lower case, a digit or a
 * closing mark ("achievements. and healthy lifestyles", "4.3. above").
 */
const CONTINUATION = /^[a-z0-9)\],;:]/;

/** Where a sentence may end: its closing punctuation and the space after it. */
const END = /[.!?]+["'’”)\]]*\s+/g;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  // The pieces of the sentence being built, joined once: repeated
  // concatenation and slicing of one long string is quadratic in V8.
  let pending: string[] = [];
  const add = (raw: string) => {
    const piece = raw.trim();
    if (!piece) return;
    const last = pending[pending.length - 1];
    if (last !== undefined && !ABBREVIATION.test(last) && !CONTINUATION.test(piece)) {
      sentences.push(pending.join(" "));
      pending = [];
    }
    pending.push(piece);
  };
  let start = 0;
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    add(text.slice(start, end));
    start = end;
  }
  add(text.slice(start));
  if (pending.length) sentences.push(pending.join(" "));
  return sentences;
}
