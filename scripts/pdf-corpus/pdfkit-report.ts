/**
 * A report's blocks drawn by PDFKit (the npm package, which writes the PDF
 * itself) with a layout of its own, as a Node program printing a report would:
 * PDFKit's standard fonts (Helvetica and its bold and oblique, not embedded,
 * WinAnsi), paragraphs justified by PDFKit's line wrapper, style changes as
 * `continued` text; each table drawn by hand, every cell's text placed at its
 * column's x with ruled borders stroked round it (a heading row one shaded cell
 * across both columns), rows moved whole to the next page; ordinals not raised
 * (PDFKit has no superscript: "9th" on the line); a running header and
 * "Page X of Y" footer written on the buffered pages at the end. A4.
 *
 * PDFKit is not a dependency of the project: scripts/make-pdf-frozen4.ts
 * installs it into a scratch directory and hands that directory here.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Block, plain, type Run } from "./report-blocks";

interface TextOptions {
  width?: number;
  align?: "left" | "right" | "center" | "justify";
  continued?: boolean;
  lineBreak?: boolean;
  lineGap?: number;
}

/** The part of PDFKit's document this layout uses. */
interface PdfDoc {
  x: number;
  y: number;
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  text(text: string, options?: TextOptions): PdfDoc;
  text(text: string, x: number, y: number, options?: TextOptions): PdfDoc;
  heightOfString(text: string, options?: TextOptions): number;
  moveDown(lines?: number): PdfDoc;
  addPage(): PdfDoc;
  rect(x: number, y: number, w: number, h: number): PdfDoc;
  lineWidth(w: number): PdfDoc;
  fillColor(color: string): PdfDoc;
  fill(color?: string): PdfDoc;
  stroke(): PdfDoc;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(n: number): PdfDoc;
  pipe(stream: NodeJS.WritableStream): void;
  end(): void;
}

type PdfDocConstructor = new (options: object) => PdfDoc;

const MARGIN = 62;
const PAD = 4;
const fontOf = (r: Run) => (r.b && r.i ? "Helvetica-BoldOblique" : r.b ? "Helvetica-Bold" : r.i ? "Helvetica-Oblique" : "Helvetica");

/**
 * Styled runs as one block of text: `continued` from run to run. PDFKit drops
 * the spaces a continued piece starts with, so each piece's leading spaces end
 * the piece before it, as a PDFKit user writes them ('The ', then 'Zone').
 */
function runs(doc: PdfDoc, list: Run[], size: number, options: TextOptions, at?: { x: number; y: number }): void {
  const moved = list.map((r) => ({ ...r }));
  for (let k = 1; k < moved.length; k++) {
    const lead = /^\s+/.exec(moved[k].t)?.[0] ?? "";
    moved[k - 1].t += lead;
    moved[k].t = moved[k].t.slice(lead.length);
  }
  const parts = moved.filter((r) => r.t !== "");
  parts.forEach((r, k) => {
    doc.font(fontOf(r)).fontSize(size);
    const opts = { ...options, continued: k < parts.length - 1 };
    if (k === 0 && at) doc.text(r.t, at.x, at.y, opts);
    else doc.text(r.t, opts);
  });
}

function bottom(doc: PdfDoc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function table(doc: PdfDoc, rows: Run[][][]): void {
  const width = doc.page.width - 2 * MARGIN;
  const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
  const widths = long ? [width * 0.64, width * 0.36] : [width * 0.29, width * 0.71];
  const size = 9.5;
  for (const [label, value] of rows) {
    const heading = plain(value).trim() === "";
    const cells = heading
      ? [{ runs: label, w: width }]
      : [
          { runs: label, w: widths[0] },
          { runs: value, w: widths[1] },
        ];
    const height =
      Math.max(
        ...cells.map((c) =>
          doc
            .font(fontOf(c.runs[0] ?? { t: "" }))
            .fontSize(size)
            .heightOfString(plain(c.runs) || " ", { width: c.w - 2 * PAD }),
        ),
      ) +
      2 * PAD;
    if (doc.y + height > bottom(doc)) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    for (const c of cells) {
      if (heading) doc.rect(x, top, c.w, height).fill("#e2e2e2").fillColor("black");
      doc.rect(x, top, c.w, height).lineWidth(0.6).stroke();
      if (plain(c.runs).trim()) runs(doc, c.runs, size, { width: c.w - 2 * PAD, align: "left" }, { x: x + PAD, y: top + PAD });
      x += c.w;
    }
    doc.x = MARGIN;
    doc.y = top + height;
  }
  doc.y += 12;
}

function block(doc: PdfDoc, b: Block): void {
  const width = doc.page.width - 2 * MARGIN;
  if (b.kind === "table") return table(doc, b.rows);
  if (b.kind === "title") {
    runs(doc, b.runs, 15, { width, align: "center" }, { x: MARGIN, y: doc.y });
    doc.moveDown(0.8);
  } else if (b.kind === "heading") {
    if (doc.y + 60 > bottom(doc)) doc.addPage();
    doc.y += 8;
    runs(doc, b.runs, 12, { width, align: "left" }, { x: MARGIN, y: doc.y });
    doc.moveDown(0.3);
  } else if (b.kind === "bullet") {
    if (doc.y + 14 > bottom(doc)) doc.addPage();
    const y = doc.y;
    doc
      .font("Helvetica")
      .fontSize(10)
      .text("\u2022", MARGIN + 6, y, { lineBreak: false });
    runs(doc, b.runs, 10, { width: width - 20, align: "justify", lineGap: 1.5 }, { x: MARGIN + 20, y });
    doc.moveDown(0.4);
  } else {
    const size = b.kind === "footnote" ? 8 : 10;
    runs(doc, b.runs, size, { width, align: "justify", lineGap: 1.5 }, { x: MARGIN, y: doc.y });
    doc.moveDown(0.5);
  }
  doc.x = MARGIN;
}

/** Draws the report's blocks into `out` with the PDFKit installed under `npmDir`. */
export async function pdfkitReport(blocks: Block[], header: string, out: string, npmDir: string): Promise<void> {
  const PDFDocument = createRequire(path.join(npmDir, "package.json"))("pdfkit") as PdfDocConstructor;
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: header } });
  const done = new Promise<void>((resolve, reject) => {
    const stream = fs.createWriteStream(out);
    stream.on("finish", resolve).on("error", reject);
    doc.pipe(stream);
  });
  for (const b of blocks) block(doc, b);
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - 2 * MARGIN;
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.font("Helvetica").fontSize(7.5);
    doc.text(header, MARGIN, 34, { width, align: "right", lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN, doc.page.height - 40, { width, align: "center", lineBreak: false });
    doc.page.margins = margins;
  }
  doc.end();
  await done;
}
