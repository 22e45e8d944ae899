import { describe, expect, it } from "vitest";
import { flowColumns } from "./columns";
import type { PdfPageText, PdfTextItem } from "./lines";
import { rowBorders } from "./rules";
import { findTables } from "./tables";
import { pageLines } from "./lines";

const item = (s: string, x: number, y: number, w = s.length * 5.5, size = 11): PdfTextItem => ({ s, x, y, w, size, font: "X+Arial" });

describe("rowBorders", () => {
  it("keeps the horizontal rules across a column edge, once each, top first", () => {
    const rules = [
      { x0: 71, y0: 724, x1: 524, y1: 724 },
      { x0: 71, y0: 659.2, x1: 524, y1: 659.6 }, // a thin filled rectangle
      { x0: 71, y0: 659, x1: 524, y1: 659 }, // the same border drawn twice
      { x0: 71, y0: 690, x1: 200, y1: 690 }, // stops short of the column edge
      { x0: 298, y0: 581, x1: 298, y1: 724 }, // vertical
      { x0: 71, y0: 500, x1: 524, y1: 520 }, // a shaded box, not a line
    ];
    expect(rowBorders(rules, 303, 600, 730).map((y) => Math.round(y * 10) / 10)).toEqual([724, 659.4]);
  });
});

describe("findTables", () => {
  it("cuts a Word table into rows at its borders when its rows are as tight as its lines", () => {
    const page: PdfPageText = {
      width: 595,
      height: 842,
      items: [
        item("Commissioning PCT", 76.4, 686.9),
        item("NHS Barnet (North Central London PCT", 303.2, 686.9),
        item("cluster)", 303.2, 674.3),
        item("Provider Services", 76.4, 661.1),
        item("Central London Community Health NHS", 303.2, 661.1),
        item("Included:", 76.4, 648.5),
        item("Trust", 303.2, 648.5),
      ],
    };
    const rules = [697, 672, 635].map((y) => ({ x0: 71, y0: y, x1: 524, y1: y }));
    const lines = pageLines(page, 0);
    // Without its borders, a label wrapped like its value cannot be told from the next row's.
    expect(findTables(lines).flatMap((t) => t.rows)).toHaveLength(3);
    expect(findTables(lines, rules).flatMap((t) => t.rows)).toEqual([
      { label: "Commissioning PCT", value: "NHS Barnet (North Central London PCT cluster)" },
      { label: "Provider Services Included:", value: "Central London Community Health NHS Trust" },
    ]);
  });

  it("reads grades set flush right on a right tab stop", () => {
    const grades = ["Good", "Adequate", "Outstanding"];
    const items = grades.flatMap((g, i) => [
      item(`Judgement number ${i + 1}`, 72, 700 - 14 * i),
      item(g, 520 - g.length * 5.5, 700 - 14 * i),
    ]);
    const rows = findTables(pageLines({ width: 595, height: 842, items }, 0)).flatMap((t) => t.rows);
    expect(rows).toEqual(grades.map((g, i) => ({ label: `Judgement number ${i + 1}`, value: g })));
  });
});

describe("flowColumns", () => {
  const filledLine = (x: number, y: number) => item("x".repeat(40), x, y, 220);
  it("reads two running columns one after the other, the right one on the left one's margin", () => {
    const items = Array.from({ length: 10 }, (_, i) => [filledLine(45, 700 - 13 * i), filledLine(310, 700 - 13 * i)]).flat();
    const [left, right] = flowColumns({ width: 595, height: 842, items });
    expect(left.items.every((t) => t.x === 45)).toBe(true);
    expect(right.items.every((t) => t.x === 45)).toBe(true);
  });

  it("ends the columns at a heading under them on one side only, in larger type (the next section's, on its shading)", () => {
    // frozen10/synthetic-22.twocol-lo.pdf, page 3: "Recommendations" (11.5 pt, left only) under two columns of 10 pt text,
    // above a table whose column border ends the open rows.
    const rows = Array.from({ length: 10 }, (_, i) => [
      { ...filledLine(45, 700 - 13 * i), size: 10 },
      { ...filledLine(310, 700 - 13 * i), size: 10 },
    ]).flat();
    const heading = { ...item("Recommendations", 56.8, 560, 113.9), size: 11.5 };
    const [left, right] = flowColumns({ width: 595, height: 842, items: [...rows, heading] });
    expect(left.items).not.toContain(heading);
    expect(right.items.at(-1)).toEqual(heading);
  });

  it("leaves a page alone when a drawn line runs down the gap (a table), or the left side is ragged (labels)", () => {
    const items = Array.from({ length: 10 }, (_, i) => [filledLine(45, 700 - 13 * i), filledLine(310, 700 - 13 * i)]).flat();
    const ruled = { width: 595, height: 842, items, rules: [{ x0: 297, y0: 560, x1: 297, y1: 720 }] };
    expect(flowColumns(ruled)).toHaveLength(1);
    const ragged = items.map((t, i) => {
      const row = i / 2;
      return t.x === 45 ? { ...t, s: "label", w: row % 5 === 0 ? 220 : 50 + (row % 3) * 40 } : t;
    });
    expect(flowColumns({ width: 595, height: 842, items: ragged })).toHaveLength(1);
  });

  it("does not count a running header in smaller type as a row of running columns (a borderless table of seven rows below it)", () => {
    // Chromium's print through Ghostscript's /ebook (frozen3/barnet.html-chromium-gs.pdf, page 2): the tags that said
    // "table" are gone, and the header's date made the table's seven rows eight, enough to be read as two columns.
    const rows: [string, number, number, string?][] = [
      ["Looked After children Inspection", 784.4, 169.3, "Aggregated inspection finding"],
      ["Outcome", 771.8, 47.1],
      ["Overall effectiveness of services for looked", 741.4, 206.4, "Good"],
      ["after children and young people", 728.8, 152.2],
      ["Capacity for improvement of the council", 698.4, 190.9, "Good"],
      ["and its partners", 685.8, 74.9],
      ["Being Healthy", 655.4, 67.7, "Good"],
    ];
    const items = [
      item("12/7/26, 5:46 PM", 24, 819.4, 68.1, 8),
      ...rows.flatMap(([label, y, w, value]) => [
        item(label, 82.9, y, w, 10.9),
        ...(value ? [item(value, 307.2, y, value.length * 5.6, 10.9)] : []),
      ]),
      ...Array.from({ length: 10 }, (_, i) => item("x".repeat(80), 76.4, 590 - 12.6 * i, 431, 10.9)),
      item("file:///tmp/report.html", 24, 17.7, 215.3, 8),
      item("2/11", 553.5, 17.7, 17.9, 8),
    ];
    expect(flowColumns({ width: 595, height: 842, items })).toHaveLength(1);
  });
});
