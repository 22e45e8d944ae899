/**
 * npx tsx scripts/make-pdf-frozen5.ts
 *
 * Regenerates test/fixtures/pdf-corpus/frozen5/: frozen set 5, PDFs of reports
 * from producers the PDF reader has never seen: none is in tuned/, frozen/,
 * heldout/, frozen3/ or frozen4/ (scripts/make-pdf-corpus.ts,
 * make-pdf-heldout.ts, make-pdf-frozen3.ts and make-pdf-frozen4.ts make those:
 * LibreOffice, Chromium, Ghostscript, qpdf, poppler, WeasyPrint, wkhtmltopdf,
 * ReportLab, PDFKit, pdfTeX). Here four other programs each write the text
 * layer. For Barnet, Dudley and one synthetic report in no other set
 * (synthetic-9, the ninth of the default seed: the fixtures have 1-3, tuned/ 1,
 * frozen/ 4-5, heldout/ 6, frozen3/ 7, frozen4/ 8; its text committed beside it):
 *
 *   <name>.abiword.pdf   the python-docx .docx of the other sets (pdf-corpus/make_docx.py: Word tables,
 *                        raised ordinals, PAGE/NUMPAGES footer) printed by another word processor,
 *                        AbiWord (`abiword --to=pdf -o out.pdf report.docx`; it writes through cairo)
 *   <name>.groff.pdf     the report as a groff ms document with tbl tables (pdf-corpus/groff-report.ts),
 *                        `groff -k -ms -t -Tpdf -dpaper=a4 -P-pa4 -dPAGES=n`: gropdf, Times not embedded;
 *                        run twice, the first run's page count (pdfinfo) giving the footer's "of n"
 *   <name>.xelatex.pdf   the LaTeX document of frozen4/ (pdf-corpus/latex-report.ts) with fontspec and
 *                        Latin Modern Roman (OpenType, CFF) instead of Times in T1, run twice through
 *                        XeLaTeX (xdvipdfmx writes the PDF)
 *   <name>.jspdf.pdf     the report drawn by jsPDF (npm) with jspdf-autotable's ruled tables and a layout
 *                        of its own (pdf-corpus/jspdf-report.ts), DejaVu Serif embedded
 *
 * Not measured yet: it is to be measured once, before any reader change for
 * it, by someone who did not make it (docs/pdf-reading.md, "Frozen set 5").
 * Nothing is labelled by hand: the expected JSON is the report's text parsed.
 *
 * Needs Debian's abiword (3.0.5), groff (1.22.4, for gropdf; groff-base alone
 * has no PDF device), texlive-xetex (XeTeX 0.999994, xdvipdfmx 20211117, TeX
 * Live 2022) with texlive-latex-recommended, fonts-lmodern, python3-docx,
 * poppler-utils (pdfinfo), fonts-liberation and fonts-dejavu-core:
 *
 *   apt-get install --no-install-recommends abiword groff texlive-xetex texlive-latex-recommended \
 *     fonts-lmodern python3-docx poppler-utils fonts-liberation fonts-dejavu-core
 *
 * and npm, with which it installs jsPDF and jspdf-autotable (the versions
 * below) into its scratch directory, not into the project. The tests need none
 * of them, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { makeDocx, makeSet, officeWorkspace } from "./pdf-corpus/office";
import { reportRoff } from "./pdf-corpus/groff-report";
import { jspdfReport } from "./pdf-corpus/jspdf-report";
import { reportTex } from "./pdf-corpus/latex-report";

const OUT = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf-corpus", "frozen5");
const scratch = officeWorkspace("pdf-frozen5-");
const WORK = scratch.work;
const NPM = path.join(WORK, "npm");
const JSPDF = ["jspdf@4.2.1", "jspdf-autotable@5.0.9"];

fs.mkdirSync(NPM);
execFileSync("npm", ["install", "--prefix", NPM, "--no-audit", "--no-fund", "--no-package-lock", ...JSPDF], { stdio: "ignore" });

/** XeLaTeX's fonts: Latin Modern Roman, OpenType (CFF), by fontspec. */
const XETEX_FONTS = "\\usepackage{fontspec}\n\\setmainfont{Latin Modern Roman}";

/** XeLaTeX twice (the second run knows the page count for "Page X of Y"). */
function xelatex(name: string, tex: string, out: string): void {
  fs.writeFileSync(path.join(WORK, `${name}.tex`), tex);
  for (let run = 0; run < 2; run++)
    execFileSync("xelatex", ["-interaction=nonstopmode", "-halt-on-error", `${name}.tex`], { cwd: WORK, stdio: "ignore" });
  fs.copyFileSync(path.join(WORK, `${name}.pdf`), out);
}

/** groff twice: the first run's page count is the footer's "of n" in the second. */
function groff(name: string, roff: string, out: string): void {
  const source = path.join(WORK, `${name}.ms`);
  fs.writeFileSync(source, roff);
  const run = (pages: number) => {
    const args = ["-k", "-ms", "-t", "-Tpdf", "-dpaper=a4", "-P-pa4", `-dPAGES=${pages}`, source];
    fs.writeFileSync(out, execFileSync("groff", args, { maxBuffer: 64 << 20 }));
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [out], { encoding: "utf8" }))?.[1]);
  };
  const pages = run(0);
  if (run(pages) !== pages) throw new Error(`${name}: groff's page count changed`);
}

function makeReport(name: string, text: string): void {
  const { blocks, blocksFile, header } = scratch.blocksOf(name, text);
  const out = (variant: string) => path.join(OUT, `${name}.${variant}.pdf`);

  const docx = path.join(WORK, `${name}.docx`);
  makeDocx(blocksFile, docx, "table", header);
  execFileSync("abiword", ["--to=pdf", "-o", out("abiword"), docx], { stdio: "ignore" });

  groff(name, reportRoff(blocks, header), out("groff"));

  xelatex(name, reportTex(blocks, header, XETEX_FONTS), out("xelatex"));

  jspdfReport(blocks, header, out("jspdf"), NPM);
}

// The ninth synthetic report: not among the fixtures (1-3), tuned/ (1), frozen/ (4-5), heldout/ (6), frozen3/ (7) or frozen4/ (8).
await makeSet(OUT, 9, makeReport);
scratch.remove();
