import { describe, expect, it } from "vitest";
import { gridTables } from "./grid";
import { pageLines, type PdfTextItem } from "./lines";

const sans = "AAAAAA+DejaVuSans-Bold";
const serif = "AAAAAB+DejaVuSerif";
const label = (s: string, x: number, y: number, w: number): PdfTextItem => ({ s, x, y, w, size: 8, font: sans });
const value = (s: string, x: number, y: number, w: number): PdfTextItem => ({ s, x, y, w, size: 9.5, font: serif });
const rule = (y: number) => ({ x0: 59.6, y0: y, x1: 524.5, y1: y });

describe("gridTables", () => {
  it("reads a four-column table ruled into rows as two label/value rows a row, cells set in the middle", () => {
    // frozen11/synthetic-23.ruled-lo.pdf, page 1: labels in 8 pt sans, values in 9.5 pt serif at other baselines.
    const items = [
      label("Date of", 65.3, 673.5, 33.1),
      label("Inspection", 65.3, 662.9, 47),
      value("12", 158.8, 674.1, 12.1),
      { ...value("th", 170.9, 677.8, 5.7), size: 5.5 },
      value("September 2011 -", 179.7, 674.1, 86.3),
      value("23", 158.8, 661.4, 12.1),
      { ...value("rd", 170.9, 665.1, 6.1), size: 5.5 },
      value("September 2011", 180.1, 661.4, 80.1),
      label("Date of Joint", 297.8, 673.5, 56.5),
      label("Report", 297.8, 662.9, 30.5),
      value("4", 391.3, 667.7, 6),
      { ...value("th", 397.3, 671.4, 5.7), size: 5.5 },
      value("November 2011", 406.1, 667.7, 77.4),
      label("Commissioning", 65.3, 632.6, 68.3),
      label("PCT", 65.3, 622, 17.1),
      value("NHS Harrowden Vale", 158.8, 639.5, 105),
      value("(Durham, Darlington and", 158.8, 626.8, 121.3),
      value("Tees PCT Cluster)", 158.8, 614.1, 87.3),
      label("CQC Inspector", 297.8, 632.6, 63.9),
      label("name", 297.8, 622, 24.8),
      value("Gillian Ormesher", 391.3, 626.8, 82.6),
    ];
    const lines = pageLines({ width: 595, height: 842, items }, 0);
    const [grid] = gridTables(lines, [rule(687.84), rule(652.84), rule(605.54)]);
    expect(grid.rows).toEqual([
      { label: "Date of Inspection", value: "12th September 2011 - 23rd September 2011" },
      { label: "Date of Joint Report", value: "4th November 2011" },
      { label: "Commissioning PCT", value: "NHS Harrowden Vale (Durham, Darlington and Tees PCT Cluster)" },
      { label: "CQC Inspector name", value: "Gillian Ormesher" },
    ]);
    expect([grid.start, grid.end]).toEqual([0, lines.length]);
  });

  it("finds none in a two-column table, nor where rules bound no text", () => {
    const items = [label("Date of Joint Report", 65.3, 670, 90), value("4th November 2011", 158.8, 670, 80)];
    const lines = pageLines({ width: 595, height: 842, items }, 0);
    expect(gridTables(lines, [rule(687.84), rule(652.84), rule(605.54)])).toEqual([]);
    expect(gridTables(lines, [rule(500), rule(450), rule(400)])).toEqual([]);
  });
});
