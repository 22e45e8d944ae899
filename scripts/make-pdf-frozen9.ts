/**
 * npx tsx scripts/make-pdf-frozen9.ts [name-filter]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen9/: frozen set 9, PDFs of reports
 * made by producers never used for this corpus before. The reports: three
 * texts written by hand for this set and committed beside the PDFs
 * (synthetic-17 Ribbleside and Coldharbour, synthetic-18 Hartsea, synthetic-19
 * Thornwick Vale), and Barnet and Dudley from seed/reports/. Files are named
 * <report>.<producer>.pdf.
 *
 * None of the programs that write the text layers of the other sets (LibreOffice, Calligra Words,
 * Chromium, Ghostscript, qpdf, poppler/cairo, WeasyPrint, wkhtmltopdf, ReportLab, PDFKit, pdfTeX,
 * XeLaTeX, LuaLaTeX, groff, jsPDF, pdf-lib, Typst, FOP, TCPDF, dompdf, Prawn, MuPDF, AbiWord; the docx
 * package and pandoc only wrote .docx files) writes any of these. Five do:
 *
 *   <name>.htmldoc.pdf     HTMLDOC 1.9.16 (`htmldoc --webpage -t pdf14`), its own HTML layout and PDF
 *                          writer, from an HTML 3.2 page written here: <h1> title and rule, bordered
 *                          tables (shaded label column, shaded heading rows of the ratings, the council's
 *                          row spanning both columns), numbered paragraphs as two-cell tables, bullets as
 *                          <ul>, <sup> ordinals, justified <p>s; the running header and "Page X of Y"
 *                          footer from HTMLDOC's HEADER/FOOTER comments ($PAGE, $PAGES). Times or
 *                          Helvetica body with Helvetica headings, the standard fonts, not embedded. Kept
 *                          as HTMLDOC made them: it repeats a table's first row (the council's name) at
 *                          the top of a page the table runs onto, and lets a table row break across a page
 *   <name>.haru.pdf        libharu 2.3.0 (Haru Free PDF Library, C; pdf-corpus/haru-report.c, compiled
 *                          with cc at run time): Carlito as embedded TrueType subsets in WinAnsiEncoding,
 *                          justified lines by word spacing (Tw), raised ordinals by text rise
 *   <name>.pdfbox.pdf      Apache PDFBox 2.0.27 (Java 17, pdf-corpus/PdfboxReport.java run as a
 *                          single-file source program): Liberation Serif as Type 0 Identity-H subsets,
 *                          justified lines as TJ arrays widened at their spaces
 *   <name>.pdfbuilder.pdf  PDF::Builder 3.025 (Perl 5.36, pdf-corpus/pdfbuilder-report.pl): Caladea or
 *                          Liberation Sans through ttfont (Identity-H), every word placed on its own
 *   <name>.scribus.pdf     Scribus 1.5.8 (its Python scripter run headless, `xvfb-run scribus -g -ns
 *                          -py`; pdf-corpus/scribus_report.py) and its own PDF writer: each line, or the
 *                          part of a line after a hanging number or bullet, a text frame in which Scribus
 *                          sets the words itself (forced justification for justified lines, its
 *                          superscript feature for ordinals, its default ligatures, so "fi" and "fl" in
 *                          Carlito come out as ligature glyphs), tables' rules and shading as Scribus line
 *                          and rectangle items; fonts embedded as subsets. Barnet and Dudley come to a
 *                          little over 300 KB (Scribus's page streams are long)
 *
 * The last four only draw: pdf-corpus/frozen9-layout.ts breaks the report into lines and pages as a
 * Word document of it would be (title block, ruled metadata table with bold labels, ratings table
 * with shaded header rows, headings kept with the next paragraph, numbered paragraphs and bullets with
 * hanging indents, justified body, running header under which a rule, "Page X of Y" footer), measuring
 * with the TrueType fonts' own advance widths, in a different font, size, page and margins for each
 * report and producer (LAYOUTS below); each program draws those lines with its own text and font
 * machinery. HTMLDOC lays the report out itself.
 *
 * Tried and not used:
 *   WeasyPrint, wkhtmltopdf, XeLaTeX and LuaLaTeX: already used (frozen4, frozen5, frozen6).
 *   fpdf2: not packaged in Debian bookworm (no python3-fpdf); PyPI is not to be used here.
 *   pdfmake (npm): writes its PDFs through PDFKit, already used (frozen4).
 *   Cairo and Pango (python3-gi, python3-cairo): cairo already writes the text layers of the heldout
 *             word-cairo PDFs and of AbiWord's (frozen5).
 *   odfpy or RTF printed by LibreOffice: LibreOffice writes the PDF, already used.
 *   php-fpdf and gofpdf: FPDF and its Go port, the family TCPDF (frozen7) grew from; not tried.
 *   HTMLDOC's own Sans and Serif faces (--bodyfont sans/serif): embedded whole, 370-510 KB a PDF;
 *             the standard Times and Helvetica used instead.
 *   PDF::Builder's defaults: version 3.025 leaves the page streams uncompressed whatever the document's
 *             compress option (page->text() and page->gfx() default to 0), 500-600 KB a PDF; the
 *             script asks each page stream for compression.
 *   Scribus taking its file names after the script (`-py script.py -- in out`): it reads them as
 *             documents to open and stops; they are passed in the environment instead.
 *
 * Not measured yet: it is to be measured once, before any reader change for
 * it, by someone who did not make it. The expected JSON is each report's text
 * parsed (scripts/parse.ts).
 *
 * Needs Debian's (bookworm) htmldoc, libhpdf-dev and a C compiler, libpdfbox2-java with a Java
 * runtime (17), libpdf-builder-perl, scribus and xvfb (xvfb-run), and the fonts
 * fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-liberation2:
 *
 *   apt-get install --no-install-recommends htmldoc libhpdf-dev gcc libpdfbox2-java \
 *     openjdk-17-jre-headless libpdf-builder-perl scribus xvfb xauth fonts-crosextra-carlito \
 *     fonts-crosextra-caladea fonts-liberation2
 *
 * With a filter given, it makes only the PDFs whose names contain it (e.g. `scribus`,
 * `synthetic-18`). The whole set takes about a minute, most of it Scribus. The tests need none of
 * these programs, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { authorityOf, fixedBlocks, layOut, type Layout, type Op } from "./pdf-corpus/frozen9-layout";
import type { Run } from "./pdf-corpus/report-blocks";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen9");
const HERE = path.join(ROOT, "scripts", "pdf-corpus");
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-frozen9-"));
const REPORTS = ["synthetic-17", "synthetic-18", "synthetic-19", "barnet", "dudley"];

const textOf = (name: string): string =>
  fs.readFileSync(name.startsWith("synthetic") ? path.join(OUT, `${name}.txt`) : path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");

const A4: [number, number] = [595.28, 841.89];
const LETTER: [number, number] = [612, 792];
const mm = (v: number) => (v * 72) / 25.4;
const family = (dir: string, base: string, names = ["Regular", "Bold", "Italic", "BoldItalic"]) => {
  const [R, B, I, BI] = names.map((n) => `/usr/share/fonts/truetype/${dir}/${base}-${n}.ttf`);
  return { R, B, I, BI };
};
const CARLITO = family("crosextra", "Carlito");
const CALADEA = family("crosextra", "Caladea");
const LIB_SERIF = family("liberation2", "LiberationSerif");
const LIB_SANS = family("liberation2", "LiberationSans");

/** The layouts of the producers that only draw, one per report, varied like five offices' templates. */
const LAYOUTS: Record<"haru" | "pdfbox" | "pdfbuilder" | "scribus", Record<string, Layout>> = {
  haru: {
    "synthetic-17": {
      fonts: CARLITO,
      size: 11,
      page: A4,
      margins: [mm(25.4), mm(25.4), mm(25.4), mm(25.4)],
      header: (a) => `Integrated inspection of safeguarding and looked after children's services: ${a}`,
      footerAlign: "center",
      shade: 0.85,
      titleAlign: "left",
      hanging: 36,
      labelShare: 0.36,
    },
    "synthetic-18": {
      fonts: CARLITO,
      size: 12,
      page: LETTER,
      margins: [72, 72, 72, 90],
      header: (a) => `CQC children's services inspection – ${a}`,
      footerAlign: "right",
      shade: 0.8,
      titleAlign: "center",
      hanging: 42,
      labelShare: 0.4,
    },
    "synthetic-19": {
      fonts: CARLITO,
      size: 10.5,
      page: A4,
      margins: [mm(20), mm(20), mm(20), mm(20)],
      header: (a) => `Care Quality Commission | ${a}`,
      footerAlign: "center",
      shade: 0.88,
      titleAlign: "left",
      hanging: 34,
      labelShare: 0.33,
    },
    barnet: {
      fonts: CARLITO,
      size: 11,
      page: LETTER,
      margins: [mm(22), mm(22), mm(22), mm(22)],
      header: (a) => `Report on the integrated inspection in ${a}`,
      footerAlign: "right",
      shade: 0.82,
      titleAlign: "left",
      hanging: 38,
      labelShare: 0.38,
    },
    dudley: {
      fonts: CARLITO,
      size: 11.5,
      page: A4,
      margins: [mm(25), mm(22), mm(25), mm(22)],
      header: (a) => `Inspection of safeguarding and looked after children's services – ${a}`,
      footerAlign: "center",
      shade: 0.86,
      titleAlign: "center",
      hanging: 40,
      labelShare: 0.35,
    },
  },
  pdfbox: {
    "synthetic-17": {
      fonts: LIB_SERIF,
      size: 12,
      page: LETTER,
      margins: [72, 72, 72, 72],
      header: (a) => `Safeguarding and looked after children: ${a}`,
      footerAlign: "right",
      shade: 0.83,
      titleAlign: "center",
      hanging: 40,
      labelShare: 0.38,
    },
    "synthetic-18": {
      fonts: LIB_SERIF,
      size: 11,
      page: A4,
      margins: [mm(22), mm(20), mm(22), mm(20)],
      header: (a) => `Integrated inspection report – ${a}`,
      footerAlign: "center",
      shade: 0.87,
      titleAlign: "left",
      hanging: 36,
      labelShare: 0.34,
    },
    "synthetic-19": {
      fonts: LIB_SERIF,
      size: 11.5,
      page: A4,
      margins: [mm(25), mm(25), mm(25), mm(25)],
      header: (a) => `CQC | ${a}`,
      footerAlign: "right",
      shade: 0.8,
      titleAlign: "left",
      hanging: 38,
      labelShare: 0.4,
    },
    barnet: {
      fonts: LIB_SERIF,
      size: 12,
      page: A4,
      margins: [mm(20), mm(18), mm(20), mm(18)],
      header: (a) => `${a}: CQC report`,
      footerAlign: "center",
      shade: 0.9,
      titleAlign: "center",
      hanging: 36,
      labelShare: 0.36,
    },
    dudley: {
      fonts: LIB_SERIF,
      size: 11,
      page: LETTER,
      margins: [72, 64, 72, 64],
      header: (a) => `Integrated inspection of children's services in ${a}`,
      footerAlign: "right",
      shade: 0.84,
      titleAlign: "left",
      hanging: 40,
      labelShare: 0.37,
    },
  },
  pdfbuilder: {
    "synthetic-17": {
      fonts: CALADEA,
      size: 11,
      page: A4,
      margins: [mm(24), mm(22), mm(24), mm(22)],
      header: (a) => `Report on the integrated inspection: ${a}`,
      footerAlign: "right",
      shade: 0.86,
      titleAlign: "left",
      hanging: 38,
      labelShare: 0.37,
    },
    "synthetic-18": {
      fonts: LIB_SANS,
      size: 10,
      page: A4,
      margins: [mm(25), mm(25), mm(25), mm(25)],
      header: (a) => `Safeguarding and looked after children's services in ${a}`,
      footerAlign: "center",
      shade: 0.82,
      titleAlign: "left",
      hanging: 34,
      labelShare: 0.35,
    },
    "synthetic-19": {
      fonts: CALADEA,
      size: 11.5,
      page: LETTER,
      margins: [72, 72, 72, 72],
      header: (a) => `Integrated inspection – ${a}`,
      footerAlign: "center",
      shade: 0.85,
      titleAlign: "center",
      hanging: 40,
      labelShare: 0.36,
    },
    barnet: {
      fonts: CALADEA,
      size: 11,
      page: A4,
      margins: [mm(25.4), mm(25.4), mm(25.4), mm(25.4)],
      header: (a) => `CQC report – ${a}`,
      footerAlign: "right",
      shade: 0.88,
      titleAlign: "left",
      hanging: 36,
      labelShare: 0.34,
    },
    dudley: {
      fonts: LIB_SANS,
      size: 10.5,
      page: A4,
      margins: [mm(20), mm(20), mm(20), mm(20)],
      header: (a) => `Inspection report: ${a}`,
      footerAlign: "center",
      shade: 0.84,
      titleAlign: "left",
      hanging: 36,
      labelShare: 0.38,
    },
  },
  scribus: {
    "synthetic-17": {
      fonts: LIB_SANS,
      size: 10.5,
      page: LETTER,
      margins: [72, 72, 72, 72],
      header: (a) => `Care Quality Commission – ${a}`,
      footerAlign: "center",
      shade: 0.85,
      titleAlign: "left",
      hanging: 36,
      labelShare: 0.36,
    },
    "synthetic-18": {
      fonts: CALADEA,
      size: 11.5,
      page: A4,
      margins: [mm(25), mm(22), mm(25), mm(22)],
      header: (a) => `Report on the integrated inspection in ${a}`,
      footerAlign: "right",
      shade: 0.88,
      titleAlign: "left",
      hanging: 40,
      labelShare: 0.38,
    },
    "synthetic-19": {
      fonts: CARLITO,
      size: 11,
      page: A4,
      margins: [mm(22), mm(22), mm(22), mm(22)],
      header: (a) => `Integrated inspection of safeguarding and looked after children's services – ${a}`,
      footerAlign: "right",
      shade: 0.82,
      titleAlign: "left",
      hanging: 38,
      labelShare: 0.35,
    },
    barnet: {
      fonts: LIB_SERIF,
      size: 11.5,
      page: LETTER,
      margins: [72, 66, 72, 66],
      header: (a) => `Safeguarding and looked after children's services: ${a}`,
      footerAlign: "center",
      shade: 0.86,
      titleAlign: "center",
      hanging: 38,
      labelShare: 0.36,
    },
    dudley: {
      fonts: CARLITO,
      size: 11,
      page: A4,
      margins: [mm(25.4), mm(25.4), mm(25.4), mm(25.4)],
      header: (a) => `CQC | ${a}`,
      footerAlign: "right",
      shade: 0.85,
      titleAlign: "left",
      hanging: 36,
      labelShare: 0.34,
    },
  },
};

const CP1252: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  "„": 0x84,
  "…": 0x85,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
};
/** Text in Windows-1252, as libharu's WinAnsiEncoding fonts take it. */
function cp1252(s: string): Buffer {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) bytes.push(c);
    else if (CP1252[ch] !== undefined) bytes.push(CP1252[ch]);
    else throw new Error(`no Windows-1252 code for U+${c.toString(16)}`);
  }
  return Buffer.from(bytes);
}

/** The pages' operations as the tab-separated lines the drawing programs read. */
function opsLines(pages: Op[][], layout: Layout, words: boolean): string {
  const n = (v: number) => v.toFixed(2);
  const out = [["doc", n(layout.page[0]), n(layout.page[1]), layout.fonts.R, layout.fonts.B, layout.fonts.I, layout.fonts.BI].join("\t")];
  for (const page of pages) {
    out.push("page");
    // Shading first, so that text and rules are drawn over it.
    for (const op of page) if (op.op === "fill") out.push(["fill", n(op.x), n(op.y), n(op.w), n(op.h), op.grey.toFixed(3)].join("\t"));
    for (const op of page)
      if (op.op === "rule") out.push(["rule", n(op.x1), n(op.y1), n(op.x2), n(op.y2), n(op.w)].join("\t"));
      else if (op.op === "text")
        for (const s of op.segs)
          if (words) for (const w of s.words) out.push(["word", s.f, n(s.size), n(s.rise), n(w.x), n(op.y), w.s].join("\t"));
          else out.push(["text", s.f, n(s.size), n(s.rise), n(s.x), n(op.y), n(s.ws), s.text].join("\t"));
  }
  return out.join("\n") + "\n";
}

function haru(name: string, text: string, target: string): void {
  const bin = path.join(WORK, "haru-report");
  if (!fs.existsSync(bin)) execFileSync("cc", ["-O1", "-o", bin, path.join(HERE, "haru-report.c"), "-lhpdf"]);
  const layout = LAYOUTS.haru[name];
  const ops = path.join(WORK, `${name}.haru.ops`);
  fs.writeFileSync(ops, cp1252(opsLines(layOut(text, layout), layout, false)));
  execFileSync(bin, [ops, target]);
}

const PDFBOX_CP = ["pdfbox2.jar", "fontbox2.jar", "commons-logging.jar"].map((j) => `/usr/share/java/${j}`).join(":");
function pdfbox(name: string, text: string, target: string): void {
  const layout = LAYOUTS.pdfbox[name];
  const ops = path.join(WORK, `${name}.pdfbox.ops`);
  fs.writeFileSync(ops, opsLines(layOut(text, layout), layout, false));
  execFileSync("java", ["-cp", PDFBOX_CP, path.join(HERE, "PdfboxReport.java"), ops, target], { stdio: ["ignore", "ignore", "inherit"] });
}

function pdfbuilder(name: string, text: string, target: string): void {
  const layout = LAYOUTS.pdfbuilder[name];
  const ops = path.join(WORK, `${name}.pdfbuilder.ops`);
  fs.writeFileSync(ops, opsLines(layOut(text, layout), layout, true));
  execFileSync("perl", [path.join(HERE, "pdfbuilder-report.pl"), ops, target]);
}

/** Scribus's names of the TrueType files' fonts. */
const scribusName = (file: string): string => {
  const m = /\/(Carlito|Caladea|LiberationSerif|LiberationSans)-(Regular|Bold|Italic|BoldItalic)\.ttf$/.exec(file);
  if (!m) throw new Error(`no Scribus name for ${file}`);
  return `${m[1].replace(/^Liberation/, "Liberation ")} ${m[2].replace("BoldItalic", "Bold Italic")}`;
};
function scribus(name: string, text: string, target: string): void {
  const layout = LAYOUTS.scribus[name];
  const file = path.join(WORK, `${name}.scribus.json`);
  const fonts = Object.fromEntries(Object.entries(layout.fonts).map(([k, f]) => [k, scribusName(f)]));
  fs.writeFileSync(file, JSON.stringify({ page: layout.page, fonts, pages: layOut(text, layout) }));
  execFileSync("xvfb-run", ["-a", "scribus", "-g", "-ns", "-py", path.join(HERE, "scribus_report.py")], {
    env: { ...process.env, SCRIBUS_LAYOUT: file, SCRIBUS_PDF: target },
    stdio: ["ignore", "ignore", "ignore"],
  });
  if (!fs.existsSync(target)) throw new Error(`Scribus made no PDF of ${name}`);
}

// ---------------------------------------------------------------- HTMLDOC

interface HtmldocLayout {
  font: "serif" | "sans" | "times" | "helvetica";
  size: number;
  page: "a4" | "letter";
  margins: [string, string, string, string]; // top, right, bottom, left
  header: (authority: string) => string;
  footer: "CENTER" | "RIGHT";
  shade: string;
}
const HTMLDOC: Record<string, HtmldocLayout> = {
  "synthetic-17": {
    font: "helvetica",
    size: 10.5,
    page: "a4",
    margins: ["25mm", "22mm", "25mm", "22mm"],
    header: (a) => `Integrated inspection – ${a}`,
    footer: "CENTER",
    shade: "#D9E2F3",
  },
  "synthetic-18": {
    font: "times",
    size: 11,
    page: "letter",
    margins: ["1in", "1in", "1in", "1in"],
    header: (a) => `CQC children's services inspection: ${a}`,
    footer: "RIGHT",
    shade: "#E2EFD9",
  },
  "synthetic-19": {
    font: "times",
    size: 10.5,
    page: "a4",
    margins: ["20mm", "20mm", "20mm", "20mm"],
    header: (a) => `Safeguarding and looked after children: ${a}`,
    footer: "CENTER",
    shade: "#DDDDDD",
  },
  barnet: {
    font: "helvetica",
    size: 10,
    page: "letter",
    margins: ["0.9in", "0.8in", "0.9in", "0.8in"],
    header: (a) => `Report on the integrated inspection in ${a}`,
    footer: "RIGHT",
    shade: "#FBE4D5",
  },
  dudley: {
    font: "times",
    size: 11,
    page: "a4",
    margins: ["25mm", "25mm", "25mm", "25mm"],
    header: (a) => `Inspection of safeguarding and looked after children's services – ${a}`,
    footer: "CENTER",
    shade: "#D0CECE",
  },
};

/** HTML text: &, < and > escaped, everything past ASCII as a numeric reference (HTMLDOC reads Windows-1252 here). */
const esc = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
const html = (runs: Run[]): string =>
  runs
    .map((r) => {
      let t = esc(r.t);
      if (r.sup) t = `<sup>${t}</sup>`;
      if (r.i) t = `<i>${t}</i>`;
      if (r.b) t = `<b>${t}</b>`;
      return t;
    })
    .join("");

/** The report as the HTML 3.2 page HTMLDOC lays out: tables for the heading block and the ratings, numbered paragraphs as two-cell tables, header and footer by HTMLDOC's comments. */
function htmldocPage(text: string, L: HtmldocLayout): string {
  const authority = authorityOf(text);
  const out: string[] = [
    `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">`,
    `<html><head><title>${esc(`Report on the integrated inspection: ${authority}`)}</title>`,
    `<meta name="author" content="Care Quality Commission"></head><body>`,
    `<!-- HEADER LEFT "${esc(L.header(authority)).replace(/"/g, "")}" -->`,
    `<!-- HEADER CENTER "" --><!-- HEADER RIGHT "" -->`,
    `<!-- FOOTER LEFT "" --><!-- FOOTER CENTER "" --><!-- FOOTER RIGHT "" -->`,
    `<!-- FOOTER ${L.footer} "Page $PAGE of $PAGES" -->`,
  ];
  let tables = 0;
  for (const b of fixedBlocks(text)) {
    const t = b.kind === "table" ? "" : b.runs.map((r) => r.t).join("");
    if (b.kind === "title") out.push(`<h1>${html(b.runs)}</h1><hr>`);
    else if (b.kind === "heading") out.push(/^within/i.test(t) ? `<h3><i>${html(b.runs)}</i></h3>` : `<h2>${html(b.runs)}</h2>`);
    else if (b.kind === "bullet") out.push(`<ul><li><p align="justify">${html(b.runs)}</p></li></ul>`);
    else if (b.kind === "footnote") out.push(`<p><font size="-1">${html(b.runs)}</font></p>`);
    else if (b.kind === "para") {
      const m = /^(\d{1,2}\.\d{1,2})\s+/.exec(t);
      if (m) {
        const runs = b.runs.map((r) => ({ ...r }));
        runs[0].t = runs[0].t.replace(/^\d{1,2}\.\d{1,2}\s+/, "");
        out.push(
          `<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td width="8%" valign="top">${m[1]}</td>` +
            `<td width="92%" valign="top"><p align="justify">${html(runs)}</p></td></tr></table>`,
        );
      } else out.push(`<p align="justify">${html(b.runs)}</p>`);
    } else if (b.kind === "table") {
      const ratings = tables++ > 0;
      out.push(`<table width="100%" border="1" cellpadding="4" cellspacing="0">`);
      for (const row of b.rows) {
        const head = row[1].length === 0 || /Inspection Outcome/i.test(row[0].map((r) => r.t).join(""));
        if (ratings && row[1].length === 0) out.push(`<tr><th colspan="2" bgcolor="${L.shade}" align="center">${html(row[0])}</th></tr>`);
        else if (ratings && head)
          out.push(
            `<tr><th width="65%" bgcolor="${L.shade}" align="left">${html(row[0])}</th><th width="35%" bgcolor="${L.shade}" align="left">${html(row[1])}</th></tr>`,
          );
        else if (ratings) out.push(`<tr><td width="65%">${html(row[0])}</td><td width="35%">${html(row[1])}</td></tr>`);
        else
          out.push(
            `<tr><td width="35%" valign="top" bgcolor="${L.shade}"><b>${html(row[0])}</b></td><td width="65%" valign="top">${html(row[1])}</td></tr>`,
          );
      }
      out.push(`</table><br>`);
    }
  }
  out.push(`</body></html>`);
  return out.join("\n");
}

function htmldoc(name: string, text: string, target: string): void {
  const L = HTMLDOC[name];
  const page = path.join(WORK, `${name}.htmldoc.html`);
  fs.writeFileSync(page, htmldocPage(text, L));
  execFileSync(
    "htmldoc",
    [
      "--webpage",
      "-t",
      "pdf14",
      "--charset",
      "cp-1252",
      "--size",
      L.page,
      "--top",
      L.margins[0],
      "--right",
      L.margins[1],
      "--bottom",
      L.margins[2],
      "--left",
      L.margins[3],
      "--bodyfont",
      L.font,
      "--headingfont",
      L.font === "times" ? "helvetica" : L.font,
      "--fontsize",
      String(L.size),
      "--headfootsize",
      String(L.size - 2),
      "--headfootfont",
      L.font === "helvetica" ? "helvetica-oblique" : "times-italic",
      "--no-embedfonts",
      "--compression=9",
      "--no-links",
      "-f",
      target,
      page,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
}

const PRODUCERS: Record<string, (name: string, text: string, target: string) => void> = { htmldoc, haru, pdfbox, pdfbuilder, scribus };

const filter = process.argv[2] ?? "";
fs.mkdirSync(OUT, { recursive: true });
for (const name of REPORTS)
  for (const [producer, make] of Object.entries(PRODUCERS)) {
    const file = `${name}.${producer}.pdf`;
    if (!file.includes(filter)) continue;
    const target = path.join(OUT, file);
    make(name, textOf(name), target);
    console.log(`${file}\t${fs.statSync(target).size}`);
  }
fs.rmSync(WORK, { recursive: true, force: true });
