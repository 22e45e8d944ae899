/**
 * Two-column tables (the report's metadata and ratings) found among a page's
 * lines and read back as label/value rows, however many lines a cell wraps
 * onto and whether its text is set at the top or the middle of the cell.
 */
import { renderTokens, type Line, type Token } from "./lines";
import { rowBorders, type Rule } from "./rules";

export interface TableRow {
  label: string;
  value: string;
}

/** A table's place among the page's lines: lines[start, end) are its rows' text. */
export interface TableSpan {
  start: number;
  end: number;
  rows: TableRow[];
}

const TOLERANCE = 3;

/** Left edges of a second column: where text resumes after a gap of two em or more, on two lines or more. */
function secondColumns(lines: Line[]): number[] {
  const found: number[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.tokens.length; i++) {
      const gap = line.tokens[i].x - line.tokens[i - 1].end;
      if (gap >= 2 * line.size) found.push(line.tokens[i].x);
    }
  }
  const columns: number[] = [];
  for (const x of found) {
    if (columns.some((c) => Math.abs(c - x) <= TOLERANCE)) continue;
    if (found.filter((y) => Math.abs(y - x) <= TOLERANCE).length >= 2) columns.push(x);
  }
  return columns;
}

/** The line's tokens either side of the column edge, or null when text runs across it. */
function splitAt(line: Line, column: number): { left: Token[]; right: Token[] } | null {
  const left = line.tokens.filter((t) => t.x < column - TOLERANCE);
  const right = line.tokens.filter((t) => t.x >= column - TOLERANCE);
  if (left.some((t) => t.end > column - TOLERANCE)) return null;
  if (left.length && right.length && right[0].x - left.at(-1)!.end < 0.8 * line.size) return null;
  return { left, right };
}

interface CellLine {
  tokens: Token[];
  y: number;
  size: number;
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
    if (current && previous && previous.y - line.y <= pitch + 0.15 * line.size) current.push(line);
    else out.push([line]);
  }
  return out;
}

function cellText(cell: CellLine[]): string {
  return cell
    .map((l) => renderTokens(l.tokens, l.size))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Line spacing within a cell: the smallest baseline step in one column, or a usual 1.3 em when no cell wraps. */
function cellPitch(columns: CellLine[][], size: number): number {
  let pitch = Infinity;
  for (const col of columns) {
    for (let i = 1; i < col.length; i++) {
      const step = col[i - 1].y - col[i].y;
      if (step >= 0.9 * col[i].size) pitch = Math.min(pitch, step);
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

/** The run of lines from `start` that sit in two columns split at `column`, with at least two lines using both. */
function tableRun(lines: Line[], start: number, column: number): { end: number; left: CellLine[]; right: CellLine[] } | null {
  const left: CellLine[] = [];
  const right: CellLine[] = [];
  let both = 0;
  let end = start;
  let leftEdge: number | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (i > start && lines[i - 1].y - line.y > 3 * line.size) break;
    const split = splitAt(line, column);
    if (!split) break;
    // A table starts on a line with text in its second column, and its label cells share a left edge.
    if (i === start && !split.right.length) break;
    if (split.left.length && leftEdge !== null && Math.abs(split.left[0].x - leftEdge) > TOLERANCE) break;
    if (split.left.length) leftEdge ??= split.left[0].x;
    if (split.left.length && split.right.length) both++;
    else if (split.right.length && Math.abs(split.right[0].x - column) > TOLERANCE) break;
    if (split.left.length) left.push({ tokens: split.left, y: line.y, size: line.size });
    if (split.right.length) right.push({ tokens: split.right, y: line.y, size: line.size });
    end = i + 1;
  }
  return both >= 2 ? { end, left, right } : null;
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

function tableRows(lines: Line[], start: number, run: NonNullable<ReturnType<typeof tableRun>>, column: number, rules: Rule[]): TableRow[] {
  const first = lines[start];
  const last = lines[run.end - 1];
  const borders = rowBorders(rules, column, last.y - 2 * last.size, first.y + 2 * first.size);
  if (borders.length >= 2) return rowsBetweenBorders(run.left, run.right, borders);
  const pitch = cellPitch([run.left, run.right], first.size);
  return pairCells(cells(run.left, pitch), cells(run.right, pitch));
}

/** Every two-column table on a page, as spans of its lines with their rows; `rules` are the page's drawn lines. */
export function findTables(lines: Line[], rules: Rule[] = []): TableSpan[] {
  const columns = secondColumns(lines);
  const spans: TableSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (const column of columns) {
      const run = tableRun(lines, i, column);
      if (!run) continue;
      spans.push({ start: i, end: run.end, rows: tableRows(lines, i, run, column, rules) });
      i = run.end - 1;
      break;
    }
  }
  return spans;
}
