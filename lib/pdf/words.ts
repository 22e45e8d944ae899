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

// A hyphen at a line's end, or a hyphen set a space after a word there ("Uni -": a justified line's stretch).
const HYPHEN_END = /([A-Za-z]+) ?([-\u00AD])(\**)$/;
/**
 * Words that start compounds ("self-harm", "multi-agency", "well-being"): a
 * hyphen after one at a line's end is the compound's own, even in a document
 * that hyphenates its lines. The short ones ("co-", "pre-", "in-") are also
 * where hyphenation breaks words ("in-vestment", "pre-vious"), so after one
 * the hyphen is kept only when what follows is a word the report uses
 * ("pre-birth", "in-patient").
 */
const COMPOUND_HEADS = new Set(
  "self multi inter intra well long short cross under over half semi step follow after three four five seven eight nine".split(" "),
);
const SHORT_COMPOUND_HEADS = new Set(
  "co pre post non anti ill one two six ten age high low sub ex mid end top up on in out day full part face".split(" "),
);
const WORD_START = /^(\**)([A-Za-z]+)/;

/** Longer than any word: the end of a paragraph joined so far is looked at only this far back (the whole of it each time grew as its square). */
const WORD_REACH = 80;

/**
 * Where a line ended in a hyphen before a word in lower case, and the
 * document, not the pair of lines, decides whether the hyphen is the word's
 * own (resolveBreaks): a private-use character no report holds.
 */
const BREAK = "\uE000";

function joinPair(left: string, right: string): string {
  const from = Math.max(0, left.length - WORD_REACH);
  const end = HYPHEN_END.exec(left.slice(from));
  const start = WORD_START.exec(right);
  if (!end || !start) return `${left} ${right}`;
  const [head, hyphen] = [end[1], end[2]];
  const stem = left.slice(0, from + end.index + head.length);
  const mark = hyphen === "\u00AD" ? "" : /^[a-z]/.test(start[2]) ? BREAK : "-";
  return `${stem}${mark}${end[3]}${right}`;
}

/**
 * The text with each hyphen at a line break (joinWrapped) decided: kept when
 * the report spells the compound with it elsewhere; dropped when it spells the
 * word whole; in a document that hyphenates its lines (hyphenatesLines),
 * dropped unless the pair reads as a compound; else kept, as Word does not
 * hyphenate unless told to.
 */
export function resolveBreaks(text: string, vocabulary: Set<string>, hyphenates: boolean): string {
  if (!text.includes(BREAK)) return text;
  return text.replace(/([A-Za-z]*)\uE000(\**)([A-Za-z]*)/g, (_, head: string, stars: string, tail: string) => {
    const [compound, joined] = [`${head}-${tail}`.toLowerCase(), `${head}${tail}`.toLowerCase()];
    const soft = !vocabulary.has(compound) && (vocabulary.has(joined) || (hyphenates && !compoundOf(head, tail, vocabulary)));
    return `${head}${soft ? "" : "-"}${stars}${tail}`;
  });
}

/** Whether head-tail reads as a compound of two words: a head that starts compounds, or two words the report uses. */
function compoundOf(head: string, tail: string, vocabulary: Set<string>): boolean {
  const [h, t] = [head.toLowerCase(), tail.toLowerCase()];
  if (COMPOUND_HEADS.has(h)) return true;
  if (SHORT_COMPOUND_HEADS.has(h)) return vocabulary.has(t);
  return h.length > 1 && t.length > 1 && vocabulary.has(h) && vocabulary.has(t);
}

/**
 * Whether a document hyphenates its lines (Word's automatic hyphenation, on in
 * some house styles): three or more of its line-end hyphens break a word the
 * report spells elsewhere whole ("indus-" "trial" with "industrial" elsewhere).
 * In such a document a hyphen at a line's end breaks a word unless the word
 * reads as a compound; in one that does not, it is the word's own unless the
 * report spells the word whole.
 */
export function hyphenatesLines(lines: string[], vocabulary: Set<string>): boolean {
  let broken = 0;
  for (let i = 1; i < lines.length && broken < 3; i++) {
    const end = HYPHEN_END.exec(lines[i - 1].slice(-WORD_REACH));
    const start = WORD_START.exec(lines[i]);
    if (!end || end[2] !== "-" || !start || !/^[a-z]/.test(start[2])) continue;
    const whole = `${end[1]}${start[2]}`.toLowerCase();
    if (vocabulary.has(whole) && !vocabulary.has(`${end[1]}-${start[2]}`.toLowerCase())) broken++;
  }
  return broken >= 3;
}

/**
 * The lines of one paragraph as one line. A hyphen at a line's end before a
 * word in lower case is decided by the report's words (resolveBreaks): now,
 * by `vocabulary` when it is given, else later, for the whole document, when
 * all its words are known.
 */
export function joinWrapped(parts: string[], vocabulary?: Set<string>): string {
  let out = "";
  for (const part of parts.map((p) => p.trim()).filter((p) => p !== "")) {
    out = out === "" ? part : joinPair(out, part);
  }
  return vocabulary ? resolveBreaks(out, vocabulary, false) : out;
}
