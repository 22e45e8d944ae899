/**
 * From positioned text (what pdfjs reports for a page) to lines: items on one
 * baseline, left to right, superscripts attached to the line they belong to.
 * Pure: the tests feed it pages extracted once from real PDFs.
 */
import type { Rule } from "./rules";

/** One run of text as a PDF places it: baseline origin in points (y up), advance width, font size. */
export interface PdfTextItem {
  s: string;
  x: number;
  y: number;
  w: number;
  size: number;
  /** The font's PostScript name ("BAAAAA+LiberationSans-Italic"), or "" when unknown. */
  font: string;
  /** The table cell a tagged PDF's structure puts the run in ("table:row:cell", counted on its page): a hint, see tables.ts. */
  cell?: string;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Ruling lines drawn on the page (table borders); absent where only text was kept. */
  rules?: Rule[];
}

export interface Token {
  text: string;
  italic: boolean;
  bold: boolean;
  /** Raised and smaller than the line: an ordinal suffix or a footnote marker. */
  sup: boolean;
  /** The typeface its font's name says, without subset prefix or style (LiberationSerif, Arial). */
  family?: string;
  x: number;
  end: number;
  /** Baseline of its (first) run: a line's runs in two fonts may sit a point or two apart. */
  y: number;
  /** The tagged table cell of the token's runs, when the PDF says. */
  cell?: string;
}

export interface Line {
  tokens: Token[];
  /** Baseline of the line's main text. */
  y: number;
  /** Font size of the line's main text. */
  size: number;
  /** How far its highest raised run (an ordinal, a footnote marker) sits above the baseline; 0 when it has none. */
  rise: number;
  x: number;
  end: number;
  page: number;
}

const ITALIC_FONT = /italic|oblique|[-,](?:it|bi|boldit)$/i;
// URW's names (NimbusRomNo9L-ReguItal, pdfTeX's Times) spell the style "Ital"; the capital keeps "Digital" out.
const URW_ITALIC = /Ital$/;
const BOLD_FONT = /bold|black|heavy|semibold|demi|[-,]bd$/i;

function fontStyle(font: string): { italic: boolean; bold: boolean } {
  const name = font.replace(/^[A-Z]{6}\+/, "");
  return { italic: ITALIC_FONT.test(name) || URW_ITALIC.test(name), bold: BOLD_FONT.test(name) };
}

/** The typeface of a font's name: the part before its style ("-Bold", ",Italic"), without Monotype's "PS"/"MT" ("Arial-BoldMT" and "ArialMT" are Arial). */
function fontFamily(font: string): string {
  return font
    .replace(/^[A-Z]{6}\+/, "")
    .split(/[-,]/)[0]
    .replace(/(?:PS)?MT$/, "");
}

/** Longest raised run that is looked for a host: an ordinal suffix, a footnote marker. */
const RAISED_CHARS = 4;
const BUCKET = 2;

/**
 * Small runs set raised on the text they follow, each with that text's run:
 * the run ending where it starts (touching, or nearly), in a larger size, its
 * baseline below the raised run's by more than a little and at most the raised
 * run's own size ("24" + raised "th"; "Healthwatch" + raised "1"). The run to
 * its left decides its line, not the nearest baseline: Chromium lays a line
 * holding a superscript out taller, so a table's value cell starts lower than
 * its label, and the raised "th" after "24" can land on the label's baseline.
 * A raised run drawn in pieces ("t" + "h") follows its first piece.
 */
function raisedOnHosts(items: PdfTextItem[]): Map<PdfTextItem, PdfTextItem> {
  const hosts = new Map<PdfTextItem, PdfTextItem>();
  // Runs by where they end, in buckets of BUCKET points: a raised run's host ends where it starts.
  const byEnd = new Map<number, PdfTextItem[]>();
  for (const t of items) {
    const key = Math.floor((t.x + t.w) / BUCKET);
    const bucket = byEnd.get(key);
    if (bucket) bucket.push(t);
    else byEnd.set(key, [t]);
  }
  const reach = Math.ceil((0.25 * items.reduce((m, t) => Math.max(m, t.size), 0)) / BUCKET) + 1;
  const candidates = items.filter((t) => t.s.trim().length <= RAISED_CHARS).sort((a, b) => a.x - b.x);
  for (const t of candidates) {
    const key = Math.floor(t.x / BUCKET);
    let best: { host: PdfTextItem; gap: number } | null = null;
    for (let k = key - reach; k <= key + reach; k++) {
      for (const h of byEnd.get(k) ?? []) {
        if (h === t) continue;
        const gap = t.x - (h.x + h.w);
        if (gap < -0.1 * h.size || gap > 0.25 * h.size || h.x >= t.x) continue;
        const raisedOnIt = t.size < 0.9 * h.size && t.y - h.y > 0.15 * h.size && t.y - h.y <= t.size;
        // The next piece of a raised run already hosted: same size, same baseline.
        const piece = hosts.has(h) && Math.abs(h.size - t.size) < 0.05 * t.size && Math.abs(h.y - t.y) < 0.05 * t.size;
        if (!raisedOnIt && !piece) continue;
        // A host is never itself raised: a run raised on a raised run, or the next piece of one, goes where that went.
        const host = hosts.get(h) ?? h;
        if (!best || Math.abs(gap) < Math.abs(best.gap)) best = { host, gap };
      }
    }
    if (best) hosts.set(t, best.host);
  }
  return hosts;
}

/**
 * Footnote markers set raised before the note's text, in the note's own size
 * (Chromium's print of `<sup>1</sup>` in a small paragraph): a short run whose
 * right end touches the start of a run below it, raised by more than a little
 * and at most its size, not larger than that run, and not already raised on a
 * run before it. Each goes on its text's line (added to `hosts`) and is marked
 * raised, as its size alone does not say so.
 */
function markersBeforeText(items: PdfTextItem[], hosts: Map<PdfTextItem, PdfTextItem>): Set<PdfTextItem> {
  const markers = new Set<PdfTextItem>();
  const byStart = new Map<number, PdfTextItem[]>();
  for (const t of items) {
    const key = Math.floor(t.x / BUCKET);
    const bucket = byStart.get(key);
    if (bucket) bucket.push(t);
    else byStart.set(key, [t]);
  }
  const reach = Math.ceil((0.5 * items.reduce((m, t) => Math.max(m, t.size), 0)) / BUCKET) + 1;
  for (const t of items) {
    if (t.s.trim().length > RAISED_CHARS || hosts.has(t)) continue;
    const key = Math.floor((t.x + t.w) / BUCKET);
    let best: { host: PdfTextItem; gap: number } | null = null;
    for (let k = key - 1; k <= key + reach; k++) {
      for (const h of byStart.get(k) ?? []) {
        const gap = h.x - (t.x + t.w);
        if (h === t || hosts.has(h) || gap < -0.1 * h.size || gap > 0.5 * h.size) continue;
        if (t.size > 1.05 * h.size || t.y - h.y <= 0.15 * h.size || t.y - h.y > t.size) continue;
        if (!best || gap < best.gap) best = { host: h, gap };
      }
    }
    if (!best) continue;
    hosts.set(t, best.host);
    markers.add(t);
  }
  return markers;
}

/** Items on (nearly) the same baseline, the largest text deciding the baseline; a raised run on the line of the text it is raised from. */
function groupByBaseline(all: PdfTextItem[]): { lines: PdfTextItem[][]; markers: Set<PdfTextItem> } {
  const hosts = raisedOnHosts(all);
  const markers = markersBeforeText(all, hosts);
  const items = all.filter((t) => !hosts.has(t));
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(last.y - item.y) <= 0.25 * Math.max(last.size, item.size)) {
      last.items.push(item);
      if (item.size > last.size) [last.size, last.y] = [item.size, item.y];
    } else {
      groups.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  const lines = mergeRaised(groups).map((g) => g.items);
  const lineOf = new Map<PdfTextItem, PdfTextItem[]>();
  for (const line of lines) for (const t of line) lineOf.set(t, line);
  for (const [raised, host] of hosts) lineOf.get(host)!.push(raised);
  return { lines, markers };
}

/**
 * A group of small text just above a line and inside its extent is set
 * raised on that line ("9" + raised "th", a footnote marker): it joins the
 * line below instead of standing as a line of its own.
 */
function mergeRaised(groups: { y: number; size: number; items: PdfTextItem[] }[]): { y: number; size: number; items: PdfTextItem[] }[] {
  const out: typeof groups = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const below = groups[i + 1];
    const left = Math.min(...g.items.map((t) => t.x));
    const right = Math.max(...g.items.map((t) => t.x + t.w));
    if (
      below &&
      g.size < 0.9 * below.size &&
      g.y > below.y &&
      g.y - below.y <= 0.6 * below.size &&
      g.items.every((t) => t.s.trim().length <= 4) &&
      // a footnote's marker may hang in the margin before its text
      left >= Math.min(...below.items.map((t) => t.x)) - 2.5 * below.size &&
      right <= Math.max(...below.items.map((t) => t.x + t.w)) + 4 * below.size
    ) {
      below.items.push(...g.items);
      continue;
    }
    out.push(g);
  }
  return out;
}

/**
 * Touching tokens in one style made one: a producer may draw a word a
 * character at a time, or cut it at a kerning pair or a ligature ("e"+"ff"+"ect"),
 * and a raised "t" + "h" is the ordinal "th".
 */
function coalesce(tokens: Token[], size: number): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    const sameStyle = last && last.sup === t.sup && last.italic === t.italic && last.bold === t.bold && last.cell === t.cell;
    if (last && sameStyle && Math.abs(t.x - last.end) <= 0.15 * size) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: Math.max(last.end, t.end) };
    } else out.push(t);
  }
  return out;
}

/**
 * A raised ordinal suffix set over the start of the number it belongs to
 * goes after it: dompdf justifies a line by moving its words and leaves a
 * raised run where the line had it unstretched, so "th" starts 1.3 pt before
 * "30" and overlaps it ("On th30 November").
 */
function ordinalsAfterNumbers(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i + 1 < out.length; i++) {
    const [t, next] = [out[i], out[i + 1]];
    if (t.sup && ORDINAL.test(t.text.trim()) && !next.sup && /^\d+$/.test(next.text.trim()) && next.x < t.end && next.end > t.end)
      [out[i], out[i + 1]] = [next, t];
  }
  return out;
}

function toLine(items: PdfTextItem[], page: number, markers: Set<PdfTextItem>): Line {
  const visible = items.filter((t) => t.s.trim() !== "").sort((a, b) => a.x - b.x);
  // A bullet drawn larger than its item's text (ReportLab's 12 pt "•" before 9.5 pt words, 2.5 pt lower)
  // is not the line's text: measured against it, the words would be read as raised.
  const words = visible.filter((t) => /[\p{L}\p{N}]/u.test(t.s));
  const main = (words.length ? words : visible).reduce((m, t) => (t.size > m.size ? t : m), (words.length ? words : visible)[0]);
  const tokens: Token[] = [];
  let rise = 0;
  for (const t of visible) {
    const sup = (t.size < 0.9 * main.size && t.y > main.y + 0.15 * main.size) || markers.has(t);
    if (sup) rise = Math.max(rise, t.y - main.y);
    tokens.push({
      text: t.s,
      ...fontStyle(t.font),
      sup,
      family: fontFamily(t.font),
      x: t.x,
      end: t.x + t.w,
      y: t.y,
      ...(t.cell ? { cell: t.cell } : {}),
    });
  }
  return {
    tokens: coalesce(ordinalsAfterNumbers(tokens), main.size),
    y: main.y,
    size: main.size,
    rise,
    x: tokens[0].x,
    end: Math.max(...tokens.map((t) => t.end)),
    page,
  };
}

/**
 * A run's characters as the words they stand for: ligature glyphs (ﬁ, ﬂ, ﬃ)
 * spelt out, no-break spaces as spaces, zero-width marks dropped. A soft
 * hyphen is kept: at a line's end it says the word goes on (see words.ts).
 */
function plainChars(s: string): string {
  return s
    .replace(/[\uFB00-\uFB06]/g, (c) => c.normalize("NFKC"))
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
}

const spelt = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Runs that lie, on one baseline in one font and size, within the width of
 * another run of the line and spell its text between them: the same words
 * drawn a second time, in pieces.
 */
function piecesOfWholes(items: PdfTextItem[]): Set<PdfTextItem> {
  const lines = new Map<string, PdfTextItem[]>();
  for (const t of items) {
    const key = [t.y, t.size, t.font].join("\u0000");
    lines.set(key, [...(lines.get(key) ?? []), t]);
  }
  const pieces = new Set<PdfTextItem>();
  for (const line of lines.values()) {
    if (line.length < 3) continue;
    for (const whole of line) {
      const inside = line
        .filter((t) => t !== whole && !pieces.has(t) && t.x >= whole.x - 0.5 && t.x + t.w <= whole.x + whole.w + 0.5)
        .sort((a, b) => a.x - b.x);
      if (inside.length >= 2 && spelt(inside.map((t) => t.s).join(" ")) === spelt(whole.s)) for (const t of inside) pieces.add(t);
    }
  }
  return pieces;
}

/**
 * The page with each run drawn twice in the same place, in the same font and
 * size, kept once. Calligra Words (Qt's PDF engine) draws text twice, each
 * copy clipped to part of its box, and on screen the copies are one; poppler
 * drops such overdrawn glyphs too (as it does fake bold). A line holding a
 * link it draws once whole and once in pieces (the link's text apart): the
 * pieces are left out.
 */
export function drawnOnce(page: PdfPageText): PdfPageText {
  const seen = new Set<string>();
  const once = page.items.filter((t) => {
    const key = [t.s, t.x, t.y, t.w, t.size, t.font].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const pieces = piecesOfWholes(once);
  const items = pieces.size ? once.filter((t) => !pieces.has(t)) : once;
  return items.length === page.items.length ? page : { ...page, items };
}

/** Whether two runs are the same text set alike (same x, font and size), wherever they stand up and down. */
function sameSetting(a: PdfTextItem, b: PdfTextItem): boolean {
  return a.s === b.s && Math.abs(a.x - b.x) < 0.5 && a.size === b.size && a.font === b.font;
}

/**
 * The pages without the copies of lines from the other side of a page break.
 * Calligra Words draws the lines either side of a break on both pages, the
 * copy shifted into the margin past the running footer (or header) and
 * clipped away. A run that the next page also has, set alike higher up, lying
 * below all the page's other text and below every running footer (runs a
 * neighbouring page has at the same height), is such a hidden copy; so is one
 * the previous page has lower down, above the rest and every running header.
 * A heading that starts a page, repeating the last page's, is not past them.
 */
export function withoutBreakCopies(pages: PdfPageText[]): PdfPageText[] {
  const near = (p: number) => [...(pages[p - 1]?.items ?? []), ...(pages[p + 1]?.items ?? [])];
  const running = pages.flatMap((page, p) =>
    page.items.filter((t) => near(p).some((u) => sameSetting(t, u) && Math.abs(u.y - t.y) <= 1)).map((t) => t.y),
  );
  if (!running.length) return pages;
  const [floor, ceiling] = [Math.min(...running), Math.max(...running)];
  return pages.map((page, p) => {
    const [before, after] = [pages[p - 1]?.items ?? [], pages[p + 1]?.items ?? []];
    const below = page.items.filter((t) => t.y < floor && after.some((u) => sameSetting(t, u) && u.y > t.y + 1));
    const above = page.items.filter((t) => t.y > ceiling && before.some((u) => sameSetting(t, u) && u.y < t.y - 1));
    const others = page.items.filter((t) => !below.includes(t) && !above.includes(t)).map((t) => t.y);
    if ((!below.length && !above.length) || !others.length) return page;
    const [low, high] = [Math.min(...others), Math.max(...others)];
    const hidden = new Set([...below.filter((t) => t.y < low), ...above.filter((t) => t.y > high)]);
    return hidden.size ? { ...page, items: page.items.filter((t) => !hidden.has(t)) } : page;
  });
}

/**
 * Smaller than this, text is not there to be read: TCPDF writes "Powered by
 * TCPDF (www.tcpdf.org)" at 1 pt in the last page's corner, a link's anchor.
 */
const LEGIBLE = 3;

/** A tab leader: four or more dots (or dotted spaces, ellipses, middle dots, underscores) filling the gap to a tab stop. */
const LEADER = /(?:\.\s?){4,}|(?:…\s?){2,}|(?:·\s?){4,}|_{4,}/g;

/**
 * The run without its tab leaders: a leader fills the gap between a label and
 * a value set on a tab stop ("Date of Inspection........13th February 2012"),
 * and the gap, not the dots, is what the layout reads, as it reads a table's
 * columns. A run that holds words either side of a leader is cut in two, each
 * part placed by its share of the run's characters.
 */
function withoutLeaders(item: PdfTextItem): PdfTextItem[] {
  if (!item.s.includes("....") && !item.s.includes("……") && !item.s.includes("····") && !item.s.includes("____")) return [item];
  const out: PdfTextItem[] = [];
  const perChar = item.w / Math.max(1, item.s.length);
  let from = 0;
  for (const m of item.s.matchAll(LEADER)) {
    if (m.index > from) out.push({ ...item, s: item.s.slice(from, m.index), x: item.x + from * perChar, w: (m.index - from) * perChar });
    from = m.index + m[0].length;
  }
  if (from < item.s.length) out.push({ ...item, s: item.s.slice(from), x: item.x + from * perChar, w: (item.s.length - from) * perChar });
  return out.filter((t) => t.s.trim() !== "");
}

/**
 * The page with each drop capital put back at the head of its paragraph: a
 * single capital two and a half times the size of the page's body text or
 * more, standing on the baseline of the last of the lines set beside it. The
 * letter goes at the start of the first line beside it, touching its first
 * word ("T" "his report"), and the lines beside it go back to the letter's
 * left edge, where the paragraph's other lines start.
 */
function withDropCapitals(items: PdfTextItem[]): PdfTextItem[] {
  const sizes = items.map((t) => t.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const capitals = items.filter((t) => /^[A-Z]$/.test(t.s.trim()) && t.size >= 2.5 * body);
  if (!capitals.length) return items;
  let out = items;
  for (const cap of capitals) {
    const beside = out.filter(
      (t) => t !== cap && t.y >= cap.y - 1 && t.y <= cap.y + cap.size && t.x >= cap.x + cap.w - 1 && t.x <= cap.x + cap.w + 2 * body,
    );
    const rows = [...new Set(beside.map((t) => t.y))].sort((a, b) => b - a);
    if (rows.length < 2) continue;
    const start = Math.min(...out.filter((t) => rows.includes(t.y) && t !== cap).map((t) => t.x));
    const width = 0.7 * out.find((t) => t.y === rows[0])!.size;
    out = out.flatMap((t) => {
      if (t === cap) return [];
      if (!rows.includes(t.y) || t.x < start - 1) return [t];
      const shifted = { ...t, x: t.x - start + cap.x + (t.y === rows[0] ? width : 0) };
      return t.y === rows[0] && t.x === start ? [{ ...t, s: cap.s.trim(), x: cap.x, w: width }, shifted] : [shifted];
    });
  }
  return out;
}

/**
 * The page without its line numbers (Word's line numbering): two or more
 * bare numbers set in the margin left of where the page's lines start, each
 * alone there on its baseline, growing down the page.
 */
function withoutLineNumbers(items: PdfTextItem[]): PdfTextItem[] {
  const starts = new Map<number, number>();
  for (const t of items) starts.set(Math.round(t.x), (starts.get(Math.round(t.x)) ?? 0) + 1);
  const left = [...starts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (left === undefined) return items;
  const numbers = items.filter((t) => /^\s*\d{1,4}\s*$/.test(t.s) && t.x + t.w < left - 0.5 * t.size).sort((a, b) => b.y - a.y);
  if (numbers.length < 2 || !numbers.every((t, i) => i === 0 || Number(t.s) > Number(numbers[i - 1].s))) return items;
  const drop = new Set(numbers);
  return items.filter((t) => !drop.has(t));
}

/** The page's lines, top to bottom; text that is not horizontal (watermarks, margins notes) or too small to read is left out. */
export function pageLines(page: PdfPageText, index: number): Line[] {
  const items = withDropCapitals(withoutLineNumbers(page.items))
    .flatMap(withoutLeaders)
    .map((t) => ({ ...t, s: plainChars(t.s) }))
    .filter((t) => t.s.trim() !== "" && Number.isFinite(t.x) && Number.isFinite(t.y) && t.size >= LEGIBLE);
  const { lines, markers } = groupByBaseline(items);
  return lines.filter((g) => g.some((t) => t.s.trim() !== "")).map((g) => toLine(g, index, markers));
}

const ORDINAL = /^(?:st|nd|rd|th)$/i;

/** Whether a space separates two neighbouring tokens, judged by the gap between them. */
function spaceBetween(a: Token, b: Token, size: number): boolean {
  if (/\s$/.test(a.text) || /^\s/.test(b.text)) return false;
  if (b.sup) return false;
  // A word drawn well inside the one before it was misplaced, not joined to it: dompdf justifies a line by moving its
  // words and leaves a run in another style where the unstretched line had it ("by" at 346.8–358.2, italic "The" at 348.7).
  return b.x - a.end > 0.15 * size || b.x - a.end < -0.25 * size;
}

/**
 * The line as text with the markup the report parser reads: a raised ordinal
 * joins its number ("9th"), a raised marker becomes `<sup>1</sup>`, and
 * italic runs are wrapped in `*…*` (how the text exports flag Ofsted extracts).
 */
export function renderTokens(tokens: Token[], size: number): string {
  let out = "";
  let italicOpen = false;
  let pendingSpace = false;
  tokens.forEach((t, i) => {
    // A raised run may carry the space after it ("th " in cairo's output): it is kept outside the markup.
    const raised = ORDINAL.test(t.text.trim()) ? t.text.trim() : `<sup>${t.text.trim()}</sup>`;
    const text = t.sup ? `${raised}${/\s$/.test(t.text) ? " " : ""}` : t.text;
    if (i > 0 && spaceBetween(tokens[i - 1], t, size)) pendingSpace = true;
    // A raised ordinal belongs to its number, whatever gap a justified line left before it (AbiWord's "31 " + "st").
    if (t.sup && ORDINAL.test(t.text.trim()) && /\d$/.test(out)) pendingSpace = false;
    const lead = /^\s/.test(text);
    const body = text.trim();
    if (lead && out !== "") pendingSpace = true;
    if (body === "") {
      if (out !== "") pendingSpace = true;
      return;
    }
    if (italicOpen && !t.italic) {
      out += "*";
      italicOpen = false;
    }
    if (pendingSpace) out += " ";
    pendingSpace = /\s$/.test(text);
    if (!italicOpen && t.italic && !t.sup) {
      out += "*";
      italicOpen = true;
    }
    out += body;
  });
  if (italicOpen) out += "*";
  return out;
}
