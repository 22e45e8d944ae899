/**
 * The lines of a report as every stage of the parser reads them, and the
 * small tests on a line that more than one stage needs.
 */
import { cleanInline, foldSpaces, hasMarkup, normalizeDocument, plain, type CleanText } from "../text";

// Classification patterns only ever see lines up to this length: real
// headings, labels and table rows are short, and it bounds the work any
// pattern can do on hostile input.
export const MAX_SHORT_LINE = 300;

export interface Line {
  raw: string;
  /** The line as plain text, heading markers and inline markup removed; "" for a blank line. */
  bare: string;
  /**
   * True when no heading marker or markup was removed: `bare` is `raw` with
   * only its white space folded, and can stand for it in a paragraph's text
   * (see `cleanLines`).
   */
  asIs: boolean;
  /** Position in the document, from 0. */
  index: number;
  /** Whether the line just above it in the document is blank. */
  afterBlank: boolean;
  /** How many blank lines come before it in the document: two lines have no blank between them when they have the same count. */
  blanksBefore: number;
}

function toLine(raw: string, index: number, afterBlank: boolean, blanksBefore: number): Line {
  const withoutHeading = raw.replace(/^\s{0,3}#{1,6}\s+/, "");
  // Most lines are plain text: folding their white space is all plain() would do.
  if (withoutHeading === raw && !hasMarkup(raw)) return { raw, bare: foldSpaces(raw), asIs: true, index, afterBlank, blanksBefore };
  return { raw, bare: plain(withoutHeading), asIs: false, index, afterBlank, blanksBefore };
}

/** The document normalised (see `normalizeDocument`) and split into lines. */
export function documentLines(input: string): Line[] {
  const raws = normalizeDocument(input).split("\n");
  const lines: Line[] = [];
  let blanks = 0;
  for (let i = 0; i < raws.length; i++) {
    const afterBlank = i > 0 && lines[i - 1].bare === "";
    if (afterBlank) blanks++;
    lines.push(toLine(raws[i], i, afterBlank, blanks));
  }
  return lines;
}

export function isShort(line: Line): boolean {
  return line.bare.length > 0 && line.bare.length <= MAX_SHORT_LINE;
}

/** A line formatted as a heading: Markdown `#`, or wholly bold. */
export function looksLikeHeading(line: Line): boolean {
  const r = line.raw.trim();
  return /^#{1,6}\s/.test(r) || /^(?:\*\*|<b>|__)[^*<_].*(?:\*\*|<\/b>|__):?$/i.test(r);
}

export function nextNonBlank(lines: Line[], index: number): Line | undefined {
  for (let j = index + 1; j < lines.length; j++) if (lines[j].bare !== "") return lines[j];
  return undefined;
}

export function joinRaw(parts: string[]): string {
  return parts.map((p) => p.trim()).join(" ");
}

/**
 * The clean text of lines read as one paragraph: `cleanInline` of their raw
 * text, trimmed and joined with spaces. When every line is `asIs` that is
 * their bare texts joined with spaces (folding white space within each
 * trimmed line is the same as folding it in the whole, since the joins are
 * single spaces between non-space characters), so the lines, the bulk of a
 * report, are not cleaned a second time.
 */
export function cleanLines(lines: Line[]): CleanText {
  if (lines.every((l) => l.asIs)) return { text: lines.map((l) => l.bare).join(" "), footnotes: [] };
  return cleanInline(joinRaw(lines.map((l) => l.raw)));
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/** A count written in digits or in words ("three"), or null. */
export function readCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}
