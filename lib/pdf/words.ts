/**
 * Joining the lines of a paragraph back into one. A hyphen at a line end is
 * usually part of the word ("self-harm", "co-ordinated": Word does not
 * hyphenate unless told to), so it stays; it is dropped only when it is a
 * soft hyphen, or when the report spells the word elsewhere unbroken and
 * never with that hyphen.
 */

const WORD = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g;

/** Every word of the text, in lower case, hyphenated compounds whole. */
export function wordsOf(text: string): Set<string> {
  return new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()));
}

const HYPHEN_END = /([A-Za-z]+)([-\u00AD])(\**)$/;
const WORD_START = /^(\**)([A-Za-z]+)/;

/** Longer than any word: the end of a paragraph joined so far is looked at only this far back (the whole of it each time grew as its square). */
const WORD_REACH = 80;

function joinPair(left: string, right: string, vocabulary: Set<string>): string {
  const from = Math.max(0, left.length - WORD_REACH);
  const end = HYPHEN_END.exec(left.slice(from));
  const start = WORD_START.exec(right);
  if (!end || !start) return `${left} ${right}`;
  const [head, hyphen] = [end[1], end[2]];
  const tail = start[2];
  const stem = left.slice(0, from + end.index + head.length);
  const joined = `${head}${tail}`.toLowerCase();
  const compound = `${head}-${tail}`.toLowerCase();
  const soft = hyphen === "\u00AD" || (!vocabulary.has(compound) && vocabulary.has(joined) && /^[a-z]/.test(tail));
  return `${stem}${soft ? "" : "-"}${end[3]}${right}`;
}

/** The lines of one paragraph as one line. */
export function joinWrapped(parts: string[], vocabulary: Set<string> = new Set()): string {
  let out = "";
  for (const part of parts.map((p) => p.trim()).filter((p) => p !== "")) {
    out = out === "" ? part : joinPair(out, part, vocabulary);
  }
  return out;
}
