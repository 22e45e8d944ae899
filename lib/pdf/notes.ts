/**
 * Footnotes whose markers are not raised. A producer without superscripts
 * (PDFKit) writes the marker on the baseline, glued to the word it follows
 * ("Healthwatch1."), and the note below it in a smaller size, starting with
 * the same number ("1 New national programme …"; PDFKit's layout sets it
 * under the section, mid-page). Only the note's size and the number it starts
 * with say it is a note, so the marker is taken only where the page's body
 * text above the note has that number glued to one word and no other: it is
 * then marked raised in both places, as a producer with superscripts would
 * have drawn it, and the report parser reads the note and the paragraph
 * citing it as it does in any other PDF.
 */
import type { Line, Token } from "./lines";

/** A note's number at the start of its line: one to three digits, then a space or the run's end. */
const NOTE_NUMBER = /^(\d{1,3})(?:\s|$)/;

/** A token cut at [from, to) of its text, the middle piece raised; x positions shared out by characters. */
function raisePart(token: Token, from: number, to: number): Token[] {
  const at = (i: number) => token.x + ((token.end - token.x) * i) / Math.max(1, token.text.length);
  const pieces: Token[] = [];
  if (from > 0) pieces.push({ ...token, text: token.text.slice(0, from), end: at(from) });
  pieces.push({ ...token, text: token.text.slice(from, to), sup: true, x: at(from), end: at(to) });
  if (to < token.text.length) pieces.push({ ...token, text: token.text.slice(to), x: at(to) });
  return pieces;
}

/** The one place in the page's body where `marker` is glued to the end of a word, or null if none or several. */
function citing(body: Line[], marker: string): { line: number; token: number; at: number } | null {
  const glued = new RegExp(`(?<=[A-Za-z]{2}[)"'\\u2019]?)${marker}(?=[.,;:)]*(?:\\s|$))`, "g");
  const found: { line: number; token: number; at: number }[] = [];
  body.forEach((l, line) =>
    l.tokens.forEach((t, token) => {
      if (!t.sup) for (const m of t.text.matchAll(glued)) found.push({ line, token, at: m.index });
    }),
  );
  return found.length === 1 ? found[0] : null;
}

/**
 * Each line smaller than the body text that starts with a number, where the
 * body text above it on its page has that number glued to the end of exactly
 * one word: the number is raised in both places. Any other line is left as it
 * is (no such word, or several, or the number alone on its line).
 */
export function raiseUnraisedNotes(lines: Line[], bodySize: number): Line[] {
  const replaced = new Map<Line, Line>();
  const pages = new Map<number, Line[]>();
  for (const l of lines) {
    const page = pages.get(l.page);
    if (page) page.push(l);
    else pages.set(l.page, [l]);
  }
  for (const page of pages.values()) {
    page.forEach((note, n) => {
      if (note.size >= bodySize - 0.5) return;
      // Its citation stands above it on the page, in body text.
      const body = page.slice(0, n).filter((l) => Math.abs(l.size - bodySize) < 0.5);
      const first = note.tokens[0];
      const number = first && !first.sup ? NOTE_NUMBER.exec(first.text) : null;
      if (!number || (number[0] === first.text && note.tokens.length < 2)) return;
      const cite = citing(
        body.map((l) => replaced.get(l) ?? l),
        number[1],
      );
      if (!cite) return;
      const cited = replaced.get(body[cite.line]) ?? body[cite.line];
      const tokens = [...cited.tokens];
      tokens.splice(cite.token, 1, ...raisePart(tokens[cite.token], cite.at, cite.at + number[1].length));
      replaced.set(body[cite.line], { ...cited, tokens });
      replaced.set(note, { ...note, tokens: [...raisePart(first, 0, number[1].length), ...note.tokens.slice(1)] });
    });
  }
  return lines.map((l) => replaced.get(l) ?? l);
}
