/**
 * A report's blocks drawn by pdf-lib (the npm package, which writes the PDF
 * itself) with a layout of its own, every position computed here: Liberation
 * Serif's four styles embedded as subsets through @pdf-lib/fontkit; each line
 * broken by the fonts' widths; paragraphs justified by placing each word at its
 * own x (one `drawText` a word, so no space characters between their words),
 * their last lines, headings and table cells one call for each stretch of one
 * style, spaces written;
 * ordinals raised (0.6 of the size, 0.38 of it up); each table drawn by hand,
 * every cell a stroked rectangle, its label and value wrapped in their columns,
 * a heading row one shaded cell across both, a row never split across pages;
 * a running header and "Page X of Y" footer drawn on every page at the end.
 * A4, in points, y up from the foot of the page as PDF has it.
 *
 * pdf-lib is not a dependency of the project: scripts/make-pdf-frozen6.ts
 * installs it into a scratch directory and hands that directory here.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { breakLines, type Block, plain, wordsOf, type Word, type Run } from "./report-blocks";

interface Font {
  widthOfTextAtSize(text: string, size: number): number;
}
interface Page {
  drawText(text: string, options: { x: number; y: number; size: number; font: Font }): void;
  drawRectangle(options: {
    x: number;
    y: number;
    width: number;
    height: number;
    borderWidth: number;
    borderColor: unknown;
    color?: unknown;
  }): void;
}
interface Doc {
  registerFontkit(fontkit: unknown): void;
  embedFont(bytes: Uint8Array, options: { subset: boolean }): Promise<Font>;
  addPage(size: [number, number]): Page;
  getPages(): Page[];
  setProducer(producer: string): void;
  save(options: { useObjectStreams: boolean }): Promise<Uint8Array>;
}
interface PdfLib {
  PDFDocument: { create(): Promise<Doc> };
  rgb(r: number, g: number, b: number): unknown;
}

type Style = "Regular" | "Bold" | "Italic" | "BoldItalic";
const FONTS = "/usr/share/fonts/truetype/liberation";
const SIZE = 10.5;
const [PAGE_W, PAGE_H] = [595.28, 841.89];
const MARGIN = 62;
const WIDTH = PAGE_W - 2 * MARGIN;
const [TOP, BOTTOM] = [PAGE_H - 70, 70];
const PAD = 4;

const styleOf = (r: Run): Style => (r.b && r.i ? "BoldItalic" : r.b ? "Bold" : r.i ? "Italic" : "Regular");

/** Draws the report's blocks into a new pdf-lib document and writes it to `out`. */
export async function pdflibReport(blocks: Block[], header: string, out: string, npmDir: string): Promise<void> {
  const from = path.join(npmDir, "package.json");
  const { PDFDocument, rgb } = createRequire(from)("pdf-lib") as PdfLib;
  const fontkit = createRequire(from)("@pdf-lib/fontkit") as unknown;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setProducer("pdf-lib");
  const fonts = {} as Record<Style, Font>;
  for (const style of ["Regular", "Bold", "Italic", "BoldItalic"] as Style[])
    fonts[style] = await doc.embedFont(fs.readFileSync(path.join(FONTS, `LiberationSerif-${style}.ttf`)), { subset: true });
  const black = rgb(0, 0, 0);

  let page = doc.addPage([PAGE_W, PAGE_H]);
  let y = TOP;
  const newPage = () => {
    page = doc.addPage([PAGE_W, PAGE_H]);
    y = TOP;
  };
  const sizeOf = (r: Run, size: number) => (r.sup ? size * 0.6 : size);
  const widthOf = (r: Run, size: number) => fonts[styleOf(r)].widthOfTextAtSize(r.t, sizeOf(r, size));
  const wordWidth = (w: Word, size: number) => w.reduce((sum, r) => sum + widthOf(r, size), 0);

  /** Runs broken into lines of at most `width`. */
  function linesOf(runs: Run[], width: number, size: number): Word[][] {
    const space = fonts.Regular.widthOfTextAtSize(" ", size);
    const lines = breakLines(wordsOf(runs), width, space, (w) => wordWidth(w, size));
    return lines;
  }

  /** One line at baseline `base`, each word drawn at its own x; justified to `width` if asked. */
  function drawLine(line: Word[], x: number, base: number, size: number, width: number, justify: boolean): void {
    const natural = line.reduce((sum, w) => sum + wordWidth(w, size), 0);
    const space = fonts.Regular.widthOfTextAtSize(" ", size);
    const gap = justify && line.length > 1 ? (width - natural) / (line.length - 1) : space;
    let at = x;
    if (!justify) {
      // Ragged: one call for each stretch of one style and raise, the spaces written.
      const pieces: Run[] = [];
      line.forEach((w, k) =>
        w.forEach((r, j) => {
          const text = (k > 0 && j === 0 ? " " : "") + r.t;
          const last = pieces[pieces.length - 1];
          if (last && styleOf(last) === styleOf(r) && !!last.sup === !!r.sup) last.t += text;
          else pieces.push({ ...r, t: text });
        }),
      );
      line = [pieces];
    }
    for (const w of line) {
      for (const r of w) {
        page.drawText(r.t, { x: at, y: r.sup ? base + size * 0.38 : base, size: sizeOf(r, size), font: fonts[styleOf(r)] });
        at += widthOf(r, size);
      }
      at += gap;
    }
  }

  function paragraph(runs: Run[], x: number, width: number, size: number, after: number, justify = true): void {
    const lines = linesOf(runs, width, size);
    const leading = size * 1.3;
    lines.forEach((line, k) => {
      if (y - leading < BOTTOM) newPage();
      y -= leading;
      drawLine(line, x, y, size, width, justify && k < lines.length - 1);
    });
    y -= after;
  }

  function table(rows: Run[][][]): void {
    const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
    const labelW = WIDTH * (long ? 0.62 : 0.3);
    const size = SIZE - 0.5;
    const leading = size * 1.25;
    y -= 4;
    for (const [label, value] of rows) {
      const heading = plain(value).trim() === "";
      const boldLabel = label.map((r) => ({ ...r, b: true }));
      const left = linesOf(boldLabel, (heading ? WIDTH : labelW) - 2 * PAD, size);
      const right = heading ? [] : linesOf(value, WIDTH - labelW - 2 * PAD, size);
      const height = Math.max(left.length, right.length) * leading + 2 * PAD;
      if (y - height < BOTTOM) newPage();
      const bottom = y - height;
      if (heading)
        page.drawRectangle({
          x: MARGIN,
          y: bottom,
          width: WIDTH,
          height,
          borderWidth: 0.6,
          borderColor: black,
          color: rgb(0.87, 0.87, 0.87),
        });
      else {
        page.drawRectangle({ x: MARGIN, y: bottom, width: labelW, height, borderWidth: 0.6, borderColor: black });
        page.drawRectangle({ x: MARGIN + labelW, y: bottom, width: WIDTH - labelW, height, borderWidth: 0.6, borderColor: black });
      }
      left.forEach((line, k) => drawLine(line, MARGIN + PAD, y - PAD - (k + 1) * leading + 2, size, 0, false));
      right.forEach((line, k) => drawLine(line, MARGIN + labelW + PAD, y - PAD - (k + 1) * leading + 2, size, 0, false));
      y = bottom;
    }
    y -= 12;
  }

  for (const b of blocks) {
    if (b.kind === "table") table(b.rows);
    else if (b.kind === "title") paragraph(b.runs, MARGIN, WIDTH, 15, 10, false);
    else if (b.kind === "heading") {
      if (y - 60 < BOTTOM) newPage();
      y -= 6;
      paragraph(b.runs, MARGIN, WIDTH, 12, 4, false);
    } else if (b.kind === "bullet") {
      if (y - SIZE * 1.3 < BOTTOM) newPage();
      page.drawText("•", { x: MARGIN + 4, y: y - SIZE * 1.3, size: SIZE, font: fonts.Regular });
      paragraph(b.runs, MARGIN + 16, WIDTH - 16, SIZE, 3);
    } else if (b.kind === "footnote") paragraph(b.runs, MARGIN, WIDTH, 8.5, 6);
    else paragraph(b.runs, MARGIN, WIDTH, SIZE, 7);
  }

  const pages = doc.getPages();
  pages.forEach((p, k) => {
    const size = 8;
    p.drawText(header, { x: PAGE_W - MARGIN - fonts.Regular.widthOfTextAtSize(header, size), y: PAGE_H - 42, size, font: fonts.Regular });
    const footer = `Page ${k + 1} of ${pages.length}`;
    p.drawText(footer, { x: (PAGE_W - fonts.Regular.widthOfTextAtSize(footer, size)) / 2, y: 38, size, font: fonts.Regular });
  });
  fs.writeFileSync(out, await doc.save({ useObjectStreams: true }));
}
