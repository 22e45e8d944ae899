/**
 * Two-column tables (the report's metadata and ratings) found among a page's
 * lines and read back as label/value rows, however many lines a cell wraps
 * onto and whether its text is set at the top or the middle of the cell.
 * Rows are cut by drawn borders, else by a tagged PDF's rows where they agree
 * with the page (tags.ts), else by spacing, else by labels.
 */
import { renderTokens, type Line, type Token } from "./lines";
import { isVertical, rowBorders, type Rule } from "./rules";
import { tagRows } from "./tags";
import { joinWrapped } from "./words";

export interface TableRow {
  label: string;
  value: string;
}

/** A table's place among the page's lines: lines[start, end) are its rows' text. */
export interface TableSpan {
  start: number;
  end: number;
  rows: TableRow[];
  /** Where its values start, when they share a left edge. */
  valueX?: number;
  /** Where its labels start. */
  labelX: number;
}

const TOLERANCE = 3;

/**
 * Where a table's second column is: its cells' common left edge (a table
 * cell, a left tab stop), or their common right edge (a right tab stop: the
 * grades set flush with the margin, each starting somewhere else).
 */
interface Column {
  edge: "left" | "right";
  x: number;
}

/** Whether gap i of a line is tab-like: two em or more, and three times its other gaps (a justified line stretches all its spaces alike). */
function tabLike(gaps: Gaps, i: number, size: number): boolean {
  const gap = gaps.widths[i];
  if (gap < 2 * size) return false;
  // The median of the other gaps: the sorted gaps' middle, one further on when this gap sits at or before it.
  const middle = Math.floor((gaps.sorted.length - 1) / 2);
  const usual = gaps.sorted.length < 2 ? 0 : gaps.sorted[gaps.sorted.indexOf(gap) <= middle ? middle + 1 : middle];
  return gap >= 3 * usual;
}

interface Gaps {
  widths: number[];
  sorted: number[];
}

/** Each line's gaps between tokens, measured once: the search for columns asks for them again and again. */
const lineGaps = new WeakMap<Line, Gaps>();

function gapsOf(line: Line): Gaps {
  let gaps = lineGaps.get(line);
  if (!gaps) {
    const widths = line.tokens.slice(1).map((t, i) => t.x - line.tokens[i].end);
    gaps = { widths, sorted: [...widths].sort((a, b) => a - b) };
    lineGaps.set(line, gaps);
  }
  return gaps;
}

/** Index of the token after the line's last tab-like gap, or -1. */
function lastTabGap(line: Line): number {
  const gaps = gapsOf(line);
  for (let i = gaps.widths.length - 1; i >= 0; i--) if (tabLike(gaps, i, line.size)) return i + 1;
  return -1;
}

function clusters(found: number[]): number[] {
  const out: number[] = [];
  for (const x of found) {
    if (out.some((c) => Math.abs(c - x) <= TOLERANCE)) continue;
    if (found.filter((y) => Math.abs(y - x) <= TOLERANCE).length >= 2) out.push(x);
  }
  return out;
}

/** Second columns: where text resumes after a gap of two em or more, or where it so ends, on two lines or more. */
function secondColumns(lines: Line[]): Column[] {
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const line of lines) {
    const gaps = gapsOf(line);
    gaps.widths.forEach((_, i) => {
      if (tabLike(gaps, i, line.size)) lefts.push(line.tokens[i + 1].x);
    });
    if (lastTabGap(line) > 0) rights.push(line.end);
  }
  return [...clusters(lefts).map((x) => ({ edge: "left" as const, x })), ...clusters(rights).map((x) => ({ edge: "right" as const, x }))];
}

/** The line's tokens either side of a right-aligned column, or null when text runs across it. */
function splitAtRight(line: Line, column: number): { left: Token[]; right: Token[] } | null {
  const at = lastTabGap(line);
  if (at > 0 && Math.abs(line.end - column) <= TOLERANCE) return { left: line.tokens.slice(0, at), right: line.tokens.slice(at) };
  // A wrapped label stops short of the column; a paragraph runs on to the margin.
  if (line.end > column - 2 * line.size) return null;
  return { left: line.tokens, right: [] };
}

/** Whether a drawn vertical line (a cell's border) runs between x0 and x1 across the baseline y. */
function walled(walls: Rule[], x0: number, x1: number, y: number): boolean {
  return walls.some((r) => r.x0 >= x0 && r.x1 <= x1 && r.y0 < y && r.y1 > y);
}

/**
 * The line's tokens either side of the column, or null when text runs across
 * it. A gap narrower than a word space or so is a space between words, unless
 * a cell's border is drawn in it: a word processor sets a cell's text a few
 * points from its border, so a full label nearly touches its value.
 */
function splitAt(line: Line, column: Column, walls: Rule[] = []): { left: Token[]; right: Token[] } | null {
  if (column.edge === "right") return splitAtRight(line, column.x);
  const left = line.tokens.filter((t) => t.x < column.x - TOLERANCE);
  const right = line.tokens.filter((t) => t.x >= column.x - TOLERANCE);
  if (left.some((t) => t.end > column.x - TOLERANCE)) return null;
  if (
    left.length &&
    right.length &&
    right[0].x - left.at(-1)!.end < 0.8 * line.size &&
    !walled(walls, left.at(-1)!.end, right[0].x, line.y)
  )
    return null;
  return { left, right };
}

interface CellLine {
  tokens: Token[];
  y: number;
  size: number;
}

/** Whether a cell line's words are all bold (a heading row's, where the body's rows are not). */
function bold(line: CellLine): boolean {
  return line.tokens.every((t) => t.bold || !/[A-Za-z0-9]/.test(t.text));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

/**
 * The table's cell lines on one set of baselines. A label and its value set
 * in two fonts (MuPDF's bold labels, regular values) may sit a point or two
 * apart on the same row, and the line takes one of them as its baseline: a
 * line holding only a value then measures its step from the lines around it
 * by the other font's baseline, and evenly spaced rows look uneven. Each
 * one-sided line is moved by the offset its side has on the lines holding
 * both.
 */
function onOneBaseline(left: CellLine[], right: CellLine[]): void {
  const own = (l: CellLine) => (l.tokens.find((t) => !t.sup && /[A-Za-z0-9]/.test(t.text)) ?? l.tokens[0]).y;
  const shared = new Set(left.map((l) => l.y).filter((y) => right.some((r) => r.y === y)));
  for (const side of [left, right]) {
    const offset = median(side.filter((l) => shared.has(l.y)).map((l) => own(l) - l.y));
    if (offset === 0) continue;
    for (const l of side) if (!shared.has(l.y)) l.y = own(l) - offset;
  }
}

/**
 * The lines of one column cut into cells: a wider step between baselines
 * than the column's line spacing within a cell starts the next cell.
 */
function cells(lines: CellLine[], pitch: number): CellLine[][] {
  const out: CellLine[][] = [];
  for (const line of lines) {
    const current = out.at(-1);
    const previous = current?.at(-1);
    if (current && previous && previous.y - line.y <= pitch + 0.15 * line.size && bold(previous) === bold(line)) current.push(line);
    else out.push([line]);
  }
  return out;
}

/** A cell's lines joined as a paragraph's are: a hyphen at a line's end is kept, and the word goes on without a space. */
function cellText(cell: CellLine[]): string {
  return joinWrapped(cell.map((l) => renderTokens(l.tokens, l.size)))
    .replace(/\s+/g, " ")
    .trim();
}

/** Line spacing within a cell: the smallest baseline step in one column, or a usual 1.3 em when no cell wraps. */
function cellPitch(columns: CellLine[][], size: number): number {
  let pitch = Infinity;
  for (const col of columns) {
    for (let i = 1; i < col.length; i++) {
      const step = col[i - 1].y - col[i].y;
      // A heading row in bold is padded apart from the body's rows: its step says nothing of their spacing.
      if (step >= 0.9 * col[i].size && bold(col[i - 1]) === bold(col[i])) pitch = Math.min(pitch, step);
    }
  }
  return pitch < 1.6 * size ? pitch : 1.3 * size;
}

/** Rows from the two columns' cells: each value cell goes with the label cell it sits beside. */
function pairCells(labels: CellLine[][], values: CellLine[][]): TableRow[] {
  const span = (c: CellLine[]) => ({ top: c[0].y + c[0].size, bottom: c.at(-1)!.y - 0.3 * c.at(-1)!.size });
  const rows: { top: number; label: string; value: string[] }[] = labels.map((c) => ({ top: span(c).top, label: cellText(c), value: [] }));
  for (const v of values) {
    const s = span(v);
    let best = -1;
    let bestOverlap = 0;
    labels.forEach((c, i) => {
      const l = span(c);
      const overlap = Math.min(l.top, s.top) - Math.max(l.bottom, s.bottom);
      if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
    });
    if (best >= 0) rows[best].value.push(cellText(v));
    else rows.push({ top: s.top, label: "", value: [cellText(v)] });
  }
  return rows.sort((a, b) => b.top - a.top).map((r) => ({ label: r.label, value: r.value.join(" ") }));
}

/**
 * Whether the line after `start` is its value, beside it rather than below:
 * only second-column text, its baseline less than half a line lower. A
 * browser lays a line holding a raised run ("9th") out taller, so a value
 * cell's first line can sit a few points below its label's.
 */
function valueBeside(lines: Line[], start: number, column: Column): boolean {
  const [line, next] = [lines[start], lines[start + 1]];
  if (!next || line.page !== next.page || line.y - next.y >= 0.5 * line.size) return false;
  const split = splitAt(next, column);
  return split !== null && !split.left.length && split.right.length > 0;
}

interface Run {
  end: number;
  left: CellLine[];
  right: CellLine[];
  labelX: number;
}

/**
 * A table's run as it goes on at the top of a page after a break: its columns
 * are known from the page before, so one row in both columns shows it, and
 * its first line may be the rest of a label cut by the break.
 */
interface GoingOn {
  labelX: number;
}

/**
 * The run of lines from `start` that sit in two columns split at `column`, with at least two lines using both
 * (one, for a table going on from the page before).
 */
function tableRun(lines: Line[], start: number, column: Column, walls: Rule[], goingOn?: GoingOn): Run | null {
  const left: CellLine[] = [];
  const right: CellLine[] = [];
  let both = 0;
  let end = start;
  let leftEdge: number | null = goingOn?.labelX ?? null;
  let rightEdge: number | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (i > start && lines[i - 1].y - line.y > 3 * line.size) break;
    const split = splitAt(line, column, walls);
    if (!split) break;
    // A table starts on a line with text in its second column (or beside it), and its label cells share a left edge.
    if (i === start && !split.right.length && !goingOn && !valueBeside(lines, start, column)) break;
    // Labels set flush left share their left edge; set flush right (against a rule between the columns), their right.
    const labelEnd = split.left.at(-1)?.end;
    if (split.left.length && leftEdge !== null && Math.abs(split.left[0].x - leftEdge) > TOLERANCE) {
      if (rightEdge === null || Math.abs(labelEnd! - rightEdge) > TOLERANCE) break;
    }
    if (split.left.length) leftEdge ??= split.left[0].x;
    if (labelEnd !== undefined) rightEdge ??= labelEnd;
    if (split.left.length && split.right.length) both++;
    else if (split.right.length && column.edge === "left" && Math.abs(split.right[0].x - column.x) > TOLERANCE) break;
    if (split.left.length) left.push({ tokens: split.left, y: line.y, size: line.size });
    if (split.right.length) right.push({ tokens: split.right, y: line.y, size: line.size });
    end = i + 1;
  }
  return both >= (goingOn ? 1 : 2) && leftEdge !== null ? { end, left, right, labelX: leftEdge } : null;
}

/**
 * Rows cut by the table's drawn borders: every line between two borders is
 * in one row, whatever the spacing of its lines (Word's cells have none).
 */
function rowsBetweenBorders(left: CellLine[], right: CellLine[], borders: number[]): TableRow[] {
  const band = (l: CellLine) => borders.filter((y) => y > l.y).length;
  const rows = new Map<number, { label: CellLine[]; value: CellLine[] }>();
  const row = (k: number) => rows.get(k) ?? rows.set(k, { label: [], value: [] }).get(k)!;
  for (const l of left) row(band(l)).label.push(l);
  for (const l of right) row(band(l)).value.push(l);
  return [...rows.keys()].sort((a, b) => a - b).map((k) => ({ label: cellText(rows.get(k)!.label), value: cellText(rows.get(k)!.value) }));
}

/**
 * Whether a label line with no value beside it is the rest of the row above's
 * label: that row's value is set at the top of its cell, on its label's first
 * line, and this line is in the weight of the label above it (a bold heading
 * row starts a row of its own) and no paragraph's number. A label wrapped in a
 * cell set at the top leaves its second line alone, as the next row's label would be.
 */
function wrappedUnderValue(row: { label: CellLine[]; value: CellLine[] }, line: CellLine, valued: Set<number>): boolean {
  const [first, last] = [row.label[0], row.label.at(-1)];
  return (
    !valued.has(line.y) &&
    first !== undefined &&
    last !== undefined &&
    row.value[0]?.y === first.y &&
    bold(last) === bold(line) &&
    !PARAGRAPH_NUMBER.test(cellText([line]))
  );
}

/**
 * A paragraph's number alone ("4.4"), a row of its own: no label wraps onto
 * such a line (a producer that sets numbered paragraphs as a table, and lets a
 * row break across a page, leaves the number with no text beside it).
 */
const PARAGRAPH_NUMBER = /^\d{1,2}\.\d{1,3}\.?$/;

/**
 * Rows of a table whose lines are all evenly spaced (no border, no cell
 * padding, no space between rows: tab stops, or a table drawn without
 * lines): spacing cannot tell rows apart, so each line with a label starts
 * one, and a line with only a value goes on with the row above it.
 */
function rowsByLabel(left: CellLine[], right: CellLine[]): TableRow[] {
  const lines = [...left.map((l) => ({ l, side: 0 })), ...right.map((l) => ({ l, side: 1 }))].sort(
    (a, b) => b.l.y - a.l.y || a.side - b.side,
  );
  const valued = new Set(right.map((l) => l.y));
  const rows: { label: CellLine[]; value: CellLine[] }[] = [];
  for (const { l, side } of lines) {
    const current = rows.at(-1);
    if (side === 0 && current && wrappedUnderValue(current, l, valued)) current.label.push(l);
    else if (side === 0 && !(current && current.label.at(-1)?.y === l.y)) rows.push({ label: [l], value: [] });
    else if (!current) rows.push({ label: [], value: [l] });
    else (side === 0 ? current.label : current.value).push(l);
  }
  return rows.map((r) => ({ label: cellText(r.label), value: cellText(r.value) }));
}

/** Whether the table's lines step down evenly, by no more than a cell's line spacing (a step to or from a bold heading row aside). */
function evenlySpaced(left: CellLine[], right: CellLine[], pitch: number): boolean {
  const byY = new Map<number, CellLine>();
  for (const l of [...right, ...left]) byY.set(l.y, l);
  const lines = [...byY.values()].sort((a, b) => b.y - a.y);
  return lines.every((l, i) => i === 0 || lines[i - 1].y - l.y <= pitch + 0.15 * l.size || bold(lines[i - 1]) !== bold(l));
}

function tableRows(lines: Line[], start: number, run: Run, column: Column, rules: Rule[]): TableRow[] {
  const first = lines[start];
  const last = lines[run.end - 1];
  const at = column.edge === "left" ? column.x : Math.min(...run.right.map((l) => l.tokens[0].x));
  const borders = rowBorders(rules, at, last.y - 2 * last.size, first.y + 2 * first.size);
  // Rules only above and below the table (a frame, booktabs' top and bottom rules) part it from the page, not its rows from each other.
  if (borders.length >= 2 && borders.some((y) => y < first.y && y > last.y)) return rowsBetweenBorders(run.left, run.right, borders);
  const pitch = cellPitch([run.left, run.right], first.size);
  // Where the borders do not say, a tagged PDF's rows do, if they agree with the page.
  const tagged = tagRows(run.left, run.right, pitch);
  if (tagged) return tagged.map((r) => ({ label: cellText(r.label), value: cellText(r.value) }));
  if (evenlySpaced(run.left, run.right, pitch)) return rowsByLabel(run.left, run.right);
  return pairCells(cells(run.left, pitch), cells(run.right, pitch));
}

/**
 * Second columns where a drawn line runs down between two columns of text on
 * two lines or more (a table ruled between its labels and values only): where
 * the text right of the line starts, however close to it the labels come.
 */
function ruledColumns(lines: Line[], walls: Rule[]): Column[] {
  const found: number[] = [];
  for (const wall of walls) {
    const starts = lines
      .filter((l) => l.y > wall.y0 && l.y < wall.y1 && l.tokens.some((t) => t.end <= wall.x0 + 1))
      .map((l) => l.tokens.find((t) => t.x >= wall.x1 - 1 && t.x <= wall.x1 + 2 * l.size)?.x)
      .filter((x): x is number => x !== undefined);
    found.push(...starts);
  }
  return clusters(found).map((x) => ({ edge: "left" as const, x }));
}

/** Every two-column table on a page, as spans of its lines with their rows; `rules` are the page's drawn lines. */
export function findTables(lines: Line[], rules: Rule[] = []): TableSpan[] {
  const walls = rules.filter(isVertical);
  const gapped = secondColumns(lines);
  const columns = [...gapped, ...ruledColumns(lines, walls).filter((c) => !gapped.some((o) => Math.abs(o.x - c.x) <= TOLERANCE))];
  const spans: TableSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (const column of columns) {
      const run = tableRun(lines, i, column, walls);
      if (!run) continue;
      onOneBaseline(run.left, run.right);
      spans.push({
        start: i,
        end: run.end,
        rows: tableRows(lines, i, run, column, rules),
        labelX: run.labelX,
        ...(column.edge === "left" ? { valueX: column.x } : {}),
      });
      i = run.end - 1;
      break;
    }
  }
  return spans;
}

/**
 * The rest of a table that a page break cut, from line `start` of the next
 * page, in the columns it had above the break: its labels at `labelX`, its
 * values at `valueX`. A page that holds only a row or two of it cannot show
 * its second column on two lines as findTables asks (a label that nearly
 * fills its cell leaves only a word space before its value), so the page
 * before says where the columns are. Its first row may be a label's rest,
 * with no value.
 */
export function tableGoingOn(
  lines: Line[],
  start: number,
  columns: { labelX: number; valueX: number },
  rules: Rule[] = [],
): TableSpan | null {
  const column: Column = { edge: "left", x: columns.valueX };
  const run = tableRun(lines, start, column, rules.filter(isVertical), { labelX: columns.labelX });
  if (!run) return null;
  onOneBaseline(run.left, run.right);
  return { start, end: run.end, rows: tableRows(lines, start, run, column, rules), labelX: run.labelX, valueX: columns.valueX };
}
