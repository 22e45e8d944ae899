/**
 * Tables of four columns ruled into rows, two label/value pairs a row ("Date
 * of Inspection | … | Date of Joint Report | …"), read as label/value rows,
 * pair by pair. Their cells are set in the middle of their rows, label and
 * value in two typefaces at two baselines, so lines cannot be cut into rows
 * and columns as tables.ts does for two columns: the drawn rules across the
 * table say where each row is, and the left edges its cells share in two
 * rows or more where each column is.
 */
import { renderTokens, type Line, type Token } from "./lines";
import type { Rule } from "./rules";
import type { TableRow, TableSpan } from "./tables";
import { joinWrapped } from "./words";

const TOLERANCE = 3;
/** Shorter than this, a rule is a cell's, not the table's. */
const MIN_WIDTH = 200;
/** Taller than this, two rules do not bound one row. */
const MAX_ROW = 150;

/** The heights of the long horizontal rules that share their ends, by the ends they share, each height once, top first. */
function ruledRows(rules: Rule[]): number[][] {
  const groups: { x0: number; x1: number; ys: number[] }[] = [];
  for (const r of rules) {
    if (r.y1 - r.y0 > 3 || r.x1 - r.x0 < MIN_WIDTH) continue;
    const group = groups.find((g) => Math.abs(g.x0 - r.x0) <= TOLERANCE && Math.abs(g.x1 - r.x1) <= TOLERANCE);
    const y = (r.y0 + r.y1) / 2;
    if (!group) groups.push({ x0: r.x0, x1: r.x1, ys: [y] });
    else if (!group.ys.some((h) => Math.abs(h - y) <= 1)) group.ys.push(y);
  }
  return groups.map((g) => g.ys.sort((a, b) => b - a)).filter((ys) => ys.length >= 3);
}

/** A token's baseline for finding its row: a raised run's is its line's. */
const baseline = (t: Token, line: Line) => (t.sup ? line.y : t.y);

/** Where the cells start: left edges of runs with no run just before them on their baseline, shared by two rows or more. */
function columnsOf(cellStarts: { x: number; row: number }[]): number[] {
  const out: number[] = [];
  for (const { x } of [...cellStarts].sort((a, b) => a.x - b.x)) {
    if (out.some((c) => Math.abs(c - x) <= TOLERANCE)) continue;
    const rows = new Set(cellStarts.filter((s) => Math.abs(s.x - x) <= TOLERANCE).map((s) => s.row));
    if (rows.size >= 2) out.push(x);
  }
  return out;
}

/** One ruled table from its rows' rules (top first): its span of lines and its label/value rows, or null. */
function gridAt(lines: Line[], ys: number[]): TableSpan | null {
  const inside = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.y < ys[0] && l.y > ys.at(-1)!);
  if (inside.length < 2) return null;
  const [start, end] = [inside[0].i, inside.at(-1)!.i + 1];
  if (end - start !== inside.length) return null;
  const rowOf = (y: number) => ys.findIndex((top, k) => k + 1 < ys.length && y < top && y > ys[k + 1]);
  const starts: { x: number; row: number }[] = [];
  for (const { l } of inside) {
    l.tokens.forEach((t, k) => {
      const before = l.tokens[k - 1];
      // A list's bullet and the item after it are not cells: a run of no letter or digit neither starts one nor parts one.
      if (t.sup || !/[A-Za-z0-9]/.test(t.text) || (before && !/[A-Za-z0-9]/.test(before.text))) return;
      if (!before || t.x - before.end > 1.5 * l.size) starts.push({ x: t.x, row: rowOf(baseline(t, l)) });
    });
  }
  const columns = columnsOf(starts);
  if (columns.length !== 4) return null;
  const columnOf = (x: number) => columns.findLastIndex((c) => c <= x + TOLERANCE);
  const cells = new Map<string, string[]>();
  for (const { l } of inside) {
    const parts = new Map<string, Token[]>();
    for (const t of l.tokens) {
      // A word in the smaller type of the labels, a point or two above a value's baseline, is no raised run: a
      // raised run is an ordinal's or a note's few letters.
      const own = t.sup && t.text.trim().length > 3 ? { ...t, sup: false } : t;
      const key = `${rowOf(own.sup ? l.y : own.y)}:${Math.max(0, columnOf(own.x))}`;
      parts.set(key, [...(parts.get(key) ?? []), own]);
    }
    for (const [key, tokens] of parts) cells.set(key, [...(cells.get(key) ?? []), renderTokens(tokens, l.size)]);
  }
  const text = (row: number, column: number) =>
    joinWrapped(cells.get(`${row}:${column}`) ?? [])
      .replace(/\s+/g, " ")
      .trim();
  const rows: TableRow[] = [];
  for (let row = 0; row + 1 < ys.length; row++) {
    for (const pair of [0, 2]) {
      const [label, value] = [text(row, pair), text(row, pair + 1)];
      if (label || value) rows.push({ label, value });
    }
  }
  if (rows.filter((r) => r.label && r.value).length < 2) return null;
  return { start, end, rows, labelX: columns[0] };
}

/** The page's four-column tables ruled into rows, as spans of its lines with their label/value rows. */
export function gridTables(lines: Line[], rules: Rule[]): TableSpan[] {
  const spans: TableSpan[] = [];
  for (const ys of ruledRows(rules)) {
    // A run of rows: rules no further apart than a row can be tall.
    let from = 0;
    for (let k = 1; k <= ys.length; k++) {
      if (k < ys.length && ys[k - 1] - ys[k] <= MAX_ROW) continue;
      const grid = k - from >= 3 ? gridAt(lines, ys.slice(from, k)) : null;
      if (grid && !spans.some((s) => s.start < grid.end && grid.start < s.end)) spans.push(grid);
      from = k;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
