/**
 * npx tsx scripts/make-pdf-frozen10.ts [name-filter]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen10/: frozen set 10, reports as ordinary Word documents
 * in three house styles, with Word features no earlier set used, printed to PDF by LibreOffice
 * Writer, some of them then re-saved by one post-processor each. The reports: three texts written by
 * hand for this set and committed beside the PDFs (synthetic-20 Wendlebury Marsh, synthetic-21
 * Greyfriars and Holt, synthetic-22 Oakhanger), and Barnet and Dudley from seed/reports/. Files are
 * named <report>.<style>-<printer>.pdf.
 *
 * Writer: pdf-corpus/frozen10_docx.py (Debian's python3-docx 0.8.11 and raw WordprocessingML), from
 * the report's blocks (pdf-corpus/report-blocks.ts). Styles (see the Python file's docstring):
 *   tabstops  Calibri 11 pt, line spacing exactly 14 pt, automatic hyphenation on, widow/orphan
 *             control off; title in a shaded, bordered band; metadata as label<TAB>value on a left
 *             tab stop with a dot leader and a hanging indent, ratings as label<TAB>grade on a right
 *             tab stop at the margin with a dot leader (no tables); headings letter-spaced with a
 *             bottom paragraph border, the unnumbered ones (Context, The Inspection Process,
 *             Recommendations, Next steps) in small capitals; typed finding numbers on a hanging
 *             indent; Wingdings bullets (U+F0A7); different first-page header; "Page X of Y" footer
 *   cover     Cambria body and Calibri headings; a cover page (different first-page header and
 *             footer, both empty) with the title in a filled rectangle (VML shape with a text box)
 *             and the metadata in a borderless floating (positioned, tblpPr) table; the ratings on a
 *             landscape page (a section of its own) in a borderless table with shaded header rows and
 *             banded rows; section headings and findings numbered by a Word multilevel list (%1.,
 *             %1.%2 with isLgl) whose numbers are Arial bold blue, the typed numbers removed (the
 *             words are the same: "1.1", a tab, the text); Symbol bullets (U+F0B7); Barnet's footnote
 *             as a Word footnote (footnotes.xml part) at the foot of its page
 *   twocol    Arial 10 pt, 2 cm margins; a banded running header (a shaded one-row table in the page
 *             header); metadata and ratings tables with no borders but shaded cells parted by white
 *             gaps; headings on full-width paragraph shading, letter-spaced; the findings in a
 *             two-column section (continuous section breaks); the recommendations in a two-column
 *             table (deadline | addressee and bullets); Wingdings arrow bullets (U+F0D8); Barnet's
 *             footnote as a Word footnote; "Page X of Y" in a text box (VML) in the footer
 * Every report is made in all three styles.
 *
 * Printer: LibreOffice Writer 7.4.7 (`soffice --headless --convert-to pdf`, a profile of its own),
 * which lays the documents out with the metric-compatible fonts fontconfig gives it for the fonts
 * they name (Carlito for Calibri, Caladea for Cambria, Liberation Sans for Arial) and hyphenates the
 * tabstops documents with Debian's hyphen-en-gb patterns (the documents are in en-GB). Post-processors,
 * one each on ten of the fifteen printed PDFs (POST below), the copies kept beside the PDFs they came
 * from:
 *   gs     Ghostscript 10.00.0 (`gs -sDEVICE=pdfwrite -dNOPAUSE -dBATCH -dSAFER`), twocol (Arial) only
 *   qpdf   qpdf 11.3.0 (`qpdf --object-streams=generate --linearize`)
 *   cairo  poppler 22.12's pdftocairo (`pdftocairo -pdf`, cairo 1.16)
 * 25 PDFs, 56-136 KB; 3 to 14 pages.
 *
 * Tried and not used:
 *   Ghostscript on the Calibri and Cambria documents (tabstops, cover): LibreOffice sets Carlito's
 *             and Caladea's ligatures ("ti", "ft", "ff"), and Ghostscript's re-written text layer loses
 *             their text ("inspec on" for "inspection", "a er" for "after", "sta" for "staff"): words
 *             lost, so Ghostscript re-saves only the Arial documents, which have no ligatures.
 *   Small capitals on the numbered section headings and the deadline headings: LibreOffice sets small
 *             capitals as capital letters, so the text layer says "GENERAL – LEADERSHIP AND MANAGEMENT"
 *             and the section titles and deadline labels read back would not be the text's; kept to
 *             the four unnumbered headings (their text in capitals parses to the same JSON).
 *   Hyphenating the title and headings: the title band came out as "Integrated Inspec-tion"; titles
 *             and headings are marked not to hyphenate, as heading styles usually are. The body is
 *             hyphenated, also at the foot of a page ("con-" | running header | "junction").
 *   A floating table as wide as the text column: LibreOffice 7.4 sets it in the text flow, not as a
 *             positioned table, so the cover's metadata table is 14 cm wide (of 16.6).
 *   A three-column recommendations table (deadline, recommendation, source): the source
 *             ("Ofsted, December 2011") is part of the recommendation's sentence in the text, so a
 *             column of its own would move words out of it; two columns used instead.
 *   Barnet's "---" rules are left out (report-blocks.ts drops them), as in the earlier sets.
 *
 * Not measured yet: it is to be measured once, before any reader change for it, by someone who
 * did not make it. The expected JSON is each report's text parsed (scripts/parse.ts).
 *
 * Needs Debian's (bookworm) python3-docx, libreoffice-writer-nogui, hyphen-en-gb, ghostscript, qpdf,
 * poppler-utils and the fonts fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-liberation2:
 *
 *   apt-get install --no-install-recommends python3-docx libreoffice-writer-nogui hyphen-en-gb \
 *     ghostscript qpdf poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2
 *
 * With a filter given, it makes only the PDFs whose names contain it (e.g. `twocol`, `synthetic-21`).
 * The tests need none of these programs, only the committed files.
 */
import path from "node:path";
import { authorityOf, makeWordSet, type Resave } from "./pdf-corpus/office";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen10");
const REPORTS = ["synthetic-20", "synthetic-21", "synthetic-22", "barnet", "dudley"];
const STYLES = ["tabstops", "cover", "twocol"] as const;
type Style = (typeof STYLES)[number];

/** The post-processed copies: report → the style printed and the post-processor re-saving it. */
const POST: Record<string, [Style, Resave][]> = {
  "synthetic-20": [
    ["twocol", "gs"],
    ["tabstops", "qpdf"],
  ],
  "synthetic-21": [
    ["cover", "cairo"],
    ["twocol", "gs"],
  ],
  "synthetic-22": [
    ["tabstops", "qpdf"],
    ["cover", "cairo"],
  ],
  barnet: [
    ["twocol", "gs"],
    ["cover", "qpdf"],
  ],
  dudley: [
    ["twocol", "qpdf"],
    ["tabstops", "cairo"],
  ],
};

/** The running header each style prints, as its office words it. */
const HEADERS: Record<Style, (authority: string) => string> = {
  tabstops: (a) => `Care Quality Commission – integrated inspection, ${a}`,
  cover: (a) => `CQC safeguarding and looked after children inspection: ${a}`,
  twocol: (a) => `${a}: CQC findings from the integrated inspection`,
};

makeWordSet({
  outDir: OUT,
  reports: REPORTS,
  styles: STYLES,
  resaves: POST,
  writer: path.join(ROOT, "scripts", "pdf-corpus", "frozen10_docx.py"),
  argsOf: (style, name, text) => [HEADERS[style](authorityOf(text))],
  filter: process.argv[2] ?? "",
});
