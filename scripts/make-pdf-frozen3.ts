/**
 * npx tsx scripts/make-pdf-frozen3.ts
 *
 * Regenerates test/fixtures/pdf-corpus/frozen3/: frozen set 3, PDFs of reports
 * from producers and paths the PDF reader has never been tuned on (not in
 * tuned/, frozen/ or heldout/; scripts/make-pdf-corpus.ts and
 * make-pdf-heldout.ts make those). For Barnet, Dudley and one synthetic report
 * in no other set (synthetic-7, the seventh of the default seed: the fixtures
 * have 1-3, tuned/ 1, frozen/ 4-5, heldout/ 6; its text committed beside it):
 *
 *   <name>.html-chromium.pdf     the python-docx .docx (Word tables) saved as HTML by LibreOffice
 *                                (`soffice --convert-to html`), printed by Debian's Chromium
 *                                (`--headless --print-to-pdf`, its own header and footer left on)
 *   <name>.html-chromium-gs.pdf  that Chromium PDF re-distilled by Ghostscript with
 *                                `-dPDFSETTINGS=/ebook -dDetectDuplicateImages` (the tuned word-gs is
 *                                Ghostscript's default settings on LibreOffice's Word-table PDF)
 *   <name>.word-unite.pdf        the Word-table PDF (as LibreOffice prints the .docx) split into one
 *                                file a page by poppler's `pdfseparate` and joined by `pdfunite`
 *   <name>.writer-pdfa.pdf       the .docx in Liberation Sans Narrow on A4 landscape, exported by
 *                                LibreOffice Writer as PDF/A-2b
 *
 * Measured once, before any reader change, and never tuned on afterwards
 * (docs/pdf-reading.md, "Frozen set 3"). Nothing is labelled by hand: the
 * expected JSON is the report's text parsed (lib/pdf/corpus.test.ts). Needs
 * /usr/bin/python3 with python3-docx, soffice (libreoffice-writer), chromium,
 * gs (ghostscript), pdfseparate and pdfunite (poppler-utils): Debian packages
 * all. The tests need none of them, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { makeDocx, makeSet, officeWorkspace } from "./pdf-corpus/office";

const OUT = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf-corpus", "frozen3");
const office = officeWorkspace("pdf-frozen3-");
const { work: WORK, convert } = office;
const PDFA = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

/** LibreOffice's HTML of the .docx, printed by Chromium; then that PDF through Ghostscript's /ebook settings. */
function htmlChromium(word: string, name: string, out: (variant: string) => string): void {
  const htmlDir = path.join(WORK, `${name}-html`);
  fs.mkdirSync(htmlDir);
  const html = convert(word, "html", htmlDir);
  const chromium = ["--headless", "--no-sandbox", "--disable-gpu", `--print-to-pdf=${out("html-chromium")}`, `file://${html}`];
  execFileSync("/usr/bin/chromium", chromium, { stdio: "ignore" });
  const ebook = ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook", "-dDetectDuplicateImages=true"];
  execFileSync("gs", [...ebook, `-sOutputFile=${out("html-chromium-gs")}`, out("html-chromium")]);
}

/** The Word-table PDF split into pages and joined again by poppler. */
function split(word: string, name: string, out: (variant: string) => string): void {
  const pdf = convert(word, "pdf");
  const pagesDir = path.join(WORK, `${name}-pages`);
  fs.mkdirSync(pagesDir);
  execFileSync("pdfseparate", [pdf, path.join(pagesDir, "page-%d.pdf")]);
  const pages = fs
    .readdirSync(pagesDir)
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((f) => path.join(pagesDir, f));
  execFileSync("pdfunite", [...pages, out("word-unite")]);
}

function makeReport(name: string, text: string): void {
  const { blocksFile, header } = office.blocksOf(name, text);
  const out = (variant: string) => path.join(OUT, `${name}.${variant}.pdf`);

  const word = path.join(WORK, `${name}.docx`);
  makeDocx(blocksFile, word, "table", header);
  htmlChromium(word, name, out);
  split(word, name, out);

  const narrow = path.join(WORK, `${name}-narrow.docx`);
  makeDocx(blocksFile, narrow, "table", header, "Liberation Sans Narrow", "a4-landscape");
  fs.copyFileSync(convert(narrow, PDFA), out("writer-pdfa"));
}

// The seventh synthetic report: not among the fixtures (1-3), tuned/ (1), frozen/ (4-5) or heldout/ (6).
await makeSet(OUT, 7, makeReport);
office.remove();
