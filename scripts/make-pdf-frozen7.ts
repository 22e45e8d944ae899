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
 *   <name>.dompdf.pdf  HTML and CSS by dompdf 2.0.3 (PHP): A4, DejaVu Serif, hanging indents by CSS,
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
 * fonts-crosextra-carlito, fonts-liberation2 (dompdf brings DejaVu):
 *
 *   apt-get install --no-install-recommends fop php-cli php-tcpdf php-dompdf ruby-prawn \
 *     ruby-prawn-table mupdf-tools fonts-crosextra-caladea fonts-crosextra-carlito fonts-liberation2
 *
 * With producer names given (fop, tcpdf, dompdf, prawn, mupdf) it makes only
 * those. The tests need none of these, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reportBlocks, type Block } from "./pdf-corpus/report-blocks";
import { reportFo, reportHtmlBody } from "./pdf-corpus/frozen7-markup";

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
  const body = reportHtmlBody(blocks, { sup: true, numbers: "table", th: false }).replace(/<\/table>\n/g, '</table>\n<div style="font-size:5pt">&nbsp;</div>\n');
  fs.writeFileSync(html, TCPDF_CSS + body);
  run("php", [php, html, header, out, fontDir], out);
}

// ---------------------------------------------------------------- main

const PRODUCERS: Record<string, (name: string, blocks: Block[], header: string, out: string) => void> = { fop, tcpdf };

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
