/**
 * A report's blocks drawn by jsPDF (the npm package, which writes the PDF
 * itself) with a layout of its own, as a web app's "download as PDF" might:
 * Liberation Sans embedded through jsPDF's virtual file system (its four
 * styles), every line broken here by jsPDF's widths and drawn ragged right, a
 * text call for each stretch of one style (the spaces written); ordinals raised
 * in the text (smaller, a third of the size up); each table drawn by
 * jspdf-autotable's `grid` theme (every cell ruled, a heading row one shaded
 * cell across both columns, labels bold, ordinals on the line: autotable has no
 * superscript), split across pages by autotable; a running header and
 * "Page X of Y" footer drawn on every page at the end. A4, in points.
 *
 * jsPDF is not a dependency of the project: scripts/make-pdf-frozen5.ts
 * installs it into a scratch directory and hands that directory here.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { breakLines, type Block, plain, wordsOf, type Word, type Run } from "./report-blocks";

type Style = "normal" | "bold" | "italic" | "bolditalic";

/** The part of jsPDF's document this layout uses. */
interface JsPdf {
  addFileToVFS(file: string, base64: string): void;
  addFont(file: string, family: string, style: Style): void;
  setFont(family: string, style: Style): JsPdf;
  setFontSize(size: number): JsPdf;
  getTextWidth(text: string): number;
  text(text: string, x: number, y: number, options?: { align?: "left" | "right" | "center" }): JsPdf;
  addPage(): JsPdf;
  setPage(n: number): JsPdf;
  getNumberOfPages(): number;
  output(type: "arraybuffer"): ArrayBuffer;
  lastAutoTable: { finalY: number };
}

interface CellStyles {
  fontStyle?: Style;
  fillColor?: number;
  cellWidth?: number;
}
type Cell = string | { content: string; colSpan?: number; styles?: CellStyles };

type AutoTable = (doc: JsPdf, options: object) => void;

const FAMILY = "LiberationSans";
const FONTS = "/usr/share/fonts/truetype/liberation";
const SIZE = 10.5;
const LEADING = 14;
const [PAGE_W, PAGE_H] = [595.28, 841.89];
const MARGIN = 65;
const WIDTH = PAGE_W - 2 * MARGIN;
const [TOP, BOTTOM] = [72, PAGE_H - 72];

const styleOf = (r: Run): Style => (r.b && r.i ? "bolditalic" : r.b ? "bold" : r.i ? "italic" : "normal");

/** Draws the report's blocks into a new jsPDF document and writes it to `out`. */
export function jspdfReport(blocks: Block[], header: string, out: string, npmDir: string): void {
  const from = path.join(npmDir, "package.json");
  const { jsPDF } = createRequire(from)("jspdf") as { jsPDF: new (options: object) => JsPdf };
  const { autoTable } = createRequire(from)("jspdf-autotable") as { autoTable: AutoTable };
  const doc = new jsPDF({ unit: "pt", format: "a4", compress: true });
  const files: [Style, string][] = [
    ["normal", "Regular"],
    ["bold", "Bold"],
    ["italic", "Italic"],
    ["bolditalic", "BoldItalic"],
  ];
  for (const [style, name] of files) {
    const file = `LiberationSans-${name}.ttf`;
    doc.addFileToVFS(file, fs.readFileSync(path.join(FONTS, file)).toString("base64"));
    doc.addFont(file, FAMILY, style);
  }

  let y = TOP;
  const widthOf = (r: Run, size: number) =>
    doc
      .setFont(FAMILY, styleOf(r))
      .setFontSize(r.sup ? size * 0.65 : size)
      .getTextWidth(r.t);
  const wordWidth = (w: Word, size: number) => w.reduce((sum, r) => sum + widthOf(r, size), 0);

  /** Styled runs as lines broken at `width`, from `x`, in `size`. */
  function paragraph(runs: Run[], x: number, width: number, size: number, after: number): void {
    const space = doc.setFont(FAMILY, "normal").setFontSize(size).getTextWidth(" ");
    const lines = breakLines(wordsOf(runs), width, space, (w) => wordWidth(w, size));
    for (const line of lines) {
      if (y + LEADING > BOTTOM) {
        doc.addPage();
        y = TOP;
      }
      y += LEADING * (size / SIZE);
      // One text call for each stretch of one style and raise, spaces included.
      const pieces: Run[] = [];
      line.forEach((w, k) =>
        w.forEach((r, j) => {
          const text = (k > 0 && j === 0 ? " " : "") + r.t;
          const last = pieces[pieces.length - 1];
          if (last && styleOf(last) === styleOf(r) && !!last.sup === !!r.sup) last.t += text;
          else pieces.push({ ...r, t: text });
        }),
      );
      let at = x;
      for (const p of pieces) {
        const w = widthOf(p, size);
        doc.text(p.t, at, p.sup ? y - size / 3 : y);
        at += w;
      }
    }
    y += after;
  }

  function table(rows: Run[][][]): void {
    const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
    const body: Cell[][] = rows.map(([label, value]) =>
      plain(value).trim() === ""
        ? [{ content: plain(label), colSpan: 2, styles: { fontStyle: "bold", fillColor: 225 } }]
        : [{ content: plain(label), styles: { fontStyle: "bold" } }, plain(value)],
    );
    autoTable(doc, {
      startY: y + 6,
      margin: { left: MARGIN, right: MARGIN, top: TOP, bottom: PAGE_H - BOTTOM },
      body,
      theme: "grid",
      styles: { font: FAMILY, fontSize: SIZE - 1, cellPadding: 4, textColor: 0, lineColor: 0, lineWidth: 0.5, overflow: "linebreak" },
      columnStyles: { 0: { cellWidth: WIDTH * (long ? 0.62 : 0.32) } },
    });
    y = doc.lastAutoTable.finalY + 10;
  }

  for (const b of blocks) {
    if (b.kind === "table") table(b.rows);
    else if (b.kind === "title") paragraph(b.runs, MARGIN, WIDTH, 15, 10);
    else if (b.kind === "heading") {
      y += 6;
      paragraph(b.runs, MARGIN, WIDTH, 12, 4);
    } else if (b.kind === "bullet") {
      if (y + LEADING > BOTTOM) {
        doc.addPage();
        y = TOP;
      }
      doc
        .setFont(FAMILY, "normal")
        .setFontSize(SIZE)
        .text("•", MARGIN + 3, y + LEADING);
      paragraph(b.runs, MARGIN + 14, WIDTH - 14, SIZE, 4);
    } else if (b.kind === "footnote") paragraph(b.runs, MARGIN, WIDTH, 8.5, 6);
    else paragraph(b.runs, MARGIN, WIDTH, SIZE, 7);
  }

  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n++) {
    doc.setPage(n).setFont(FAMILY, "normal").setFontSize(8);
    doc.text(header, PAGE_W - MARGIN, 42, { align: "right" });
    doc.text(`Page ${n} of ${pages}`, PAGE_W / 2, PAGE_H - 40, { align: "center" });
  }
  fs.writeFileSync(out, Buffer.from(doc.output("arraybuffer")));
}
