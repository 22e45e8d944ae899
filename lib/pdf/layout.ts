/**
 * Rebuilds a report's text from the positioned text of its PDF pages, in the
 * shape the report parser reads (seed/reports/*.txt): the title and headings
 * on lines of their own, tables as label<TAB>value rows, one line per
 * paragraph with a blank line between, "- " list items, `*italic*` and
 * `<sup>` markup. What belongs to the page rather than the report (running
 * headers and footers, page numbers) is left out, paragraphs broken by a page
 * are joined, and words split at a line end are put back together.
 */
import { flowColumns } from "./columns";
import { raiseUnraisedNotes } from "./notes";
import { drawnOnce, pageLines, renderTokens, withoutBreakCopies, type Line, type PdfPageText } from "./lines";
import type { Rule } from "./rules";
import { gridTables } from "./grid";
import { findTables, tableGoingOn, type TableRow } from "./tables";
import { hyphenatesLines, joinWrapped, resolveBreaks, wordsOf } from "./words";

/** Share of the page height, top and bottom, where running headers and footers live. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = /^(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d{1,4}|-\s*\d{1,4}\s*-|\d{1,4}\s*(?:of|\/)\s*\d{1,4})$/i;
/**
 * "Page 5 of 5" spelt out is page furniture wherever it stands: LibreOffice's
 * HTML puts a Word footer's text once at the end of the body, so a browser's
 * print of it has the footer mid-page, under the last paragraph.
 */
const PAGE_OF_PAGES = /^page\s*\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i;
const BULLET_GLYPH = /^(?:[•●▪◦‣⁃○■□➢➤►·\uF0B7\uF0A7\uF0D8\uF076\uF0FC-]|o(?=\s))\s*/;
const NUMBERED = /^\d{1,2}\.(?:\d{1,3}\.?)?\s/;

/**
 * A table's rows; `heads` are the words of its first row and of the line just
 * above it (a heading row across both columns, which is no label/value row),
 * one of which a word processor repeats at the top of each page the table goes
 * on onto.
 */
interface Rows {
  kind: "rows";
  rows: TableRow[];
  valueX?: number;
  labelX: number;
  heads: string[];
}
type Element = { kind: "line"; line: Line } | Rows;

/** Each line's text, made once: a line is asked for it by several steps. */
const plainTexts = new WeakMap<Line, string>();

function plainText(line: Line): string {
  let text = plainTexts.get(line);
  if (text === undefined) {
    text = line.tokens
      .map((t) => t.text)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    plainTexts.set(line, text);
  }
  return text;
}

function inMargin(line: Line, page: PdfPageText): boolean {
  return line.y > page.height * (1 - MARGIN_BAND) || line.y < page.height * MARGIN_BAND;
}

/** Text of lines in the top and bottom bands that recur on half the pages or more: running headers and footers. */
function runningText(pages: Line[][], sources: PdfPageText[], physical: number): Set<string> {
  const seen = new Map<string, number>();
  pages.forEach((lines, p) => {
    const keys = new Set(lines.filter((l) => inMargin(l, sources[p])).map((l) => plainText(l).toLowerCase().replace(/\d+/g, "#")));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  const threshold = Math.max(2, Math.ceil(physical / 2));
  return new Set([...seen].filter(([, n]) => n >= threshold).map(([k]) => k));
}

const wordKey = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean).sort().join(" ");

function headsOf(rows: TableRow[], above: Element | undefined): string[] {
  return [
    rows.length ? wordKey(`${rows[0].label} ${rows[0].value}`) : "",
    above?.kind === "line" ? wordKey(plainText(above.line)) : "",
  ].filter(Boolean);
}

/**
 * How many of a page's first lines (up to four) repeat the table's head, as a
 * word processor does at the top of each page a table goes on onto; the
 * words are compared in any order, since the row's two cells may be read
 * either way round.
 */
function repeatedHead(lines: Line[], table: Rows): number {
  let words = "";
  for (let n = 1; n <= Math.min(4, lines.length); n++) {
    words = `${words} ${plainText(lines[n - 1])}`;
    if (table.heads.includes(wordKey(words))) return n;
  }
  return 0;
}

/**
 * Carries a table cut by a page break on into the page's first lines, before
 * the page's own tables start at line `firstTable`: a value's rest at the
 * value's edge, the table's head as repeated, and rows in the table's columns.
 * Returns the index of the page's first line after it.
 */
function goOnWithTable(table: Rows, lines: Line[], firstTable: number, rules: Rule[]): number {
  let next = 0;
  // A row that a page break splits, its value going on in lines at the value's edge with no table round them (one row left).
  const rest: string[] = [];
  for (; next < firstTable && Math.abs(lines[next].x - table.valueX!) <= 3; next++)
    rest.push(renderTokens(lines[next].tokens, lines[next].size));
  const last = table.rows.at(-1)!;
  if (rest.length) table.rows[table.rows.length - 1] = { label: last.label, value: joinWrapped([last.value, ...rest]) };
  if (next === 0) next = repeatedHead(lines, table);
  if (next >= firstTable) return next;
  const going = tableGoingOn(lines, next, { labelX: table.labelX, valueX: table.valueX! }, rules);
  if (!going) return next;
  const [first, ...others] = going.rows;
  const cut = table.rows.at(-1)!;
  // A row that a page break splits in its label: the page's first row has the label's rest and no value.
  if (first.value === "" && cut.value !== "")
    table.rows[table.rows.length - 1] = { label: joinWrapped([cut.label, first.label]), value: cut.value };
  else table.rows.push(first);
  table.rows.push(...others);
  return going.end;
}

/**
 * Whether a table's rows are a contents list: two rows or more, every value a
 * page number, in order. Page furniture, as a running header is: the report's
 * own tables hold dates, names and grades.
 */
function contentsList(rows: TableRow[]): boolean {
  if (rows.length < 2 || !rows.every((r) => /^\d{1,3}$/.test(r.value) && r.label !== "")) return false;
  return rows.every((r, i) => i === 0 || Number(r.value) >= Number(rows[i - 1].value));
}

/** The x most runs of a page start at: its left margin, where its lines start. */
function marginOf(page: PdfPageText): { x: number; count: number } {
  const counts = new Map<number, number>();
  for (const t of page.items) counts.set(Math.round(t.x), (counts.get(Math.round(t.x)) ?? 0) + 1);
  const [x, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return { x, count };
}

/**
 * The pages moved sideways onto one left margin when the document has mirrored
 * margins (a gutter on the inside of each sheet): its odd and even pages start
 * their lines at two left edges, each kept by four pages in five of its
 * parity or more; the reading of indents, list items and full lines measures
 * from one. Any other document is left as it is.
 */
function onOneMargin(pages: PdfPageText[]): PdfPageText[] {
  const margins = pages.map(marginOf);
  const usual = (parity: number) => {
    const xs = margins.filter((m, p) => p % 2 === parity && m.count >= 5).map((m) => m.x);
    const votes = new Map<number, number>();
    for (const x of xs) votes.set(x, (votes.get(x) ?? 0) + 1);
    const [x, n] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    return { x, kept: xs.length >= 2 && xs.filter((y) => Math.abs(y - x) <= 2).length >= 0.8 * xs.length && n > 0 };
  };
  const [even, odd] = [usual(0), usual(1)];
  if (!even.kept || !odd.kept || Math.abs(even.x - odd.x) <= 2) return pages;
  return pages.map((page, p) => {
    if (p % 2 === 0) return page;
    const shift = even.x - odd.x;
    return {
      ...page,
      items: page.items.map((t) => ({ ...t, x: t.x + shift })),
      rules: page.rules?.map((r) => ({ ...r, x0: r.x0 + shift, x1: r.x1 + shift })),
    };
  });
}

/** Each page's lines and tables in reading order, without page furniture. */
function elements(physical: PdfPageText[]): Element[] {
  const sources = onOneMargin(withoutBreakCopies(physical.map(drawnOnce))).flatMap(flowColumns);
  const pages = sources.map(pageLines);
  const running = runningText(pages, sources, physical.length);
  const out: Element[] = [];
  pages.forEach((all, p) => {
    const lines = all.filter((l) => {
      const text = plainText(l);
      if (PAGE_OF_PAGES.test(text)) return false;
      if (!inMargin(l, sources[p])) return true;
      return !PAGE_NUMBER.test(text) && !running.has(text.toLowerCase().replace(/\d+/g, "#"));
    });
    const rules = sources[p].rules ?? [];
    const grids = gridTables(lines, rules);
    let tables = [...grids, ...findTables(lines, rules).filter((t) => !grids.some((g) => g.start < t.end && t.start < g.end))].sort(
      (a, b) => a.start - b.start,
    );
    let next = 0;
    const carried = out.at(-1);
    if (carried?.kind === "rows" && carried.valueX !== undefined && carried.rows.length) {
      next = goOnWithTable(carried, lines, tables[0]?.start ?? lines.length, rules);
      tables = tables.filter((t) => t.start >= next);
    }
    for (const t of tables) {
      for (; next < t.start; next++) out.push({ kind: "line", line: lines[next] });
      if (contentsList(t.rows)) {
        next = t.end;
        continue;
      }
      const before = out.at(-1);
      // A row that a page break splits: the page's table opens with its value's rest, no label, and nothing above it.
      if (t.start === 0 && before?.kind === "rows" && t.rows[0]?.label === "" && before.rows.length) {
        const last = before.rows.at(-1)!;
        before.rows[before.rows.length - 1] = { label: last.label, value: joinWrapped([last.value, t.rows[0].value]) };
        out.push({ kind: "rows", rows: t.rows.slice(1), valueX: t.valueX, labelX: t.labelX, heads: before.heads });
      } else out.push({ kind: "rows", rows: t.rows, valueX: t.valueX, labelX: t.labelX, heads: headsOf(t.rows, before) });
      next = t.end;
    }
    for (; next < lines.length; next++) out.push({ kind: "line", line: lines[next] });
  });
  return out;
}

/** The most common value, for the body text's size, left margin and line spacing. */
function mode(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + 1);
  let best = fallback;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

interface Body {
  size: number;
  left: number;
  right: number;
  pitch: number;
}

function bodyMetrics(lines: Line[]): Body {
  const size = mode(
    lines.map((l) => l.size),
    11,
  );
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.5);
  const steps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const step = body[i - 1].y - body[i].y;
    if (body[i].page === body[i - 1].page && step > 0.9 * size && step < 2.5 * size) steps.push(step);
  }
  return {
    size,
    left: mode(
      body.map((l) => l.x),
      0,
    ),
    right: mode(
      body.map((l) => l.end),
      0,
    ),
    pitch: mode(steps, 1.2 * size),
  };
}

/** Where a line's words start: after its bullet, when it has one. */
function textStart(line: Line): number {
  return (line.tokens.find((t) => /[A-Za-z0-9]/.test(t.text)) ?? line.tokens[0]).x;
}

/** A paragraph number alone, or opening a run ("1.2", "1.2 The …"). */
const NUMBER_ALONE = /^\d{1,2}\.(?:\d{1,3}\.?)?$/;

/**
 * Whether `line` sits at the hanging indent of `previous`, a paragraph's
 * numbered first line: its words start after the number, where the
 * paragraph's next lines go (MuPDF sets "1.2 The …" at 82 and the rest at
 * 108). Where number and words are one run, where the words start is shared
 * out by characters, so up to two em past that is taken.
 */
function hangsUnder(line: Line, previous: Line, body: Body): boolean {
  const [number, next] = previous.tokens;
  if (!number) return false;
  let words: number | null = null;
  if (NUMBER_ALONE.test(number.text.trim()) && next) words = next.x;
  else {
    const m = NUMBERED.exec(number.text);
    if (m && number.text.length > m[0].length) words = number.x + ((number.end - number.x) * m[0].length) / number.text.length;
  }
  const start = textStart(line);
  return words !== null && start > previous.x + 0.5 * body.size && start <= words + 2 * body.size;
}

function allBold(line: Line): boolean {
  // Bullet glyphs come in symbol fonts: only the words say whether a line is bold.
  return line.tokens.every((t) => t.bold || !/[A-Za-z0-9]/.test(t.text));
}

function startsWithMarker(line: Line): boolean {
  return line.tokens[0]?.sup === true && !/^(?:st|nd|rd|th)$/i.test(line.tokens[0].text.trim());
}

/** The typefaces of a line's words (a bullet's symbol font says nothing). */
function families(line: Line): Set<string | undefined> {
  return new Set(line.tokens.filter((t) => /[A-Za-z0-9]/.test(t.text)).map((t) => t.family));
}

/**
 * Whether a line's words are set in typefaces none of which the line before
 * used: AbiWord sets a .docx's list items in Liberation Sans, its body in
 * Liberation Serif, with no bullet, no indent and no spacing that a page
 * break leaves; only the typeface says the item is not the body's next line.
 */
function familyChanged(line: Line, previous: Line): boolean {
  const before = families(previous);
  return [...families(line)].every((f) => f !== undefined && !before.has(f));
}

/**
 * Whether a line opens with a dash set apart as a bullet (Prawn's "–" list
 * items): an en or em dash as a run of its own, the words starting at least
 * most of an em after it, as a hanging indent sets them. A dash that a
 * sentence wraps before is followed by a word space.
 */
function dashBullet(line: Line): boolean {
  const [dash, next] = line.tokens;
  return /^[\u2013\u2014]$/.test(dash?.text.trim() ?? "") && next !== undefined && next.x - dash.end >= 0.8 * line.size;
}

/**
 * Whether the step down to `line` is wider than the paragraph's own line
 * spacing: list items and paragraphs set apart by a few points only (dompdf's
 * list items, their bullets drawn, 20.4 pt apart where the item's lines are
 * 16.4). Measured as the smallest step between the paragraph's lines on
 * the page (a line holding a raised run stands further down), so a
 * paragraph must have shown its spacing first; the new line's rise allowed.
 */
function widerThanParagraph(line: Line, lines: Line[]): boolean {
  let own = Infinity;
  // Its last eight steps: a paragraph's spacing shows in a few lines, and a long run of lines is not searched again at each.
  for (let i = lines.length - 1; i > Math.max(0, lines.length - 9) && lines[i - 1].page === line.page; i--)
    own = Math.min(own, lines[i - 1].y - lines[i].y);
  const previous = lines.at(-1)!;
  return Number.isFinite(own) && own > 0 && previous.y - line.y - line.rise > own + 0.2 * line.size;
}

/**
 * Whether the first word of `line` would have fitted at the end of
 * `previous`, within the body's right margin (with a quarter em to spare): a
 * line that wraps does so because its next word did not fit, so one with room
 * for it ended its paragraph. Ragged-right text (dompdf) stops anywhere
 * in the last sixth of the measure, so the line's length alone cannot say.
 */
function roomFor(line: Line, previous: Line, body: Body): boolean {
  const token = line.tokens.find((t) => /[A-Za-z0-9]/.test(t.text)) ?? line.tokens[0];
  const text = token.text.trimStart();
  const word = /^\S+/.exec(text)?.[0] ?? "";
  const width = ((token.end - token.x) * word.length) / Math.max(1, text.length);
  return previous.end + 0.5 * previous.size + width <= body.right - 0.25 * body.size;
}

/** Whether `line` starts a new paragraph after the lines of the paragraph so far. */
function startsBlock(line: Line, lines: Line[], body: Body): boolean {
  const [previous, first] = [lines.at(-1)!, lines[0]];
  const text = plainText(line);
  const fullWidth = previous.end >= body.right - 0.15 * (body.right - body.left);
  const ended = /[.:;!?]["')]*\**$/.test(plainText(previous));
  // "24.5 per cent" can open a line inside a sentence: a number starts a paragraph only after one has ended.
  if (NUMBERED.test(text) && (ended || !fullWidth)) return true;
  if (BULLET_GLYPH.test(text) || dashBullet(line) || startsWithMarker(line)) return true;
  if (Math.abs(line.size - previous.size) > 0.5 || allBold(line) !== allBold(previous)) return true;
  if (line.page !== previous.page && familyChanged(line, previous)) return true;
  if (line.page !== previous.page)
    return pageBreaks(line, previous, first, body, ended && fullWidth ? "full" : ended ? "ended" : fullWidth ? "full-open" : "open");
  // A browser lays a line holding a raised run ("31st", a footnote marker) out taller, by about the run's rise.
  if (previous.y - line.y > body.pitch * (line.size / body.size) * 1.3 + line.rise) return true;
  if (widerThanParagraph(line, lines)) return true;
  // A line an em or more left of where the paragraph's first and last lines start (a list item's, at its hanging
  // indent) is not the paragraph's: its lines go back to its left edge, not past it. The first line alone shows
  // nothing, as it may be indented, unless it opens with a bullet or a number: an item's lines never go back
  // past its marker.
  if (lines.length >= 2 && Math.min(textStart(first), textStart(previous)) > textStart(line) + body.size) return true;
  const marked = BULLET_GLYPH.test(plainText(first)) || NUMBERED.test(plainText(first));
  if (marked && first.x > textStart(line) + body.size) return true;
  return ended && (!fullWidth || roomFor(line, previous, body)) && /^[A-Z0-9"'(]/.test(text);
}

/**
 * Whether the first line of a page starts a paragraph. It goes on from the
 * last one at the same indent, from a full line that ends mid-sentence, or
 * from a full line of body text ending a sentence; a list item ending a
 * sentence has ended. A line that stops short of the margin has ended its
 * paragraph, whatever the next page starts with: a paragraph that a page
 * breaks fills its last line there (widow control moves whole lines), and a
 * lower-case start says nothing, as the report's list items start in lower
 * case (in Chromium's print the bullets are drawn, not written, so nothing
 * else parts an item ending "(Ofsted, January 2012)" from the next one).
 */
function pageBreaks(line: Line, previous: Line, first: Line, body: Body, end: "full" | "ended" | "full-open" | "open"): boolean {
  if (Math.abs(textStart(line) - textStart(previous)) > body.size && !hangsUnder(line, previous, body)) return true;
  const listItem = first.x > body.left + body.size;
  if (end === "full") return listItem || roomFor(line, previous, body);
  return end !== "full-open";
}

interface Block {
  lines: Line[];
  footnote: boolean;
}

function blockText(block: Block, body: Body): string {
  const parts = block.lines.map((l) => renderTokens(l.tokens, l.size));
  let text = joinWrapped(parts);
  const first = block.lines[0];
  const glyph = BULLET_GLYPH.exec(text.replace(/^\*/, "")) ?? (dashBullet(first) ? /^[\u2013\u2014]\s*/.exec(text) : null);
  if (glyph) {
    const rest = text.replace(/^\*/, "").slice(glyph[0].length);
    text = `- ${text.startsWith("*") ? "*" : ""}${rest}`;
  } else if (
    !block.footnote &&
    Math.abs(first.size - body.size) < 0.5 &&
    !allBold(first) &&
    first.x > body.left + body.size &&
    !NUMBERED.test(text)
  ) {
    // An indented paragraph of body text in these reports is a list item whose bullet was drawn, not typed.
    text = `- ${text}`;
  }
  return text;
}

/**
 * Lines grouped into paragraphs. A footnote set at the foot of a page is held
 * back until the paragraph it interrupts has ended on the next page.
 */
function paragraphs(lines: Line[], body: Body): Block[] {
  const out: Block[] = [];
  const held: Block[] = [];
  let current: Block | null = null;
  let previous: Line | null = null;
  const close = () => {
    if (current) out.push(current);
    out.push(...held.splice(0));
    current = null;
  };
  for (const line of lines) {
    const small = line.size < body.size - 0.5;
    if (startsWithMarker(line) && small) {
      held.push({ lines: [line], footnote: true });
    } else if (held.length && small && previous && line.page === previous.page && held.at(-1)!.lines.at(-1)!.page === line.page) {
      held.at(-1)!.lines.push(line);
    } else if (current && previous && !startsBlock(line, (current as Block).lines, body)) {
      (current as Block).lines.push(line);
    } else {
      close();
      current = { lines: [line], footnote: false };
    }
    previous = line;
  }
  close();
  return out;
}

/** The report text of a PDF's pages. */
export function layoutText(pages: PdfPageText[]): string {
  const els = elements(pages);
  const lines = els.flatMap((e) => (e.kind === "line" ? [e.line] : []));
  const body = bodyMetrics(lines);
  // Words as the report spells them within lines: not a line's last word (with the hyphen after it, set apart or not)
  // nor the first after a line ending in a hyphen, which may be the halves of a word broken there; the table rows'
  // words too, but for such halves joined there.
  const texts = lines.map(plainText);
  const within = texts.map((t, i) => (/-$/.test(texts[i - 1] ?? "") ? t.replace(/^\S+/, "") : t).replace(/\S+(?: -)?$/, ""));
  const cells = els.flatMap((e) => (e.kind === "rows" ? e.rows.map((r) => `${r.label} ${r.value}`.replace(/\S*\uE000\S*/g, " ")) : []));
  const vocabulary = wordsOf([...within, ...cells].join(" "));
  const hyphenates = hyphenatesLines(texts, vocabulary);
  const noted = raiseUnraisedNotes(lines, body.size);
  const marked = new Map(lines.map((l, i) => [l, noted[i]]));
  const chunks: string[] = [];
  let run: Line[] = [];
  const flushRun = () => {
    for (const b of paragraphs(run, body)) chunks.push(blockText(b, body));
    run = [];
  };
  for (const e of els) {
    if (e.kind === "line") {
      run.push(marked.get(e.line) ?? e.line);
      continue;
    }
    flushRun();
    if (e.rows.length) chunks.push(e.rows.map((r) => `${r.label}\t${r.value}`).join("\n"));
  }
  flushRun();
  const text = chunks.join("\n\n");
  // A soft hyphen left inside a line marked where a word could have broken, and did not.
  return `${resolveBreaks(text, vocabulary, hyphenates).replace(/\u00AD/g, "")}\n`;
}
