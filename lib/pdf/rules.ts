/**
 * Ruling lines: the borders a producer draws around table cells. Word tables
 * have no padding above or below a cell's text, so the step from one row's
 * last line to the next row's first is the same as a line step inside a
 * wrapped cell; only the border between them tells rows apart.
 */

/** An axis-aligned line (or thin filled rectangle) in page space, points, y up; x0 ≤ x1, y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Thicker than this, a filled rectangle is a shaded area, not a line. */
const MAX_THICKNESS = 3;
/** Shorter than this, a mark is an underline of a glyph or a bullet, not a border. */
const MIN_LENGTH = 8;

function isHorizontal(r: Rule): boolean {
  return r.y1 - r.y0 <= MAX_THICKNESS && r.x1 - r.x0 >= MIN_LENGTH;
}

export function isVertical(r: Rule): boolean {
  return r.x1 - r.x0 <= MAX_THICKNESS && r.y1 - r.y0 >= MIN_LENGTH;
}

/**
 * The heights of horizontal rules that cross `at` (a column edge, with room
 * either side) between `bottom` and `top`, top first, one per border
 * however many strokes draw it.
 */
export function rowBorders(rules: Rule[], at: number, bottom: number, top: number): number[] {
  const ys = rules
    .filter((r) => isHorizontal(r) && r.x0 < at - 4 && r.x1 > at + 4)
    .map((r) => (r.y0 + r.y1) / 2)
    .filter((y) => y >= bottom && y <= top)
    .sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of ys) if (!out.length || out.at(-1)! - y > 1.5) out.push(y);
  return out;
}
