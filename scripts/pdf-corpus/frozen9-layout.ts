/**
 * Frozen set 9's page layout, for the producers of scripts/make-pdf-frozen9.ts
 * that only draw (libharu, PDFBox, PDF::Builder, Scribus): the report's blocks
 * (pdf-corpus/report-blocks.ts) broken into lines and pages as a Word
 * document of the report would be (title block, ruled metadata table with
 * bold labels, ratings table with shaded header rows, headings kept with the
 * next paragraph, numbered paragraphs and bullets with hanging indents,
 * justified body, running header and "Page X of Y" footer), measured with the
 * TrueType font's own advance widths (read here from its hmtx and cmap
 * tables). The result is a list of pages of drawing operations, written as
 * JSON for the producer to draw with its own text and font machinery.
 */
import fs from "node:fs";
import { reportBlocks, type Block, type Run } from "./report-blocks";

/** A TrueType font's advance widths by code point, in thousandths of the em. */
export class Metrics {
  private widths = new Map<number, number>();
  private fallback = 500;
  constructor(file: string) {
    const buf = fs.readFileSync(file);
    const tables = new Map<string, number>();
    const count = buf.readUInt16BE(4);
    for (let i = 0; i < count; i++) tables.set(buf.toString("latin1", 12 + 16 * i, 16 + 16 * i), buf.readUInt32BE(20 + 16 * i));
    const head = tables.get("head")!;
    const upem = buf.readUInt16BE(head + 18);
    const hhea = tables.get("hhea")!;
    const nMetrics = buf.readUInt16BE(hhea + 34);
    const hmtx = tables.get("hmtx")!;
    const advance = (g: number) => buf.readUInt16BE(hmtx + 4 * Math.min(g, nMetrics - 1));
    const cmap = tables.get("cmap")!;
    const n = buf.readUInt16BE(cmap + 2);
    for (let i = 0; i < n; i++) {
      const platform = buf.readUInt16BE(cmap + 4 + 8 * i);
      const encoding = buf.readUInt16BE(cmap + 6 + 8 * i);
      const sub = cmap + buf.readUInt32BE(cmap + 8 + 8 * i);
      if (platform !== 3 || encoding !== 1 || buf.readUInt16BE(sub) !== 4) continue;
      const segX2 = buf.readUInt16BE(sub + 6);
      const ends = sub + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const offsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = buf.readUInt16BE(ends + 2 * s);
        const start = buf.readUInt16BE(starts + 2 * s);
        const delta = buf.readInt16BE(deltas + 2 * s);
        const offset = buf.readUInt16BE(offsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g: number;
          if (offset === 0) g = (c + delta) & 0xffff;
          else {
            g = buf.readUInt16BE(offsets + 2 * s + offset + 2 * (c - start));
            if (g) g = (g + delta) & 0xffff;
          }
          if (g) this.widths.set(c, (advance(g) * 1000) / upem);
        }
      }
      break;
    }
    this.fallback = this.widths.get(0x20) ?? 500;
  }
  width(s: string, size: number): number {
    let w = 0;
    for (const ch of s) w += this.widths.get(ch.codePointAt(0)!) ?? this.fallback;
    return (w * size) / 1000;
  }
}

export type Style = "R" | "B" | "I" | "BI";
export interface Word {
  x: number;
  s: string;
}
export interface Seg {
  x: number;
  f: Style;
  size: number;
  rise: number;
  text: string;
  ws: number; // extra width added to each space in text (justified lines)
  words: Word[];
  glued?: boolean; // continues the previous segment's word (no space between them)
  end?: number; // x after the segment's last piece
}
export type Op =
  | { op: "text"; y: number; segs: Seg[] }
  | { op: "rule"; x1: number; y1: number; x2: number; y2: number; w: number }
  | { op: "fill"; x: number; y: number; w: number; h: number; grey: number };
export interface Layout {
  fonts: Record<Style, string>; // TrueType files
  size: number; // body size, points
  page: [number, number];
  margins: [number, number, number, number]; // points: top, right, bottom, left
  header: (authority: string) => string;
  footerAlign: "center" | "right";
  shade: number; // grey level of shaded table cells, 0-1
  titleAlign: "left" | "center";
  hanging: number; // points from the margin to a numbered paragraph's text
  labelShare: number; // the metadata table's label column share
}

const DEADLINE = /^within \d+ months?\b/i;
const NUMBERED = /^(\d{1,2}\.\d{1,2})\s+/;
export const authorityOf = (text: string): string => /services in ([^\n*]+)/i.exec(text)?.[1].trim() ?? "report";
const plainOf = (runs: Run[]) => runs.map((r) => r.t).join("");

/** The report's blocks, with what report-blocks.ts leaves out put back: the unmarked title, and the council's row of the ratings table (its tab trimmed). */
export function fixedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const b of reportBlocks(text)) {
    const last = blocks[blocks.length - 1];
    const t = b.kind === "table" ? "" : plainOf(b.runs);
    if (b.kind === "table" && last?.kind === "para" && /\bCouncil$/.test(plainOf(last.runs)) && text.includes(`${plainOf(last.runs)}\t`)) {
      blocks.pop();
      blocks.push({ kind: "table", rows: [[last.runs, []], ...b.rows] });
    } else if (b.kind === "para" && /^Report on the Outcome\b.*services\s+in\b/i.test(t))
      blocks.push({ kind: "title", runs: b.runs.map((r) => ({ ...r, b: true })) });
    else if (b.kind === "para" && DEADLINE.test(t)) blocks.push({ kind: "heading", runs: b.runs.map((r) => ({ ...r, b: true })) });
    else blocks.push(b);
  }
  return blocks;
}

const styleOf = (r: Run): Style => (r.b && r.i ? "BI" : r.b ? "B" : r.i ? "I" : "R");

interface Piece {
  f: Style;
  size: number;
  rise: number;
  s: string;
}
type LWord = Piece[];

/** Lays the report out; returns the pages' operations. */
export function layOut(text: string, L: Layout): Op[][] {
  const metrics = Object.fromEntries((Object.keys(L.fonts) as Style[]).map((k) => [k, new Metrics(L.fonts[k])])) as Record<Style, Metrics>;
  const [pw, ph] = L.page;
  const [mt, mr, mb, ml] = L.margins;
  const right = pw - mr;
  const bottom = mb + L.size * 2.2;
  const pages: Op[][] = [];
  let page: Op[] = [];
  let y = 0;
  const newPage = () => {
    page = [];
    pages.push(page);
    y = ph - mt;
  };
  newPage();
  const pieceWidth = (p: Piece) => metrics[p.f].width(p.s, p.size);
  const wordWidth = (w: LWord) => w.reduce((a, p) => a + pieceWidth(p), 0);

  const wordsOf = (runs: Run[], size: number, force?: Partial<Run>): LWord[] => {
    const words: LWord[] = [];
    let word: LWord = [];
    for (const r0 of runs) {
      const r = { ...r0, ...force };
      for (const part of r.t.split(/(\s+)/)) {
        if (part === "") continue;
        if (/^\s+$/.test(part)) {
          if (word.length) words.push(word);
          word = [];
        } else word.push({ f: styleOf(r), size: r.sup ? size * 0.65 : size, rise: r.sup ? size * 0.35 : 0, s: part });
      }
    }
    if (word.length) words.push(word);
    return words;
  };

  /** Words into lines of width; each line as segments placed from x, justified unless last or align says otherwise. */
  const setLines = (words: LWord[], x: number, width: number, align: "justify" | "left" | "center" | "right"): Seg[][] => {
    const space = (w: LWord) => metrics[w[0].f].width(" ", w[0].size);
    const lines: LWord[][] = [[]];
    let used = 0;
    for (const w of words) {
      const line = lines[lines.length - 1];
      const ww = wordWidth(w);
      if (line.length && used + space(w) + ww > width) {
        lines.push([w]);
        used = ww;
      } else {
        used += (line.length ? space(w) : 0) + ww;
        line.push(w);
      }
    }
    return lines.map((line, k) => {
      const natural = line.reduce((a, w, i) => a + wordWidth(w) + (i ? space(w) : 0), 0);
      const last = k === lines.length - 1;
      const extra = align === "justify" && !last && line.length > 1 ? (width - natural) / (line.length - 1) : 0;
      let cx = align === "center" ? x + (width - natural) / 2 : align === "right" ? x + width - natural : x;
      const segs: Seg[] = [];
      const same = (seg: Seg | undefined, p: Piece) => !!seg && seg.f === p.f && seg.size === p.size && seg.rise === p.rise;
      line.forEach((w, i) => {
        let spaced = false;
        if (i) {
          cx += space(w) + extra;
          const seg = segs[segs.length - 1];
          if (same(seg, w[0])) {
            seg.text += " ";
            spaced = true;
          }
        }
        w.forEach((p, j) => {
          const seg = segs[segs.length - 1];
          if (same(seg, p) && (j > 0 || spaced)) {
            seg.text += p.s;
            if (j === 0) seg.words.push({ x: cx, s: p.s });
            else seg.words[seg.words.length - 1].s += p.s;
          } else segs.push({ x: cx, f: p.f, size: p.size, rise: p.rise, text: p.s, ws: extra, words: [{ x: cx, s: p.s }], glued: j > 0 });
          cx += pieceWidth(p);
          segs[segs.length - 1].end = cx;
        });
      });
      return segs;
    });
  };

  const lead = (size: number) => size * 1.22;
  const need = (h: number) => {
    if (y - h < bottom) newPage();
  };
  const emitLines = (lines: Seg[][], size: number, keep = 0) => {
    lines.forEach((segs, k) => {
      need(lead(size) + (k === 0 ? keep : 0));
      y -= lead(size);
      page.push({ op: "text", y: y + size * 0.22, segs });
    });
  };

  const S = L.size;
  const width = right - ml;
  const blocks = fixedBlocks(text);
  let tableIndex = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.kind === "title") {
      y -= S * 0.5;
      emitLines(setLines(wordsOf(b.runs, S * 1.45, { b: true }), ml, width, L.titleAlign), S * 1.45);
      y -= S * 0.4;
      page.push({ op: "rule", x1: ml, y1: y, x2: right, y2: y, w: 1.5 });
      y -= S * 1.2;
    } else if (b.kind === "heading") {
      const deadline = DEADLINE.test(plainOf(b.runs));
      const size = deadline ? S : S * 1.18;
      y -= deadline ? S * 0.6 : S * 1.0;
      emitLines(setLines(wordsOf(b.runs, size, { b: true, i: deadline ? true : undefined }), ml, width, "left"), size, lead(S) * 3);
      y -= S * 0.45;
    } else if (b.kind === "para" || b.kind === "footnote" || b.kind === "bullet") {
      const size = b.kind === "footnote" ? S * 0.8 : S;
      const m = b.kind === "para" ? NUMBERED.exec(plainOf(b.runs)) : null;
      if (m) {
        const runs = b.runs.map((r) => ({ ...r }));
        let cut = m[0].length;
        while (cut > 0 && runs.length) {
          const take = Math.min(cut, runs[0].t.length);
          runs[0].t = runs[0].t.slice(take);
          cut -= take;
          if (!runs[0].t) runs.shift();
        }
        const body = setLines(wordsOf(runs, size), ml + L.hanging, width - L.hanging, "justify");
        body[0].unshift({ x: ml, f: "R", size, rise: 0, text: m[1], ws: 0, words: [{ x: ml, s: m[1] }] });
        emitLines(body, size);
      } else if (b.kind === "bullet") {
        const body = setLines(wordsOf(b.runs, size), ml + L.hanging, width - L.hanging, "justify");
        const bx = ml + L.hanging * 0.45;
        body[0].unshift({ x: bx, f: "R", size, rise: 0, text: "•", ws: 0, words: [{ x: bx, s: "•" }] });
        emitLines(body, size);
      } else emitLines(setLines(wordsOf(b.runs, size), ml, width, "justify"), size);
      y -= b.kind === "bullet" ? S * 0.3 : S * 0.7;
    } else if (b.kind === "table") {
      // Tables: the first is the metadata (labels bold, ruled grid), the second the ratings.
      const ratings = tableIndex++ > 0;
      const share = ratings ? 0.68 : L.labelShare;
      const cols = [ml, ml + width * share, right];
      const pad = S * 0.35;
      y -= S * 0.2;
      for (const row of b.rows) {
        const span = row[1].length === 0 && ratings;
        const headRow =
          ratings && (span || /Inspection Outcome/i.test(plainOf(row[0])) || /Aggregated inspection finding/i.test(plainOf(row[1])));
        const cells = span
          ? [[row[0], cols[0], cols[2]]]
          : [
              [row[0], cols[0], cols[1]],
              [row[1], cols[1], cols[2]],
            ];
        const set = (cells as [Run[], number, number][]).map(([runs, x0, x1], c) =>
          setLines(
            wordsOf(runs, S * (ratings ? 0.95 : 1), !ratings && c === 0 ? { b: true } : headRow ? { b: true } : {}),
            x0 + pad,
            x1 - x0 - 2 * pad,
            span ? "center" : "left",
          ),
        );
        const lineH = lead(S * (ratings ? 0.95 : 1));
        const h = Math.max(...set.map((l) => l.length)) * lineH + 2 * pad;
        need(h);
        const top = y;
        if (headRow) page.push({ op: "fill", x: cols[0], y: top - h, w: right - cols[0], h, grey: L.shade });
        else if (!ratings) page.push({ op: "fill", x: cols[0], y: top - h, w: cols[1] - cols[0], h, grey: Math.min(1, L.shade + 0.06) });
        set.forEach((lines) => {
          let ly = top - pad;
          for (const segs of lines) {
            ly -= lineH;
            page.push({ op: "text", y: ly + lineH * 0.2, segs });
          }
        });
        page.push({ op: "rule", x1: cols[0], y1: top, x2: right, y2: top, w: 0.5 });
        page.push({ op: "rule", x1: cols[0], y1: top - h, x2: right, y2: top - h, w: 0.5 });
        for (const x of span ? [cols[0], cols[2]] : cols) page.push({ op: "rule", x1: x, y1: top, x2: x, y2: top - h, w: 0.5 });
        y -= h;
      }
      y -= S * 1.0;
    }
  }

  // Running header and footer.
  const authority = authorityOf(text);
  const hs = S * 0.8;
  pages.forEach((p, k) => {
    const head = setLines(wordsOf([{ t: L.header(authority) }], hs, { i: true }), ml, width, "left")[0];
    const hy = ph - mt + hs * 2.2;
    p.push({ op: "text", y: hy, segs: head });
    p.push({ op: "rule", x1: ml, y1: hy - hs * 0.5, x2: right, y2: hy - hs * 0.5, w: 0.5 });
    const foot = setLines(wordsOf([{ t: `Page ${k + 1} of ${pages.length}` }], hs), ml, width, L.footerAlign)[0];
    p.push({ op: "text", y: mb, segs: foot });
  });
  return pages;
}
