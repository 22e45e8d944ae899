/**
 * npx tsx scripts/make-pdf-frozen7.ts [producer ...]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen7/: frozen set 7, PDFs from
 * producers the PDF reader has never seen (none of LibreOffice, Chromium,
 * Ghostscript, qpdf, cairo, WeasyPrint, wkhtmltopdf, ReportLab, PDFKit,
 * pdfTeX, AbiWord, groff, XeLaTeX, jsPDF, Calligra Words, LuaLaTeX, pdf-lib or
 * Typst writes their text). The reports: three texts written by hand for this
 * set and committed beside the PDFs (synthetic-11 Calderbrook, synthetic-12
 * Tamar Reach, synthetic-13 Ashby Fenwold: not the seed's generated
 * synthetic reports; longer metadata values, four to six provider trusts,
 * deadlines of 3, 6, 9 and 12 months), and Barnet and Dudley from
 * seed/reports/ for comparison with the other sets. Each producer lays the
 * report out in a layout of its own:
 *
 *   <name>.fop.pdf     XSL-FO (pdf-corpus/frozen7-markup.ts reportFo) by Apache FOP 2.8: A4, Caladea
 *                      (TrueType subsets), fo:tables, numbered paragraphs as fo:list-blocks, running
 *                      header, "Page X of Y" by page-number-citation, justified, ordinals raised
 *   <name>.tcpdf.pdf   HTML written by TCPDF 6.6.2's writeHTML (PHP): US Letter, Carlito (Calibri's
 *                      metrics, converted by TCPDF's addTTFfont), numbered paragraphs as two-cell
 *                      tables, Header()/Footer() overridden with getAliasNumPage/getAliasNbPages
 *   <name>.dompdf.pdf  HTML and CSS by dompdf 2.0.3 (PHP): A4, DejaVu Serif (@font-face), hanging indents by CSS,
 *                      header and "Page X of Y" by page_text
 *   <name>.prawn.pdf   the blocks drawn by Prawn 2.4.0 with prawn-table 0.2.2 (Ruby): US Letter,
 *                      Liberation Sans, repeat(:all) header, number_pages footer, inline <sup>
 *   <name>.mupdf.pdf   HTML and CSS laid out by MuPDF 1.21.1's own HTML engine (`mutool convert`);
 *                      its running header and "Page X of Y" written onto each page afterwards by
 *                      `mutool run` (MuPDF's JavaScript); ordinals left on the line
 *
 * Not measured yet: it is to be measured once, before any reader change for
 * it, by someone who did not make it. Nothing is labelled by hand: the
 * expected JSON is each report's text parsed (scripts/parse.ts).
 *
 * Needs Debian's (bookworm) fop, php-cli, php-tcpdf, php-dompdf, ruby-prawn,
 * ruby-prawn-table, mupdf-tools and the fonts fonts-crosextra-caladea,
 * fonts-crosextra-carlito, fonts-liberation2, fonts-dejavu-core:
 *
 *   apt-get install --no-install-recommends fop php-cli php-tcpdf php-dompdf ruby-prawn \
 *     ruby-prawn-table mupdf-tools fonts-crosextra-caladea fonts-crosextra-carlito fonts-liberation2 \
 *     fonts-dejavu-core
 *
 * With producer names given (fop, tcpdf, dompdf, prawn, mupdf) it makes only
 * those. The tests need none of these, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reportBlocks, type Block } from "./pdf-corpus/report-blocks";
import { prawnItems, reportFo, reportHtmlBody } from "./pdf-corpus/frozen7-markup";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen7");
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-frozen7-"));
const FONTS = "/usr/share/fonts/truetype";

const REPORTS: [string, string][] = [
  ...["synthetic-11", "synthetic-12", "synthetic-13"].map((n): [string, string] => [n, path.join(OUT, `${n}.txt`)]),
  ...["barnet", "dudley"].map((n): [string, string] => [n, path.join(ROOT, "seed", "reports", `${n}.txt`)]),
];

/** A producer's command; its output shown if it wrote no PDF (TCPDF reports its errors on stdout and exits 0). */
function run(cmd: string, args: string[], out: string, cwd = WORK): void {
  fs.rmSync(out, { force: true });
  const said = execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (!fs.existsSync(out)) throw new Error(`${cmd} wrote no ${out}: ${said.slice(0, 2000)}`);
}

// ---------------------------------------------------------------- Apache FOP

const FOP_CONF = `<?xml version="1.0"?>
<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts>
<directory>${FONTS}/crosextra</directory>
</fonts></renderer></renderers></fop>
`;

function fop(name: string, blocks: Block[], header: string, out: string): void {
  const conf = path.join(WORK, "fop.xconf");
  fs.writeFileSync(conf, FOP_CONF);
  const fo = path.join(WORK, `${name}.fo`);
  fs.writeFileSync(fo, reportFo(blocks, header));
  run("fop", ["-q", "-c", conf, "-fo", fo, "-pdf", out], out);
}

// ---------------------------------------------------------------- TCPDF (PHP)

/**
 * TCPDF's writeHTML on US Letter in Carlito: the TrueType files converted
 * into TCPDF's own font files (addTTFfont) in the scratch directory, subset
 * when written; Header() and Footer() overridden for the running header and
 * "Page X of Y" (TCPDF's page number aliases, replaced when the file is
 * written).
 */
const TCPDF_PHP = String.raw`<?php
[$self, $htmlFile, $header, $out, $fontDir] = $argv;
define('K_PATH_FONTS', $fontDir . '/');
// TCPDF's constructor sets Helvetica first: its metrics from the package's font folder.
foreach (glob('/usr/share/php/tcpdf/fonts/helvetica*.php') as $core) copy($core, $fontDir . '/' . basename($core));
require_once '/usr/share/php/tcpdf/tcpdf.php';
$fonts = [];
foreach (['Regular', 'Bold', 'Italic', 'BoldItalic'] as $style)
  $fonts[$style] = TCPDF_FONTS::addTTFfont("/usr/share/fonts/truetype/crosextra/Carlito-$style.ttf", 'TrueTypeUnicode', '', 32, $fontDir . '/');
class Report extends TCPDF {
  public $runningHeader = '';
  public function Header() {
    $this->SetFont('carlito', 'I', 8.5);
    $this->SetTextColor(90, 90, 90);
    $this->Cell(0, 0, $this->runningHeader, 'B', 1, 'L');
  }
  public function Footer() {
    $this->SetY(-15);
    $this->SetFont('carlito', '', 9);
    $this->SetTextColor(0, 0, 0);
    $this->Cell(0, 0, 'Page ' . $this->getAliasNumPage() . ' of ' . $this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new Report('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->runningHeader = $header;
$pdf->SetCreator('CQC report export');
$pdf->SetTitle($header);
$pdf->SetMargins(54, 64, 54);
$pdf->SetHeaderMargin(30);
$pdf->SetFooterMargin(36);
$pdf->SetAutoPageBreak(true, 60);
$pdf->setFontSubsetting(true);
$pdf->SetFont('carlito', '', 11);
$pdf->setCellHeightRatio(1.3);
$pdf->setHtmlVSpace([
  'p' => [0 => ['h' => 0, 'n' => 0], 1 => ['h' => 6, 'n' => 1]],
  'h2' => [0 => ['h' => 10, 'n' => 1], 1 => ['h' => 2, 'n' => 1]],
  'h3' => [0 => ['h' => 6, 'n' => 1], 1 => ['h' => 2, 'n' => 1]],
]);
$pdf->AddPage();
$pdf->writeHTML(file_get_contents($htmlFile), true, false, true, false, '');
$pdf->lastPage();
$pdf->Output($out, 'F');
`;

const TCPDF_CSS = `<style>
h1 { font-size: 16pt; color: #2e5e3e; }
h2 { font-size: 13pt; color: #2e5e3e; }
h3 { font-size: 11.5pt; font-style: italic; }
p { text-align: justify; }
table.meta td, table.ratings td { font-size: 10pt; }
ul { margin-left: 0; }
</style>`;

function tcpdf(name: string, blocks: Block[], header: string, out: string): void {
  const fontDir = path.join(WORK, "tcpdf-fonts");
  fs.mkdirSync(fontDir, { recursive: true });
  const php = path.join(WORK, "tcpdf.php");
  fs.writeFileSync(php, TCPDF_PHP);
  const html = path.join(WORK, `${name}.tcpdf.html`);
  // TCPDF's tables take <td> widths; its paragraphs no hanging indent, so numbered ones are two-cell tables, each followed by a small gap.
  const body = reportHtmlBody(blocks, { sup: true, numbers: "table", th: false }).replace(
    /<\/table>\n/g,
    '</table>\n<div style="font-size:5pt">&nbsp;</div>\n',
  );
  fs.writeFileSync(html, TCPDF_CSS + body);
  run("php", [php, html, header, out, fontDir], out);
}

// ---------------------------------------------------------------- Prawn (Ruby)

/**
 * Prawn draws the items (pdf-corpus/frozen7-markup.ts prawnItems) on US
 * Letter in Liberation Sans: tables by prawn-table, a numbered paragraph's
 * number floated left of its indented text, the running header repeated on
 * every page, number_pages for "Page X of Y".
 */
const PRAWN_RB = String.raw`
require "json"
require "prawn"
require "prawn/table"
items_file, header, out = ARGV
items = JSON.parse(File.read(items_file))
F = "/usr/share/fonts/truetype/liberation2"
Prawn::Fonts::AFM.hide_m17n_warning = true
pdf = Prawn::Document.new(page_size: "LETTER", margin: [78, 66, 66, 66], info: { Title: header, Creator: "Prawn" })
pdf.font_families.update("Liberation Sans" => {
  normal: "#{F}/LiberationSans-Regular.ttf", bold: "#{F}/LiberationSans-Bold.ttf",
  italic: "#{F}/LiberationSans-Italic.ttf", bold_italic: "#{F}/LiberationSans-BoldItalic.ttf" })
pdf.font "Liberation Sans", size: 9.5
pdf.default_leading 2.5
pdf.repeat(:all) do
  pdf.canvas do
    pdf.fill_color "555555"
    pdf.draw_text header, at: [66, 792 - 44], size: 8, style: :italic
    pdf.fill_color "000000"
    pdf.stroke_color "999999"
    pdf.line_width 0.5
    pdf.stroke_line [66, 792 - 50], [612 - 66, 792 - 50]
    pdf.stroke_color "000000"
  end
end
keep = lambda { |room| pdf.start_new_page if pdf.cursor < room }
items.each do |it|
  case it["kind"]
  when "title"
    pdf.text it["text"], inline_format: true, size: 15, style: :bold, leading: 3
    pdf.move_down 12
  when "heading"
    keep.call(70)
    pdf.move_down 8
    pdf.text it["text"], inline_format: true, size: 12, style: :bold, color: "7a1f2b"
    pdf.move_down 5
  when "deadline"
    keep.call(60)
    pdf.move_down 4
    pdf.text it["text"], inline_format: true, size: 10.5, style: :bold
    pdf.move_down 4
  when "caption"
    keep.call(80)
    pdf.text it["text"], inline_format: true, size: 10.5
    pdf.move_down 3
  when "bullet"
    pdf.float { pdf.indent(14) { pdf.text "–" } }
    pdf.indent(30) { pdf.text it["text"], inline_format: true, align: :justify }
    pdf.move_down 4
  when "footnote"
    pdf.text it["text"], inline_format: true, size: 7.5
  when "para"
    if it["ref"]
      pdf.float { pdf.text it["ref"] }
      pdf.indent(34) { pdf.text it["text"], inline_format: true, align: :justify }
    else
      pdf.text it["text"], inline_format: true, align: :justify
    end
    pdf.move_down 7
  when "table"
    widths = it["first"] ? [0.34, 0.66] : [0.7, 0.3]
    data = it["rows"].map do |r|
      if r["kind"] == "band"
        [{ content: r["cells"][0], colspan: 2, background_color: "7a1f2b", text_color: "ffffff", font_style: :bold }]
      elsif r["kind"] == "head"
        r["cells"].map { |c| { content: c, background_color: "efe3e5", font_style: :bold } }
      elsif it["first"]
        [{ content: r["cells"][0], font_style: :bold, background_color: "f2f2f2" }, r["cells"][1]]
      else
        r["cells"]
      end
    end
    pdf.table(data, width: pdf.bounds.width, column_widths: widths.map { |w| w * pdf.bounds.width },
              cell_style: { inline_format: true, size: 9, padding: [4, 6, 5, 6], border_width: 0.6, border_color: "666666" })
    pdf.move_down 12
  end
end
pdf.number_pages "Page <page> of <total>", at: [pdf.bounds.right - 160, -22], width: 160, align: :right, size: 8.5
pdf.render_file out
`;

function prawn(name: string, blocks: Block[], header: string, out: string): void {
  const rb = path.join(WORK, "prawn.rb");
  fs.writeFileSync(rb, PRAWN_RB);
  const items = path.join(WORK, `${name}.prawn.json`);
  fs.writeFileSync(items, JSON.stringify(prawnItems(blocks)));
  run("ruby", [rb, items, header, out], out);
}

// ---------------------------------------------------------------- dompdf (PHP)

/**
 * dompdf renders the HTML on A4 in DejaVu Serif,
 * paragraphs justified with their numbers hung by CSS; the running header
 * and "Page X of Y" drawn on every page by page_text once the document is
 * laid out. The fonts by @font-face from Debian's fonts-dejavu-core; dompdf's
 * font cache is kept in the scratch directory.
 */
const DOMPDF_PHP = String.raw`<?php
[$self, $htmlFile, $header, $out, $cacheDir] = $argv;
require_once '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf;
use Dompdf\Options;
$options = new Options();
$options->setFontDir($cacheDir);
$options->setFontCache($cacheDir);
// The fonts by @font-face from Debian's font folder (Debian's dompdf has no metrics for the fonts it lists).
$options->setChroot([dirname($htmlFile), '/usr/share/fonts/truetype']);
$options->setDefaultFont('Report Serif');
$dompdf = new Dompdf($options);
$dompdf->loadHtml(file_get_contents($htmlFile), 'UTF-8');
$dompdf->setPaper('A4', 'portrait');
$dompdf->render();
$canvas = $dompdf->getCanvas();
$metrics = $dompdf->getFontMetrics();
$italic = $metrics->getFont('Report Serif', 'italic');
$plain = $metrics->getFont('Report Serif', 'normal');
$canvas->page_text(71, 40, $header, $italic, 8, [0.35, 0.35, 0.35]);
$canvas->page_line(71, 52, 524, 52, [0.5, 0.5, 0.5], 0.5);
$canvas->page_text(250, 800, 'Page {PAGE_NUM} of {PAGE_COUNT}', $plain, 8.5, [0, 0, 0]);
$dompdf->addInfo('Title', $header);
file_put_contents($out, $dompdf->output());
`;

const DOMPDF_FACES = [
  ["normal", "normal", "DejaVuSerif"],
  ["bold", "normal", "DejaVuSerif-Bold"],
  ["normal", "italic", "DejaVuSerif-Italic"],
  ["bold", "italic", "DejaVuSerif-BoldItalic"],
]
  .map(
    ([weight, style, file]) =>
      `@font-face { font-family: "Report Serif"; font-weight: ${weight}; font-style: ${style}; src: url("file://${FONTS}/dejavu/${file}.ttf"); }`,
  )
  .join("\n");

const DOMPDF_CSS = `<style>
${DOMPDF_FACES}
@page { margin: 72pt 71pt 64pt 71pt; }
body { font-family: "Report Serif"; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 12pt 0; }
h2 { font-size: 12pt; margin: 14pt 0 5pt 0; border-bottom: 0.5pt solid #777; page-break-after: avoid; }
h3 { font-size: 10.5pt; font-style: italic; margin: 10pt 0 4pt 0; page-break-after: avoid; }
p { text-align: justify; margin: 0 0 6pt 0; }
p.num { padding-left: 32pt; }
p.num span.ref { float: left; width: 32pt; margin-left: -32pt; }
p.caption { margin: 10pt 0 3pt 0; }
ul { margin: 0 0 4pt 0; padding-left: 26pt; }
li { text-align: justify; }
table { border-collapse: collapse; margin: 4pt 0 12pt 0; }
td, th { border: 0.75pt solid #333; padding: 3pt 5pt; vertical-align: top; font-size: 9pt; text-align: left; }
th { background: #e4e4e4; }
tr.band td { background: #404040; color: #fff; }
td.label { background: #f3f3f3; }
</style>`;

function dompdf(name: string, blocks: Block[], header: string, out: string): void {
  const php = path.join(WORK, "dompdf.php");
  fs.writeFileSync(php, DOMPDF_PHP);
  const cache = path.join(WORK, "dompdf-fonts");
  fs.mkdirSync(cache, { recursive: true });
  const html = path.join(WORK, `${name}.dompdf.html`);
  const body = reportHtmlBody(blocks, { sup: true, numbers: "hang", th: true });
  fs.writeFileSync(
    html,
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${header}</title>${DOMPDF_CSS}</head><body>\n${body}\n</body></html>\n`,
  );
  run("php", [php, html, header, out, cache], out);
}

// ---------------------------------------------------------------- MuPDF (mutool)

/**
 * MuPDF lays the HTML out itself (`mutool convert`, its EPUB/HTML engine) on
 * US Letter in its built-in Charis SIL; its tables ruled above and below
 * only (MuPDF 1.21 draws a cell's borders one line high whatever the cell
 * holds, across the text of a taller cell, so no cell borders), numbered paragraphs hang by a negative text-indent, the
 * ordinals' suffixes stay on the line. MuPDF's HTML engine has no running
 * header or footer: `mutool run` (MuPDF's JavaScript) then writes the header,
 * its rule and "Page X of Y" onto each page in Helvetica and saves the file
 * compressed.
 */
const MUPDF_STAMP_JS = String.raw`
var doc = new PDFDocument(scriptArgs[0]);
var header = scriptArgs[2];
var regular = doc.addSimpleFont(new Font("Helvetica"), "Latin");
var italic = doc.addSimpleFont(new Font("Helvetica-Oblique"), "Latin");
var n = doc.countPages();
function esc(s) { return s.replace(/\\/g, "\\\\").replace(/\(/g, "\\(").replace(/\)/g, "\\)"); }
for (var i = 0; i < n; i++) {
  var page = doc.findPage(i);
  var box = page.get("MediaBox");
  var w = box.get(2).valueOf(), h = box.get(3).valueOf();
  var res = page.get("Resources");
  var fonts = res.get("Font");
  if (!fonts.isDictionary()) { fonts = doc.newDictionary(); res.put("Font", fonts); }
  fonts.put("FStampR", regular);
  fonts.put("FStampI", italic);
  var footer = "Page " + (i + 1) + " of " + n;
  var s = "Q q BT /FStampI 8 Tf 0.35 g 1 0 0 1 72 " + (h - 40) + " Tm (" + esc(header) + ") Tj ET "
    + "0.5 w 0.5 G 72 " + (h - 46) + " m " + (w - 72) + " " + (h - 46) + " l S "
    + "BT /FStampR 8.5 Tf 0 g 1 0 0 1 " + (w / 2 - 24) + " 34 Tm (" + esc(footer) + ") Tj ET Q\n";
  var contents = page.get("Contents");
  var all = doc.newArray();
  all.push(doc.addStream("q\n", null));
  if (contents.isArray()) { for (var k = 0; k < contents.length; k++) all.push(contents.get(k)); } else all.push(contents);
  all.push(doc.addStream(s, null));
  page.put("Contents", all);
}
doc.save(scriptArgs[1], "compress,garbage");
`;

const MUPDF_CSS = `<style>
@page { margin: 66pt 72pt 62pt 72pt; }
body { font-family: serif; font-size: 10pt; line-height: 1.3; }
h1 { font-size: 16pt; margin: 0 0 10pt 0; }
h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }
h3 { font-size: 10.5pt; font-style: italic; font-weight: bold; margin: 8pt 0 3pt 0; page-break-after: avoid; }
p { text-align: justify; margin: 0 0 6pt 0; }
p.num { padding-left: 26pt; text-indent: -26pt; }
p.caption { margin: 8pt 0 2pt 0; }
ul { margin: 0 0 4pt 0; padding-left: 22pt; }
li { text-align: justify; }
table { width: 100%; margin: 4pt 0 10pt 0; border-top: 1pt solid black; border-bottom: 1pt solid black; }
td, th { padding: 2pt 4pt; vertical-align: top; text-align: left; font-size: 9.5pt; }
</style>`;

function mupdf(name: string, blocks: Block[], header: string, out: string): void {
  const js = path.join(WORK, "stamp.js");
  fs.writeFileSync(js, MUPDF_STAMP_JS);
  const html = path.join(WORK, `${name}.mupdf.html`);
  const body = reportHtmlBody(blocks, { sup: false, numbers: "hang", th: true })
    .replace(/<span class="ref">([^<]*)<\/span>/g, "$1 ")
    .replace(/<(td|th) width="(\d+)%"/g, '<$1 style="width: $2%"');
  fs.writeFileSync(
    html,
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>${header}</title>${MUPDF_CSS}</head><body>\n${body}\n</body></html>\n`,
  );
  const laid = path.join(WORK, `${name}.mupdf-laid.pdf`);
  run("mutool", ["convert", "-W", "612", "-H", "792", "-o", laid, html], laid);
  run("mutool", ["run", js, laid, out, header], out);
}

// ---------------------------------------------------------------- main

const PRODUCERS: Record<string, (name: string, blocks: Block[], header: string, out: string) => void> = {
  fop,
  tcpdf,
  prawn,
  dompdf,
  mupdf,
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(PRODUCERS);
for (const [name, file] of REPORTS) {
  const text = fs.readFileSync(file, "utf8");
  const blocks = reportBlocks(text);
  const header = `CQC integrated inspection: ${/services in ([^\n*]+)/i.exec(text)?.[1].trim() ?? "report"}`;
  for (const producer of wanted) {
    const out = path.join(OUT, `${name}.${producer}.pdf`);
    PRODUCERS[producer](name, blocks, header, out);
    console.log(`${path.relative(ROOT, out)}  ${fs.statSync(out).size} bytes`);
  }
}
fs.rmSync(WORK, { recursive: true, force: true });
