/**
 * npx tsx scripts/make-pdf-frozen12.ts [name-filter]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen12/: frozen set 12, reports as ordinary Word documents
 * in three house styles unlike those of sets 10 and 11, printed to PDF by LibreOffice Writer, five
 * of them then re-saved by one post-processor each. The reports: three texts written by hand for this
 * set and committed beside the PDFs (synthetic-26 Brackenmoor, Yorkshire and Humber, four trusts, an
 * inadequate health judgement, three deadline groups from "Immediately" to "Within 6 months";
 * synthetic-27 Sedgecombe and Wardle, South West, two trusts, good and outstanding grades, a short
 * recommendations section; synthetic-28 Lindenford, East of England, three trusts, an inadequate
 * "Being Healthy" and a footnote raised in a finding, as Barnet has), and Barnet and Dudley from
 * seed/reports/. Files are named <report>.<style>-<printer>.pdf.
 *
 * Writer: pdf-corpus/frozen12_docx.py (Debian's python3-docx 0.8.11 and raw WordprocessingML, reusing
 * the helpers of frozen10_docx.py and frozen11_docx.py), from the report's blocks
 * (pdf-corpus/report-blocks.ts). Styles (see the Python file's docstring):
 *   gradegrid  Cambria 10.5 pt single-spaced, 6 pt after, on A4; the metadata in a narrow two-column
 *              table (8.5 + 5 cm) with every border drawn, so long values wrap (Dudley's and Barnet's
 *              "Date of Inspection" on two lines); the ratings in a full-width grid with each grade
 *              cell filled green (Outstanding, Good), amber (Adequate) or red (Inadequate) and the
 *              grade in white bold, the council's row merged and filled navy, the column-heading rows
 *              grey; headings in a box with a thick navy left border and a pale fill; the section
 *              headings and findings numbered by a Word multilevel list ("%1." and "%1.%2", the typed
 *              numbers removed; every report here numbers consistently, so the typed-number fallback
 *              is not used), the finding numbers right-aligned (lvlJc right) in a 1.5 cm hanging
 *              indent; the recommendations as a two-level list, each "Ensure that … take action to:"
 *              lead-in at level 1 with a square bullet and its items at level 2 with en-dash
 *              bullets; Barnet's and synthetic-28's footnote as a Word footnote; a header with the
 *              council's name left and "Children's services inspection" right on one line (a right
 *              tab stop, the Header style's stops cleared); a footer "Page X" only, centred
 *   lightlist  A4 LANDSCAPE for the whole document, Calibri 11 pt; headings in Word's built-in Title,
 *              Heading 1, Heading 2 and Heading 3 styles (python-docx's default template: blue,
 *              Heading 3 for the deadlines); metadata and ratings tables in the built-in "Light List
 *              Accent 1" table style with its look also applied directly as Word shows it (first row
 *              filled blue with white bold text, the other rows banded pale blue, an outer border and
 *              no inner rules); findings with typed numbers, a tab and a 1.27 cm hanging indent;
 *              small-square bullets (U+25AA); the footnote as a small paragraph where the text has it;
 *              no header; a footer "Page X" right-aligned
 *   boxed      Arial 10 pt, line spacing 1.1, A4; the title, then everything else inside one
 *              single-cell table with a double outer border that frames the body and runs across the
 *              pages, the metadata and ratings as tables nested in that cell (the metadata with shaded
 *              labels and dashed rules; the ratings in three columns, judgement | grade | a blank
 *              column the template left for notes); headings in bold small capitals over a rule;
 *              findings with the number bold and a 1 cm hanging indent; arrow bullets (U+27A2, from
 *              "Segoe UI Symbol", which fontconfig maps to DejaVu Sans); footnotes as Word footnotes;
 *              header "Children's services inspection" right-aligned; footer "Page X" left-aligned
 * Every report is made in all three styles. What the styles add to the report's words: the running
 * headers and "Page X" footers, the list numbers that replace typed ones (gradegrid), and the
 * footnote markers that replace a superscript number and its footnote line (gradegrid, boxed).
 *
 * Printer: LibreOffice Writer 7.4.7.2 (`soffice --headless --convert-to pdf`, a profile of its own;
 * Debian's libreoffice-writer-nogui 4:7.4.7-1+deb12u14), with the fonts fontconfig gives it for the
 * fonts the documents name: Caladea (fonts-crosextra-caladea 20200211) for Cambria, Carlito
 * (fonts-crosextra-carlito 20220224) for Calibri, Liberation Sans 2.1.5 for Arial (all
 * metric-compatible), DejaVu Sans 2.37 for Segoe UI Symbol (bullets only). The documents are in en-GB
 * with automatic hyphenation off. Post-processors, one each on five of the fifteen printed PDFs
 * (POST below), the copies kept beside the PDFs they came from:
 *   qpdf   qpdf 11.3.0 (`qpdf --object-streams=generate --linearize`)
 *   cairo  poppler 22.12's pdftocairo (`pdftocairo -pdf`, cairo 1.16.0)
 * 20 PDFs, 50-99 KB; 4 to 13 pages. Checked only with pdfinfo, pdftotext (every word of the text
 * present; the only differences are the added header and footer words and list numbers, superscript
 * ordinals joined to their numbers, and footnote markers joined to the word or note beside them) and
 * one or two page images per style.
 *
 * Tried and not used:
 *   The metadata and the ratings as ONE two-column table: the text has paragraphs between them, and
 *             one table would have moved those paragraphs; both are made in the same grid instead.
 *   Ghostscript as a third post-processor: left out after set 11's finding that it drops the words
 *             with "fi"/"ff" ligatures from DejaVu text layers; these styles use other fonts but were
 *             not tried with it for lack of time.
 *   Barnet's "---" rules are left out (report-blocks.ts drops them), as in the earlier sets.
 *
 * Not measured yet: it is to be measured once, before any reader change for it, by someone who
 * did not make it. The expected JSON is each report's text parsed (scripts/parse.ts).
 *
 * Needs Debian's (bookworm) python3-docx, libreoffice-writer-nogui, qpdf, poppler-utils and the fonts
 * fonts-crosextra-caladea, fonts-crosextra-carlito, fonts-liberation2 and fonts-dejavu-core:
 *
 *   apt-get install --no-install-recommends python3-docx libreoffice-writer-nogui qpdf poppler-utils \
 *     fonts-crosextra-caladea fonts-crosextra-carlito fonts-liberation2 fonts-dejavu-core
 *
 * With a filter given, it makes only the PDFs whose names contain it (e.g. `boxed`, `synthetic-27`).
 * KEEP_DOCX=<dir> also copies the .docx files there. The tests need none of these programs, only the
 * committed files.
 */
import path from "node:path";
import { authorityOf, makeWordSet, type Resave } from "./pdf-corpus/office";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen12");
const REPORTS = ["synthetic-26", "synthetic-27", "synthetic-28", "barnet", "dudley"];
const STYLES = ["gradegrid", "lightlist", "boxed"] as const;
type Style = (typeof STYLES)[number];

/** The post-processed copies: report → the style printed and the post-processor re-saving it. */
const POST: Record<string, [Style, Resave][]> = {
  "synthetic-26": [["lightlist", "qpdf"]],
  "synthetic-27": [["gradegrid", "cairo"]],
  "synthetic-28": [["boxed", "cairo"]],
  barnet: [["boxed", "qpdf"]],
  dudley: [["gradegrid", "cairo"]],
};

makeWordSet({
  outDir: OUT,
  reports: REPORTS,
  styles: STYLES,
  resaves: POST,
  writer: path.join(ROOT, "scripts", "pdf-corpus", "frozen12_docx.py"),
  argsOf: (style, name, text) => [`${authorityOf(text)} Council`],
  filter: process.argv[2] ?? "",
});
