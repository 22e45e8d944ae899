/**
 * npx tsx scripts/make-pdf-frozen4.ts
 *
 * Regenerates test/fixtures/pdf-corpus/frozen4/: frozen set 4, PDFs of reports
 * from producers the PDF reader has never seen: none is in tuned/, frozen/,
 * heldout/ or frozen3/ (scripts/make-pdf-corpus.ts, make-pdf-heldout.ts and
 * make-pdf-frozen3.ts make those, every one of them through LibreOffice or
 * Chromium). Here five other programs each write the text layer themselves,
 * from four layouts of the report's blocks (pdf-corpus/report-blocks.ts). For
 * Barnet, Dudley and one synthetic report in no other set (synthetic-8, the
 * eighth of the default seed: the fixtures have 1-3, tuned/ 1, frozen/ 4-5,
 * heldout/ 6, frozen3/ 7; its text committed beside it):
 *
 *   <name>.html-weasyprint.pdf   the report as an HTML page with real <table>s (pdf-corpus/table-html.ts:
 *                                Liberation Serif, CSS page-margin header and "Page X of Y" footer),
 *                                printed by WeasyPrint (`weasyprint page.html out.pdf`)
 *   <name>.html-wkhtmltopdf.pdf  the same HTML page printed by wkhtmltopdf (Qt WebKit and Qt's PDF engine:
 *                                `wkhtmltopdf -q --page-size A4 -T 20mm -B 20mm -L 18mm -R 18mm`, its
 *                                default "smart shrinking" left on, so the text is set smaller)
 *   <name>.reportlab.pdf         the report laid out by ReportLab's Platypus (pdf-corpus/make_reportlab.py:
 *                                Paragraphs, ruled Tables, DejaVu Sans as ReportLab's TrueType subsets)
 *   <name>.pdfkit.pdf            the report drawn by PDFKit (npm) with a layout of its own
 *                                (pdf-corpus/pdfkit-report.ts: standard Helvetica, not embedded; table
 *                                cells placed at column x positions with ruled borders; no raised ordinals)
 *   <name>.latex.pdf             the report as a LaTeX document (pdf-corpus/latex-report.ts: Times,
 *                                longtable with ruled p{} columns, fancyhdr), run twice through pdfLaTeX
 *
 * Not measured yet: it is to be measured once, before any reader change for
 * it, by someone who did not make it (docs/pdf-reading.md, "Frozen set 4").
 * Nothing is labelled by hand: the expected JSON is the report's text parsed.
 *
 * Needs Debian's weasyprint (57.2), wkhtmltopdf (0.12.6), python3-reportlab
 * (3.6.12, for /usr/bin/python3), texlive-latex-base, texlive-latex-recommended
 * and texlive-fonts-recommended (pdfTeX 1.40.24), fonts-liberation and
 * fonts-dejavu-core:
 *
 *   apt-get install --no-install-recommends weasyprint wkhtmltopdf python3-reportlab \
 *     texlive-latex-base texlive-latex-recommended texlive-fonts-recommended fonts-liberation fonts-dejavu-core
 *
 * and npm, with which it installs PDFKit (the version below) into its scratch
 * directory, not into the project. The tests need none of them, only the
 * committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { makeSet, officeWorkspace } from "./pdf-corpus/office";
import { pdfkitReport } from "./pdf-corpus/pdfkit-report";
import { reportTex } from "./pdf-corpus/latex-report";
import { tablePageHtml } from "./pdf-corpus/table-html";

const PDFKIT = "pdfkit@0.20.2";
const OUT = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf-corpus", "frozen4");
const scratch = officeWorkspace("pdf-frozen4-");
const WORK = scratch.work;
const NPM = path.join(WORK, "npm");

fs.mkdirSync(NPM);
execFileSync("npm", ["install", "--prefix", NPM, "--no-audit", "--no-fund", "--no-package-lock", PDFKIT], { stdio: "ignore" });

/** pdfLaTeX twice (the second run knows the page count for "Page X of Y"). */
function latex(name: string, tex: string, out: string): void {
  fs.writeFileSync(path.join(WORK, `${name}.tex`), tex);
  for (let run = 0; run < 2; run++)
    execFileSync("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", `${name}.tex`], { cwd: WORK, stdio: "ignore" });
  fs.copyFileSync(path.join(WORK, `${name}.pdf`), out);
}

async function makeReport(name: string, text: string): Promise<void> {
  const { blocks, blocksFile, header } = scratch.blocksOf(name, text);
  const out = (variant: string) => path.join(OUT, `${name}.${variant}.pdf`);

  const html = path.join(WORK, `${name}.html`);
  fs.writeFileSync(html, tablePageHtml(blocks, header));
  execFileSync("weasyprint", [html, out("html-weasyprint")], { stdio: "ignore" });
  const margins = ["-T", "20mm", "-B", "20mm", "-L", "18mm", "-R", "18mm"];
  execFileSync("wkhtmltopdf", ["-q", "--page-size", "A4", ...margins, html, out("html-wkhtmltopdf")], { stdio: "ignore" });

  const script = path.join(import.meta.dirname, "pdf-corpus", "make_reportlab.py");
  execFileSync("/usr/bin/python3", [script, blocksFile, out("reportlab"), header]);

  await pdfkitReport(blocks, header, out("pdfkit"), NPM);

  latex(name, reportTex(blocks, header), out("latex"));
}

// The eighth synthetic report: not among the fixtures (1-3), tuned/ (1), frozen/ (4-5), heldout/ (6) or frozen3/ (7).
await makeSet(OUT, 8, makeReport);
scratch.remove();
