/**
 * Pages set in two columns of running text (newspaper style) read as two
 * pages: what is above the columns and the left column, then the right
 * column and what is below. A paragraph running from the foot of the left
 * column to the head of the right is then joined as one broken by a page.
 *
 * Told from a two-column table by three things: the columns are filled to
 * their width on most lines (a table's labels are ragged), no drawn line runs
 * down the gap between them, and they go on for many lines; in a tagged PDF,
 * its tags may also say they are a table's cells.
 */
import type { PdfPageText, PdfTextItem } from "./lines";
import { isVertical, type Rule } from "./rules";

/** Fewer lines than this side by side is a table or a caption, not columns. */
const MIN_LINES = 8;

interface Row {
  y: number;
  items: PdfTextItem[];
}

function rowsOf(items: PdfTextItem[]): Row[] {
  const rows: Row[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y)) {
    const last = rows.at(-1);
    if (last && Math.abs(last.y - item.y) <= 0.25 * item.size) last.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows;
}

/** The longest run of rows none of whose text crosses `centre`, nor sits in a table's ruled cells. */
function openRun(rows: Row[], centre: number, rules: Rule[]): { from: number; to: number } {
  const ruled = rules.filter(isVertical);
  let best = { from: 0, to: 0 };
  let from = 0;
  rows.forEach((row, i) => {
    if (row.items.some((t) => t.x < centre && t.x + t.w > centre) || ruled.some((r) => r.y0 <= row.y && r.y1 >= row.y)) from = i + 1;
    else if (i + 1 - from > best.to - best.from) best = { from, to: i + 1 };
  });
  return best;
}

/**
 * Share of rows whose text on that side reaches within two em of the side's
 * right edge: the end most rows reach, so that a page number or a running
 * header further out does not count as the edge.
 */
function filled(rows: PdfTextItem[][]): number {
  const ends = rows.filter((r) => r.length).map((r) => ({ end: Math.max(...r.map((t) => t.x + t.w)), size: r[0].size }));
  if (ends.length < 3) return 0;
  const edge = ends.map((e) => e.end).sort((a, b) => a - b)[Math.floor(0.8 * (ends.length - 1))];
  return ends.filter((e) => e.end >= edge - 2 * e.size).length / ends.length;
}

/** A side's margin: where its rows of body-sized text start furthest left (a running header in smaller type does not count). */
function margin(rows: PdfTextItem[][], bodySize: number): number {
  const starts = rows.filter((r) => r.length && r[0].size >= 0.9 * bodySize).map((r) => Math.min(...r.map((t) => t.x)));
  return starts.length ? Math.min(...starts) : 0;
}

/**
 * Whether a tagged PDF says the rows side by side are a table's: on most rows
 * with text on both sides, each side is in one tagged cell of one and the
 * same row. A hint only (see tags.ts): shuffled tags do not agree, and
 * without tags the page is judged by its geometry.
 */
function taggedAsTable(lefts: PdfTextItem[][], rights: PdfTextItem[][]): boolean {
  const rowOf = (items: PdfTextItem[]) => {
    const rows = new Set(items.map((t) => t.cell?.replace(/:\d+$/, "")));
    return rows.size === 1 ? [...rows][0] : undefined;
  };
  const both = lefts.map((l, i) => [l, rights[i]]).filter(([l, r]) => l.length && r.length);
  const agree = both.filter(([l, r]) => rowOf(l) !== undefined && rowOf(l) === rowOf(r)).length;
  return agree >= 2 && agree >= (2 / 3) * both.length;
}

function ruledGap(rules: Rule[], left: number, right: number, top: number, bottom: number): boolean {
  return rules.some((r) => isVertical(r) && r.x0 >= left - 2 && r.x1 <= right + 2 && r.y1 > bottom && r.y0 < top);
}

/** Whether a row is a heading (type a tenth larger than the body's) with text on one side of the centre only. */
function headingOnOneSide(row: Row, centre: number, bodySize: number): boolean {
  const oneSide = row.items.every((t) => t.x + t.w <= centre) || row.items.every((t) => t.x >= centre);
  return oneSide && row.items.every((t) => t.size >= 1.1 * bodySize);
}

/** The page as one page, or as two when part of it is set in two columns of running text. */
export function flowColumns(page: PdfPageText): PdfPageText[] {
  const items = page.items.filter((t) => t.s.trim() !== "");
  if (items.length < 2 * MIN_LINES) return [page];
  const leftEdge = Math.min(...items.map((t) => t.x));
  const rightEdge = Math.max(...items.map((t) => t.x + t.w));
  const centre = (leftEdge + rightEdge) / 2;
  const rows = rowsOf(items);
  const run = openRun(rows, centre, page.rules ?? []);
  const sizes = items.map((t) => t.size).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)];
  // A heading under both columns, on one side only (the next section's, across the page on its shading), ends them.
  while (run.to - run.from > MIN_LINES && headingOnOneSide(rows[run.to - 1], centre, bodySize)) run.to--;
  const inRun = rows.slice(run.from, run.to);
  // Only rows of body text count: a running header in smaller type above a short borderless table made it eight rows.
  if (inRun.filter((r) => r.items.some((t) => t.size >= 0.9 * bodySize)).length < MIN_LINES) return [page];
  const lefts = inRun.map((r) => r.items.filter((t) => t.x + t.w <= centre));
  const rights = inRun.map((r) => r.items.filter((t) => t.x >= centre));
  const gapLeft = Math.max(...lefts.flat().map((t) => t.x + t.w));
  const gapRight = Math.min(...rights.flat().map((t) => t.x));
  const top = inRun[0].y + inRun[0].items[0].size;
  const bottom = inRun.at(-1)!.y;
  if (filled(lefts) < 0.5 || filled(rights) < 0.5) return [page];
  if (ruledGap(page.rules ?? [], gapLeft, gapRight, top, bottom) || taggedAsTable(lefts, rights)) return [page];
  const above = rows.slice(0, run.from).flatMap((r) => r.items);
  const below = rows.slice(run.to).flatMap((r) => r.items);
  // The right column is moved onto the left one's margin, so that indents (list items, a paragraph going on) measure alike.
  const shift = margin(lefts, bodySize) - margin(rights, bodySize);
  return [
    { ...page, items: [...above, ...lefts.flat()] },
    { ...page, items: [...rights.flat().map((t) => ({ ...t, x: t.x + shift })), ...below] },
  ];
}
