/**
 * A tagged PDF's table structure is a hint for rows the geometry cannot
 * tell apart, and wrong tags (all P, shuffled, rows out of order) are not
 * believed: reading then comes from the geometry alone.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../report/parse-report";
import { layoutText } from "./layout";
import { pageLines, type PdfPageText, type PdfTextItem } from "./lines";
import { readPdfPages } from "./read-pdf";
import { findTables } from "./tables";

const ROOT = path.join(import.meta.dirname, "..", "..");
// Reading a PDF and laying it out several times over: seconds on a busy machine.
const SLOW = 120_000;

const item = (s: string, x: number, y: number, cell?: string): PdfTextItem => ({
  s,
  x,
  y,
  w: s.length * 5.5,
  size: 11,
  font: "X+Arial",
  ...(cell ? { cell } : {}),
});

/** A Word table's rows with no borders drawn: a wrapped label is spaced like the next row's. */
function borderless(cells: (string | undefined)[]): PdfPageText {
  const runs: [string, number, number][] = [
    ["Commissioning PCT", 76.4, 686.9],
    ["NHS Barnet (North Central London PCT", 303.2, 686.9],
    ["cluster)", 303.2, 674.3],
    ["Provider Services", 76.4, 661.1],
    ["Central London Community Health NHS", 303.2, 661.1],
    ["Included:", 76.4, 648.5],
    ["Trust", 303.2, 648.5],
  ];
  return { width: 595, height: 842, items: runs.map(([s, x, y], i) => item(s, x, y, cells[i])) };
}

const rowsOf = (page: PdfPageText) => findTables(pageLines(page, 0)).flatMap((t) => t.rows);

const RIGHT = ["0:0:0", "0:0:1", "0:0:1", "0:1:0", "0:1:1", "0:1:0", "0:1:1"];
const TWO_ROWS = [
  { label: "Commissioning PCT", value: "NHS Barnet (North Central London PCT cluster)" },
  { label: "Provider Services Included:", value: "Central London Community Health NHS Trust" },
];

describe("tagged table rows, on a table without borders", () => {
  it("geometry alone takes the wrapped label's second line for a row of its own", () => {
    expect(rowsOf(borderless([]))).toHaveLength(3);
  });

  it("the tags settle it", () => {
    expect(rowsOf(borderless(RIGHT))).toEqual(TWO_ROWS);
  });

  it("tags that disagree with the page are not believed", () => {
    const geometry = rowsOf(borderless([]));
    // rows out of order down the page
    expect(rowsOf(borderless(["0:1:0", "0:1:1", "0:1:1", "0:0:0", "0:0:1", "0:0:0", "0:0:1"]))).toEqual(geometry);
    // a label in the value's cell
    expect(rowsOf(borderless(["0:0:1", "0:0:1", "0:0:1", "0:1:0", "0:1:1", "0:1:0", "0:1:1"]))).toEqual(geometry);
    // one line untagged
    expect(rowsOf(borderless(RIGHT.map((c, i) => (i === 2 ? undefined : c))))).toEqual(geometry);
    // cells of two tables
    expect(rowsOf(borderless(RIGHT.map((c, i) => (i > 3 ? `1${c.slice(1)}` : c))))).toEqual(geometry);
  });
});

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(values: T[], seed: number): T[] {
  const out = [...values];
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const withoutRules = (pages: PdfPageText[]) => pages.map((p) => ({ ...p, rules: [] }));
/** As a producer that tags every block as P would have it: no table cells. */
const allP = (pages: PdfPageText[]) => pages.map((p) => ({ ...p, items: p.items.map(({ cell: _, ...t }) => t) }));
/** Each page's cell tags dealt out again at random among its tagged runs. */
function shuffledTags(pages: PdfPageText[], seed: number): PdfPageText[] {
  return pages.map((p, n) => {
    const cells = shuffled(
      p.items.flatMap((t) => (t.cell ? [t.cell] : [])),
      seed + n,
    );
    let k = 0;
    return { ...p, items: p.items.map((t) => (t.cell ? { ...t, cell: cells[k++] } : t)) };
  });
}

for (const [set, name] of [
  ["tuned", "barnet"],
  ["tuned", "dudley"],
  ["tuned", "synthetic-1"],
  ["frozen", "synthetic-4"],
  ["frozen", "synthetic-5"],
]) {
  describe(`the tagged export of ${name} (${set})`, () => {
    const file = path.join(ROOT, "test", "fixtures", "pdf-corpus", set, `${name}.word-tagged.pdf`);
    const own = path.join(ROOT, "test", "fixtures", "pdf-corpus", set, `${name}.txt`);
    const fallback = name.startsWith("synthetic")
      ? path.join(ROOT, "test", "fixtures", "pdf", `${name}.txt`)
      : path.join(ROOT, "seed", "reports", `${name}.txt`);
    const text = fs.readFileSync(fs.existsSync(own) ? own : fallback, "utf8");
    const expected = parseReport(text);
    let pages: PdfPageText[] = [];
    beforeAll(async () => {
      const read = await readPdfPages(fs.readFileSync(file));
      if (!read.ok) throw new Error(read.error);
      pages = read.pages;
    }, SLOW);

    it("has its runs tagged with table cells", () => {
      expect(pages.flatMap((p) => p.items).filter((t) => t.cell).length).toBeGreaterThan(20);
    });

    it("reads field for field with its borders hidden: the tags give the rows", { timeout: SLOW }, () => {
      expect(parseReport(layoutText(withoutRules(pages)))).toEqual(expected);
      // Without them, Word's cells set at the top read by geometry too for Barnet, Dudley and synthetic-4 since a label
      // wrapped under its value goes with that row (tables.ts, wrappedUnderValue); the table above shows what tags settle.
    });

    it("reads field for field with its tags wrong (all P, or shuffled), from its geometry", { timeout: SLOW }, () => {
      const geometry = layoutText(withoutRules(allP(pages)));
      for (const seed of [1, 2, 3]) {
        expect(parseReport(layoutText(shuffledTags(pages, seed)))).toEqual(expected);
        expect(layoutText(withoutRules(shuffledTags(pages, seed)))).toBe(geometry);
      }
      expect(parseReport(layoutText(allP(pages)))).toEqual(expected);
    });
  });
}
