/**
 * The PDF corpus made by other means than the fixture script
 * (scripts/make-pdf-corpus.ts): Word tables, Ghostscript, qpdf, a tagged
 * export, tab stops, CSS grids in two columns. Each PDF must give the report
 * JSON of the text it was made from, field for field. tuned/ is what the
 * reader was developed against; frozen/ it never was, and is reported apart.
 * heldout/ (scripts/make-pdf-heldout.ts: cairo, PostScript round trips, Writer
 * in a serif font on Letter) was measured once before the reader was changed
 * for it, and is a development set since (docs/pdf-reading.md has both figures).
 * frozen3/ (scripts/make-pdf-frozen3.ts) was frozen set 3: measured once, at
 * 0999fe1 before any reader change. Its Chromium PDFs' failures were looked at
 * and the reader changed for them (raised runs, taller lines, drawn bullets,
 * a footer mid-page, a header counted as a column's row), so it is a
 * development set since (docs/pdf-reading.md has the figures); every PDF of it
 * now reads field for field.
 * frozen4/ (scripts/make-pdf-frozen4.ts: WeasyPrint, wkhtmltopdf, ReportLab,
 * PDFKit, pdfTeX) was frozen set 4: measured once at a0ac699, 2026-12-07 20:42
 * UTC, before any reader change for it: 3,040 of 3,115 fields. This block
 * then held each PDF to its count. The reader has since been changed for its
 * misses (a bullet larger than its item's words, URW's "Ital" fonts, a
 * footnote marker on the baseline), so it is a development set, and every PDF
 * of it reads field for field, as the others do.
 * frozen5/ (scripts/make-pdf-frozen5.ts: AbiWord, groff, XeLaTeX, jsPDF) was
 * frozen set 5: measured once at 189c1e8, 2026-12-07 21:08 UTC, before any
 * reader change for it: 2,264 of 2,304 fields, each PDF then held to its
 * count. The reader has since been changed for its misses (a cell's drawn
 * border between a label and its value, a raised ordinal after a justified
 * gap, a page's first line in another typeface, a font's style from its
 * program's OS/2 table), so it is a development set too, and every PDF of it
 * reads field for field. frozen6/ (scripts/make-pdf-frozen6.ts: Calligra
 * Words, LuaLaTeX, pdf-lib, Typst) was frozen set 6: measured once at 2f38309,
 * 2026-12-07 21:43 UTC: 1,738 of 2,324 fields, Calligra's three not read as
 * reports. The reader has since been changed for Calligra (a run drawn twice
 * in one place read once, a line's copy past the running footer or header
 * from the other side of a page break left out), so it is a development set;
 * Calligra's PDFs read field for field, three others are held to their
 * counts at the end of this file. frozen7/ (scripts/make-pdf-frozen7.ts:
 * Apache FOP, TCPDF, dompdf, Prawn, MuPDF's mutool convert) was frozen set 7:
 * measured once at 5cdcb2f, 2026-12-07 22:59 UTC: 3,260 of 4,620 fields,
 * MuPDF's five not read as reports. It is a development set since; each PDF
 * is held to at least its count at the end of this file. frozen8/
 * (scripts/make-pdf-frozen8.ts: three new reports and the seeds as Word
 * documents written by the docx npm package and by pandoc, printed by
 * LibreOffice and Calligra Words) was frozen set 8, measured once at 9f31c63,
 * 2026-12-08 00:13 UTC, totals per PDF only: 2,822 of 2,856 fields. Its misses
 * have since been read and mended: a development set, field for field.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../report/parse-report";
import { readPdfText } from "./read-pdf";

const ROOT = path.join(import.meta.dirname, "..", "..");
const CORPUS = path.join(ROOT, "test", "fixtures", "pdf-corpus");
const SLOW = 120_000;

function sourceText(set: string, name: string): string {
  const own = path.join(CORPUS, set, `${name}.txt`);
  if (fs.existsSync(own)) return fs.readFileSync(own, "utf8");
  if (name.startsWith("synthetic")) return fs.readFileSync(path.join(ROOT, "test", "fixtures", "pdf", `${name}.txt`), "utf8");
  return fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");
}

/** A PostScript round trip leaves glyph numbers where the letters were: such a PDF is refused in words, as a scan is. */
const TEXTLESS = /\.word-(?:gs)?ps\.pdf$/;
const TEXTLESS_ERROR =
  "this PDF's text cannot be read: its fonts do not say which letters they draw (as after printing through PostScript); save the document as PDF again, or import its text";

for (const set of ["tuned", "frozen", "heldout", "frozen3", "frozen4", "frozen5"]) {
  describe(`PDFs of the ${set} corpus read as their text does, field for field`, () => {
    const files = fs
      .readdirSync(path.join(CORPUS, set))
      .filter((f) => f.endsWith(".pdf"))
      .sort();
    for (const file of files) {
      it(file, { timeout: SLOW }, async () => {
        const read = await readPdfText(fs.readFileSync(path.join(CORPUS, set, file)));
        if (TEXTLESS.test(file)) return expect(read).toEqual({ ok: false, error: TEXTLESS_ERROR });
        if (!read.ok) throw new Error(`${file}: ${read.error}`);
        // No table row without its label: the parser finds the inspection dates even in one, the fields do not show it.
        expect(read.text).not.toMatch(/^\t/m);
        expect(parseReport(read.text)).toEqual(parseReport(sourceText(set, file.split(".")[0])));
      });
    }
  });
}

/** Leaf fields of a report's JSON by path, as `scripts/pdf-corpus/score.ts` counts them. */
function leaves(value: unknown, at = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, `${at}/${k}`, out);
  else out.set(at, value);
  return out;
}

/** Fields of `file` read as its text gives them; a PDF refused, or read as no report, has none. */
async function fieldsRead(set: string, file: string): Promise<{ equal: number; total: number }> {
  const want = leaves(parseReport(sourceText(set, file.split(".")[0])));
  const read = await readPdfText(fs.readFileSync(path.join(CORPUS, set, file)));
  let got = new Map<string, unknown>();
  try {
    if (read.ok) got = leaves(parseReport(read.text));
  } catch {
    // Not read as a report: every field counts as wrong, as score.ts counts it.
  }
  return { equal: [...want].filter(([at, value]) => Object.is(got.get(at), value)).length, total: want.size };
}

/**
 * A measured set's PDFs, each held to at least the fields it read at its one measurement
 * (`measured`), or field for field when not listed; `count` PDFs, `made` saying how they were made.
 */
function heldToCounts(set: string, title: string, made: string, count: number, measured: Record<string, number>): void {
  describe(title, () => {
    const files = fs
      .readdirSync(path.join(CORPUS, set))
      .filter((f) => f.endsWith(".pdf"))
      .sort();
    it(made, () => expect(files).toHaveLength(count));
    for (const file of files) {
      it(file, { timeout: SLOW }, async () => {
        const { equal, total } = await fieldsRead(set, file);
        expect(equal).toBeGreaterThanOrEqual(measured[file] ?? total);
      });
    }
  });
}

/**
 * Frozen set 6 (scripts/make-pdf-frozen6.ts: Calligra Words, LuaLaTeX, pdf-lib, Typst), measured
 * once at 2f38309, 2026-12-07 21:43 UTC, before any reader change for it: 1,738 of 2,324 fields
 * (Calligra's three PDFs not read as reports). No PDF may read fewer fields than then (one not
 * listed read field for field). Since then a development set: the counts are raised as rules for
 * it are made (a run drawn twice in one place read once; a line's copy past the running footer or
 * header on the other side of a page break left out): Calligra's three now read field for field,
 * and pdf-lib's Dudley since frozen set 7's rule on a step wider than a paragraph's own spacing,
 * Typst's Dudley since its rule on a line with room for the next line's first word.
 */
const FROZEN6_MEASURED: Record<string, number> = {
  "barnet.typst.pdf": 200,
};

heldToCounts(
  "frozen6",
  "frozen set 6: no PDF reads fewer fields than its count (field for field if not listed)",
  "twelve PDFs: four producers for each of three reports",
  12,
  FROZEN6_MEASURED,
);

/**
 * Frozen set 7 (scripts/make-pdf-frozen7.ts: Apache FOP, TCPDF, dompdf, Prawn, MuPDF), measured once
 * at 5cdcb2f, 2026-12-07 22:59 UTC, before any reader change for it: 3,260 of 4,620 fields (MuPDF's
 * five PDFs not read as reports: "missing a ratings table; a report date"). No PDF may read fewer
 * fields than then (one not listed read field for field). Since then a development set: the counts
 * are raised as rules for it are made (rules only above and below a table do not cut its rows; a
 * label and its value in two fonts on one baseline; a bold heading row's step aside; a label wrapped
 * under a value set at the top of its cell; an en dash set apart as a bullet; a step down wider than
 * the paragraph's own line spacing starts a paragraph; a table row split by a page break goes on;
 * a cell's lines joined as a paragraph's; text under 3 pt left out; a line with room for the next
 * line's first word ends its paragraph; a raised ordinal over the start of its number goes after it;
 * a numbered first line goes on across a page break into its hanging indent; a word drawn well
 * inside the word before it is a word of its own). Only Barnet's MuPDF PDF is left short: its footnote.
 */
const FROZEN7_MEASURED: Record<string, number> = {
  "barnet.mupdf.pdf": 196,
};

heldToCounts(
  "frozen7",
  "frozen set 7: no PDF reads fewer fields than its count (field for field if not listed)",
  "twenty-five PDFs: five producers for each of five reports",
  25,
  FROZEN7_MEASURED,
);

/**
 * Frozen set 8 (scripts/make-pdf-frozen8.ts: Word documents of three reports the project had never
 * seen, and of the seeds, written by the docx npm package with Word's own numbering, fields and
 * repeated header rows, and by pandoc with a reference document; printed by LibreOffice and by
 * Calligra Words), made by a helper who never ran the reader and measured once at 9f31c63,
 * 2026-12-08 00:13 UTC, totals per PDF only: 2,822 of 2,856 fields, 8 of 15 PDFs field for field.
 * Its misses have since been read and mended (a table going on across a page break, a line left of
 * a list item's hanging indent, a line drawn whole and in pieces): a development set, field for field.
 */
const FROZEN8_MEASURED: Record<string, number> = {};

heldToCounts(
  "frozen8",
  "frozen set 8, a development set since: every PDF field for field",
  "fifteen PDFs: three writer and printer pairs for each of five reports",
  15,
  FROZEN8_MEASURED,
);

/**
 * Frozen set 9 (scripts/make-pdf-frozen9.ts: three reports the project had never seen and the
 * seeds, by five producers never used before: HTMLDOC, libharu, Apache PDFBox, PDF::Builder and
 * Scribus), made by a helper who never ran the reader and measured once at e9a2a63, 2026-12-08
 * 01:55 UTC, after frozen set 8's rules, totals per PDF only: 4,392 of 4,400 fields, 21 of 25 PDFs
 * field for field. Its misses have since been read and mended (a line justified by spacing its
 * letters read as its show-text operators wrote it, a line left of a one-line item's bullet, a
 * paragraph's number left alone by a page break): a development set, field for field.
 */
heldToCounts(
  "frozen9",
  "frozen set 9, a development set since: every PDF field for field",
  "twenty-five PDFs: five producers for each of five reports",
  25,
  {},
);

/**
 * Frozen set 10 (scripts/make-pdf-frozen10.ts: three reports the project had never seen and the
 * seeds as Word documents in three house styles with Word features no set had used (dot-leader tab
 * stops for the tables, a cover page with a floating table and a landscape ratings page, a
 * two-column findings section, borderless shaded tables, Word footnotes), printed by LibreOffice,
 * ten of them re-saved by Ghostscript, qpdf or pdftocairo), made by a helper who never ran the
 * reader and measured once at 665cb9b, 2026-12-08 02:24 UTC, totals per PDF only: 2,534 of 4,465
 * fields, 7 of 25 PDFs field for field, the eight of the tab-stop style not read as reports. Its
 * misses have since been read and mostly mended (tab leaders, a document that hyphenates its lines,
 * a heading under two columns, a deadline and its lead-in in a table's two cells): a development
 * set, each PDF held to its count now, 4,341 of 4,465 fields.
 */
heldToCounts(
  "frozen10",
  "frozen set 10, a development set since: no PDF reads fewer fields than now (field for field if not listed)",
  "twenty-five PDFs: three Word house styles for each of five reports, ten re-saved",
  25,
  {
    "barnet.cover-lo-qpdf.pdf": 197,
    "barnet.cover-lo.pdf": 197,
    "barnet.tabstops-lo.pdf": 199,
    "barnet.twocol-lo-gs.pdf": 197,
    "barnet.twocol-lo.pdf": 197,
    "dudley.tabstops-lo-cairo.pdf": 147,
    "dudley.tabstops-lo.pdf": 251,
  },
);

/**
 * Frozen set 11 (scripts/make-pdf-frozen11.ts: three reports the project had never seen and the
 * seeds as Word documents in three more house styles: tables ruled by horizontal lines only with a
 * four-column metadata table and findings as tables; Letter pages with mirrored margins, line
 * numbers, labels stacked above values and headings numbered in the margin; a narrow justified
 * column with a page border, a diagonal watermark, a contents list with dot leaders and drop
 * capitals), printed by LibreOffice, eight re-saved by Ghostscript, qpdf or pdftocairo; made by a
 * helper who never ran the reader and measured once at 3ca30c9, 2026-12-08 02:42 UTC, after frozen
 * set 10's rules, totals per PDF only: 550 of 4,321 fields, no PDF field for field, 17 of 23 not
 * read as reports. Its misses have since been read, and partly mended (a contents list, labels
 * flush right against a rule, drop capitals, line numbers, mirrored margins, four-column tables
 * ruled into rows): a development set, 3,767 of 4,321 fields, each PDF held to its count now.
 */
heldToCounts(
  "frozen11",
  "frozen set 11, a development set since: no PDF reads fewer fields than now (field for field if not listed)",
  "twenty-three PDFs: three Word house styles for each of five reports, eight re-saved",
  23,
  {
    "barnet.margin-lo-gs.pdf": 191,
    "barnet.margin-lo.pdf": 191,
    "barnet.ruled-lo.pdf": 99,
    "barnet.watermark-lo-qpdf.pdf": 197,
    "barnet.watermark-lo.pdf": 197,
    "dudley.margin-lo-cairo.pdf": 249,
    "dudley.margin-lo.pdf": 249,
    "dudley.ruled-lo-qpdf.pdf": 156,
    "dudley.ruled-lo.pdf": 156,
    "synthetic-23.margin-lo.pdf": 102,
    "synthetic-23.ruled-lo.pdf": 103,
    "synthetic-24.margin-lo-gs.pdf": 211,
    "synthetic-24.margin-lo.pdf": 211,
    "synthetic-24.ruled-lo-cairo.pdf": 141,
    "synthetic-24.ruled-lo.pdf": 141,
    "synthetic-25.margin-lo.pdf": 121,
    "synthetic-25.ruled-lo.pdf": 90,
  },
);

/**
 * Frozen set 12 (scripts/make-pdf-frozen12.ts: three reports the project had never seen and the
 * seeds as Word documents in three more house styles: a grid of all borders with coloured grade
 * cells and findings numbered right-aligned in a hanging indent; a landscape document in Word's
 * built-in "Light List" table look; the whole body in one double-bordered cell with tables nested in
 * it), printed by LibreOffice, five re-saved by qpdf or pdftocairo; made by a helper who never ran
 * the reader and measured once at e1e74d4, 2026-12-08 03:05 UTC, after frozen set 11's rules,
 * totals per PDF only: 3,349 of 3,440 fields, 11 of 20 PDFs field for field. Still frozen: its
 * misses have not been looked at. No PDF may read fewer fields.
 */
heldToCounts(
  "frozen12",
  "frozen set 12: no PDF reads fewer fields than at its one measurement (field for field if not listed)",
  "twenty PDFs: three Word house styles for each of five reports, five re-saved",
  20,
  {
    "barnet.boxed-lo-qpdf.pdf": 184,
    "barnet.boxed-lo.pdf": 184,
    "barnet.gradegrid-lo.pdf": 197,
    "dudley.boxed-lo.pdf": 239,
    "synthetic-26.boxed-lo.pdf": 156,
    "synthetic-27.boxed-lo.pdf": 102,
    "synthetic-28.boxed-lo-cairo.pdf": 124,
    "synthetic-28.boxed-lo.pdf": 124,
    "synthetic-28.gradegrid-lo.pdf": 131,
  },
);
