/**
 * npx tsx scripts/make-pdf-frozen11.ts [name-filter]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen11/: frozen set 11, reports as ordinary Word documents
 * in three house styles, with Word features no earlier set used, printed to PDF by LibreOffice
 * Writer, some of them then re-saved by one post-processor each. The reports: three texts written by
 * hand for this set and committed beside the PDFs (synthetic-23 Harrowden Vale, North East, three
 * trusts; synthetic-24 Wyvernholme, West Midlands, six trusts, many short findings, four deadline
 * groups from "Immediately" to "Within 6 months"; synthetic-25 Ashcombe Downs, South East, two trusts,
 * long findings), and Barnet and Dudley from seed/reports/. Files are named
 * <report>.<style>-<printer>.pdf.
 *
 * Writer: pdf-corpus/frozen11_docx.py (Debian's python3-docx 0.8.11 and raw WordprocessingML, reusing
 * frozen10_docx.py's helpers), from the report's blocks (pdf-corpus/report-blocks.ts). Styles (see the
 * Python file's docstring):
 *   ruled      Georgia 10.5 pt body, Verdana headings, A4; every table ruled by horizontal lines only,
 *              cells vertically centred with generous padding (tblCellMar); the metadata as a
 *              four-column table, two label/value pairs a row; the ratings table's council and first
 *              column-heading rows marked as a header row repeated on each page (tblHeader), rows
 *              allowed to break across pages, so a judgement split by a page break has the header
 *              rows printed again between its two halves; each numbered section's findings in a
 *              two-column table (number | text) whose first row, the section heading across both
 *              columns, repeats at the top of each page the table runs onto; en-dash bullets; Barnet's
 *              footnote as a Word footnote; a left-aligned running header over a rule; a footer with a
 *              document reference ("Ref: CQC/CSLAC/HV/001") left-aligned and "Page X of Y"
 *              right-aligned on one line (the Footer style's tab stops cleared, a right tab stop)
 *   margin     Times New Roman 12 pt with 1.5 line spacing, Arial headings, on US Letter; mirrored
 *              margins with a 0.8 cm gutter; different odd and even headers and footers (the running
 *              header right on odd pages, the document reference left on even pages; "Page X of Y"
 *              on the outside); Word line numbering in the margin (lnNumType: every fifth line,
 *              restarting on each page, 1.3 cm from the text); the metadata with each label stacked
 *              above its value (no table, no tabs); the ratings in a fully ruled grid; numbered
 *              headings with the number hanging 1 cm into the left margin (negative first-line
 *              indent, a tab after the number); findings with a first-line indent, not a hanging one;
 *              U+2022 bullets; Barnet's footnote as a small paragraph where the text has it
 *   watermark  Verdana 9.5 pt justified in a narrow column (5 cm left and 3 cm right margins), so the
 *              word gaps are wide; a page border (pgBorders); a diagonal "OFFICIAL" watermark (a VML
 *              WordArt text-path shape in the header, as Word's Watermark command makes it); after the
 *              title a contents list made as Word's TOC field result is (each heading a hyperlink to a
 *              bookmark on it, a dot leader, a PAGEREF field LibreOffice fills with the page); drop
 *              capitals (a framePr dropCap paragraph holding the first letter) on the first paragraph
 *              and on the first paragraph of Context; the metadata in a table whose only rule is the
 *              vertical one between right-aligned labels and their values; the ratings in a table
 *              with dotted horizontal rules, right-aligned grades and a repeated header row; Wingdings
 *              square bullets (U+F0A7); Barnet's footnote as a Word footnote; the reference and
 *              "Page X of Y" centred in the footer
 * Every report is made in all three styles. What the styles add to the report's words: running
 * headers, footers and document references, the contents list (watermark), line numbers (margin),
 * the repeated header rows (ruled, watermark); the watermark's word is drawn as a shape.
 *
 * Printer: LibreOffice Writer 7.4.7.2 (`soffice --headless --convert-to pdf`, a profile of its own),
 * with the fonts fontconfig gives it for the fonts the documents name: Liberation Serif 2.1.5 for
 * Times New Roman and Liberation Sans for Arial (metric-compatible), DejaVu Serif and DejaVu Sans 2.37
 * for Georgia and Verdana (not metric-compatible, so lines break where Word's would not). The
 * documents are in en-GB with automatic hyphenation off. Post-processors, one each on eight of the
 * fifteen printed PDFs (POST below), the copies kept beside the PDFs they came from:
 *   gs     Ghostscript 10.00.0 (`gs -sDEVICE=pdfwrite -dNOPAUSE -dBATCH -dSAFER`), margin (Liberation
 *          fonts) only
 *   qpdf   qpdf 11.3.0 (`qpdf --object-streams=generate --linearize`)
 *   cairo  poppler 22.12's pdftocairo (`pdftocairo -pdf`, cairo 1.16.0)
 * 23 PDFs, 72-167 KB; 5 to 18 pages. Checked only with pdfinfo, pdftotext (every word of the text
 * present; the only differences are words broken at their hyphens at a line's end, superscript
 * ordinals, the drop capitals' letters apart from their words, footnote markers against their
 * notes) and page images.
 *
 * Tried and not used:
 *   Ghostscript on the watermark documents and on margin with Verdana headings (and so not on ruled,
 *             in the same DejaVu fonts): LibreOffice sets DejaVu's "fi", "ff" and "ffi" ligatures and
 *             the text layer Ghostscript writes lacks the words that had them ("staff", "effective",
 *             "identified", "Staffing"): 138 words missing from Dudley's watermark copy, "Staffing"
 *             from synthetic-24's margin copy.
 *             Margin's headings were changed from Verdana to Arial, and Ghostscript re-saves margin
 *             only (its re-saved copies have every word).
 *   A real TOC field (fldChar begin, instruction TOC \o "1-2" \h \z \u, separate, the entries, end):
 *             LibreOffice prints a TOC field's saved result as it finds it, so every page number was
 *             the placeholder "1"; the entries are kept without the field around them, their PAGEREF
 *             fields filled in by LibreOffice.
 *   A "Contents" title over the contents list: left out, as a word not in the report.
 *   Barnet's "---" rules are left out (report-blocks.ts drops them), as in the earlier sets.
 *
 * Not measured yet: it is to be measured once, before any reader change for it, by someone who
 * did not make it. The expected JSON is each report's text parsed (scripts/parse.ts).
 *
 * Needs Debian's (bookworm) python3-docx, libreoffice-writer-nogui, ghostscript, qpdf, poppler-utils
 * and the fonts fonts-liberation2 and fonts-dejavu-core:
 *
 *   apt-get install --no-install-recommends python3-docx libreoffice-writer-nogui ghostscript qpdf \
 *     poppler-utils fonts-liberation2 fonts-dejavu-core
 *
 * With a filter given, it makes only the PDFs whose names contain it (e.g. `margin`, `synthetic-24`).
 * KEEP_DOCX=<dir> also copies the .docx files there. The tests need none of these programs, only the
 * committed files.
 */
import path from "node:path";
import { authorityOf, makeWordSet, type Resave } from "./pdf-corpus/office";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen11");
const REPORTS = ["synthetic-23", "synthetic-24", "synthetic-25", "barnet", "dudley"];
const STYLES = ["ruled", "margin", "watermark"] as const;
type Style = (typeof STYLES)[number];

/** The post-processed copies: report → the style printed and the post-processor re-saving it. */
const POST: Record<string, [Style, Resave][]> = {
  "synthetic-23": [["watermark", "qpdf"]],
  "synthetic-24": [
    ["ruled", "cairo"],
    ["margin", "gs"],
  ],
  "synthetic-25": [["watermark", "cairo"]],
  barnet: [
    ["margin", "gs"],
    ["watermark", "qpdf"],
  ],
  dudley: [
    ["ruled", "qpdf"],
    ["margin", "cairo"],
  ],
};

/** The running header each style prints, as its office words it. */
const HEADERS: Record<Style, (authority: string) => string> = {
  ruled: (a) => `Integrated inspection of safeguarding and looked after children's services – ${a}`,
  margin: (a) => `Care Quality Commission: ${a} health findings`,
  watermark: (a) => `${a} – CQC report to health commissioners and providers`,
};

/** The document reference each office types in its footer or even-page header. */
const reference = (name: string, authority: string): string => {
  const initials = authority
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return `Ref: CQC/CSLAC/${initials}/${(REPORTS.indexOf(name) + 1).toString().padStart(3, "0")}`;
};

makeWordSet({
  outDir: OUT,
  reports: REPORTS,
  styles: STYLES,
  resaves: POST,
  writer: path.join(ROOT, "scripts", "pdf-corpus", "frozen11_docx.py"),
  argsOf: (style, name, text) => [HEADERS[style](authorityOf(text)), reference(name, authorityOf(text))],
  filter: process.argv[2] ?? "",
});
