/**
 * A tagged PDF's table structure (Table, TR, TD in its structure tree) as a
 * hint for a table's rows, where the geometry cannot tell them: a table with
 * no borders and even line spacing, whose label wraps onto a second line.
 * The tags are believed only where they agree with the page, since nothing
 * obliges a producer to tag right (some tag everything as P, some get the
 * order wrong): every line of the table in tagged cells of one table, each
 * line's text on either side of the column in one cell, the label's cell
 * before the value's, the rows in order down the page and not interleaved,
 * and no row spanning a wider step than the lines of a cell. Otherwise the
 * rows come from geometry alone (tables.ts).
 */

interface TaggedLine {
  tokens: { cell?: string }[];
  y: number;
  size: number;
}

interface Cell {
  table: string;
  row: number;
  cell: number;
}

/** The one tagged cell all of a line's tokens are in, or null. */
function cellOf(line: TaggedLine): Cell | null {
  const key = line.tokens[0]?.cell;
  if (!key || line.tokens.some((t) => t.cell !== key)) return null;
  const [table, row, cell] = key.split(":");
  return { table, row: Number(row), cell: Number(cell) };
}

interface Placed<L> {
  line: L;
  side: 0 | 1;
  at: Cell;
}

/** Each row's label cell comes before its value cell, and each side of a row is one cell. */
function cellsAgree<L>(placed: Placed<L>[]): boolean {
  const sides = new Map<string, number>();
  for (const p of placed) {
    const key = `${p.at.row}:${p.side}`;
    if ((sides.get(key) ?? p.at.cell) !== p.at.cell) return false;
    sides.set(key, p.at.cell);
  }
  return placed.every((p) => p.side === 0 || (sides.get(`${p.at.row}:0`) ?? -1) < p.at.cell);
}

/** Rows in order down the page, a row's lines together, no wider step than a cell's lines inside one cell. */
function orderAgrees<L extends TaggedLine>(placed: Placed<L>[], pitch: number): boolean {
  const down = [...placed].sort((a, b) => b.line.y - a.line.y || a.side - b.side);
  for (let i = 1; i < down.length; i++) {
    const [a, b] = [down[i - 1], down[i]];
    if (b.at.row < a.at.row || (b.line.y === a.line.y && b.at.row !== a.at.row)) return false;
  }
  for (const side of [0, 1]) {
    const lines = down.filter((p) => p.side === side);
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      if (a.at.row === b.at.row && a.line.y - b.line.y > pitch + 0.15 * b.line.size) return false;
    }
  }
  return true;
}

/**
 * The table's rows as its tags have them, top first, or null when the lines
 * are not all tagged or the tags disagree with the page.
 */
export function tagRows<L extends TaggedLine>(left: L[], right: L[], pitch: number): { label: L[]; value: L[] }[] | null {
  const placed: Placed<L>[] = [];
  for (const [side, lines] of [left, right].entries()) {
    for (const line of lines) {
      const at = cellOf(line);
      if (!at) return null;
      placed.push({ line, side: side as 0 | 1, at });
    }
  }
  if (!placed.length || placed.some((p) => p.at.table !== placed[0].at.table)) return null;
  if (!cellsAgree(placed) || !orderAgrees(placed, pitch)) return null;
  const rows = new Map<number, { label: L[]; value: L[] }>();
  for (const p of [...placed].sort((a, b) => b.line.y - a.line.y)) {
    const row = rows.get(p.at.row) ?? rows.set(p.at.row, { label: [], value: [] }).get(p.at.row)!;
    (p.side === 0 ? row.label : row.value).push(p.line);
  }
  return [...rows.values()];
}
