/**
 * npx tsx scripts/make-pdf-frozen6.ts
 *
 * Regenerates test/fixtures/pdf-corpus/frozen6/: frozen set 6, PDFs of reports
 * from producers the PDF reader has never seen: none writes the text layer of
 * a PDF in tuned/, frozen/, heldout/, frozen3/, frozen4/ or frozen5/
 * (LibreOffice, Chromium, Ghostscript, qpdf, poppler, WeasyPrint, wkhtmltopdf,
 * ReportLab, PDFKit, pdfTeX, AbiWord/cairo, groff, XeLaTeX, jsPDF). For
 * Barnet, Dudley and one synthetic report in no other set (synthetic-10, the
 * tenth of the default seed: the fixtures have 1-3, tuned/ 1, frozen/ 4-5,
 * heldout/ 6, frozen3/ 7, frozen4/ 8, frozen5/ 9; its text committed beside it):
 *
 *   <name>.calligra.pdf  the python-docx .docx of the other sets (pdf-corpus/make_docx.py: Word tables,
 *                        raised ordinals, running header, PAGE/NUMPAGES footer) printed by another office
 *                        suite, Calligra Words (`calligrawords --export-pdf --export-filename out.pdf`,
 *                        Qt 5.15.8's PDF engine; every glyph placed by a Td and Tj of its own)
 *   <name>.lualatex.pdf  the LaTeX document of frozen4/ (pdf-corpus/latex-report.ts) with fontspec and
 *                        DejaVu Serif (TrueType) instead of Times in T1, run twice through LuaLaTeX
 *                        (LuaTeX's own PDF backend, luaotfload)
 *   <name>.pdflib.pdf    the report drawn by pdf-lib (npm) with @pdf-lib/fontkit and a layout of its own
 *                        (pdf-corpus/pdflib-report.ts): Liberation Serif subsets, one text call a word,
 *                        tables ruled by hand
 *   <name>.typst.pdf     the report as a Typst document (pdf-corpus/typst-report.ts) compiled by Typst
 *                        (npm's @myriaddreamin/typst-ts-node-compiler, Typst's compiler as a native
 *                        module; its own PDF writer), URW's P052 (OpenType CFF)
 *
 * Not measured yet: it is to be measured once, before any reader change for
 * it, by someone who did not make it (docs/pdf-reading.md, "Frozen set 6").
 * Nothing is labelled by hand: the expected JSON is the report's text parsed.
 *
 * Needs Debian's calligrawords (Calligra 3.2.1), texlive-luatex (LuaHBTeX
 * 1.15.0, TeX Live 2022) with texlive-latex-recommended, fonts-dejavu-core,
 * fonts-urw-base35, python3-docx, fonts-liberation and dbus-daemon (for
 * dbus-run-session):
 *
 *   apt-get install --no-install-recommends calligrawords texlive-luatex texlive-latex-recommended \
 *     fonts-dejavu-core fonts-urw-base35 python3-docx fonts-liberation dbus-daemon
 *
 * and npm, with which it installs pdf-lib, @pdf-lib/fontkit and
 * @myriaddreamin/typst-ts-node-compiler (the versions below; the last fetches
 * its linux-x64 binary package) into its scratch directory, not into the
 * project. The tests need none of them, only the committed files. Each run
 * takes about two minutes, most of it Calligra.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { makeDocx, makeSet, officeWorkspace, printWithCalligra } from "./pdf-corpus/office";
import { reportTex } from "./pdf-corpus/latex-report";
import { pdflibReport } from "./pdf-corpus/pdflib-report";
import { typstReport } from "./pdf-corpus/typst-report";

const OUT = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf-corpus", "frozen6");
const scratch = officeWorkspace("pdf-frozen6-");
const WORK = scratch.work;
const NPM = path.join(WORK, "npm");
const PACKAGES = ["pdf-lib@1.17.1", "@pdf-lib/fontkit@1.1.1", "@myriaddreamin/typst-ts-node-compiler@0.7.0"];

fs.mkdirSync(NPM);
execFileSync("npm", ["install", "--prefix", NPM, "--no-audit", "--no-fund", "--no-package-lock", ...PACKAGES], { stdio: "ignore" });

/** LuaLaTeX's fonts: DejaVu Serif, TrueType, by fontspec. */
const LUATEX_FONTS = "\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}";

/** LuaLaTeX twice (the second run knows the page count for "Page X of Y"). */
function lualatex(name: string, tex: string, out: string): void {
  fs.writeFileSync(path.join(WORK, `${name}.tex`), tex);
  for (let run = 0; run < 2; run++)
    execFileSync("lualatex", ["-interaction=nonstopmode", "-halt-on-error", `${name}.tex`], { cwd: WORK, stdio: "ignore" });
  fs.copyFileSync(path.join(WORK, `${name}.pdf`), out);
}

async function makeReport(name: string, text: string): Promise<void> {
  const { blocks, blocksFile, header } = scratch.blocksOf(name, text);
  const out = (variant: string) => path.join(OUT, `${name}.${variant}.pdf`);

  const docx = path.join(WORK, `${name}.docx`);
  makeDocx(blocksFile, docx, "table", header);
  await printWithCalligra(docx, out("calligra"), WORK);

  lualatex(name, reportTex(blocks, header, LUATEX_FONTS), out("lualatex"));

  await pdflibReport(blocks, header, out("pdflib"), NPM);

  typstReport(blocks, header, out("typst"), NPM);
}

// The tenth synthetic report: not among the fixtures (1-3), tuned/ (1), frozen/ (4-5), heldout/ (6), frozen3/ (7), frozen4/ (8) or frozen5/ (9).
await makeSet(OUT, 10, makeReport);
scratch.remove();
