/**
 * npx tsx scripts/make-pdf-corpus.ts
 *
 * Regenerates test/fixtures/pdf-corpus/: PDFs of reports made by other means
 * than scripts/make-pdf-fixtures.ts (which prints one HTML rendering), so the
 * PDF reader is tested on producers and layouts it was not written against.
 * For each report:
 *
 *   <name>.word.pdf          a .docx with real Word tables (python-docx), printed by LibreOffice
 *   <name>.word-gs.pdf       the same PDF re-distilled by Ghostscript (fonts re-encoded, text re-ordered)
 *   <name>.word-qpdf.pdf     the same PDF through qpdf: object streams, linearised
 *   <name>.word-tagged.pdf   the .docx exported as a tagged PDF (structure tree)
 *   <name>.writer-tabs.pdf   a Writer document laid out with tab stops instead of tables
 *   <name>.chromium-grid.pdf Chromium's --print-to-pdf of HTML with CSS grid tables and a two-column body
 *
 * tuned/ holds Barnet, Dudley and synthetic-1 (the reader was developed
 * against these); frozen/ holds two synthetic reports the reader was never
 * tuned on, with their text, whose results are reported apart.
 *
 * Needs /usr/bin/python3 with python3-docx, soffice, gs, qpdf and chromium;
 * the tests need none of them, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { generateCorpus } from "../lib/testing/synthetic-corpus";
import { gridPageHtml } from "./pdf-corpus/grid-html";
import { authorityOf, makeDocx, officeWorkspace } from "./pdf-corpus/office";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus");
const office = officeWorkspace("pdf-corpus-");
const { work: WORK, convert } = office;

const TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

function makeReport(dir: string, name: string, text: string): void {
  const { blocks, blocksFile, header } = office.blocksOf(name, text);
  const out = (variant: string) => path.join(dir, `${name}.${variant}.pdf`);

  const word = path.join(WORK, `${name}.docx`);
  makeDocx(blocksFile, word, "table", header);
  fs.copyFileSync(convert(word, "pdf"), out("word"));
  execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", `-sOutputFile=${out("word-gs")}`, out("word")]);
  execFileSync("qpdf", ["--object-streams=generate", "--linearize", out("word"), out("word-qpdf")]);
  const tagged = path.join(WORK, `${name}-tagged.docx`);
  fs.copyFileSync(word, tagged);
  fs.copyFileSync(convert(tagged, TAGGED), out("word-tagged"));

  const tabs = path.join(WORK, `${name}-tabs.docx`);
  makeDocx(blocksFile, tabs, "tabs", header);
  const odt = convert(tabs, "odt");
  fs.copyFileSync(convert(odt, "pdf"), out("writer-tabs"));

  const html = path.join(WORK, `${name}.html`);
  fs.writeFileSync(html, gridPageHtml(blocks, `Report: ${authorityOf(text)}`));
  execFileSync(
    "/usr/bin/chromium",
    ["--headless", "--no-sandbox", "--disable-gpu", `--print-to-pdf=${out("chromium-grid")}`, `file://${html}`],
    { stdio: "ignore" },
  );
}

function main(): void {
  const tuned = path.join(OUT, "tuned");
  const frozen = path.join(OUT, "frozen");
  for (const d of [tuned, frozen]) fs.mkdirSync(d, { recursive: true });
  for (const name of ["barnet", "dudley"])
    makeReport(tuned, name, fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8"));
  const corpus = generateCorpus(5);
  makeReport(tuned, "synthetic-1", corpus[0].text);
  for (const i of [3, 4]) {
    const name = `synthetic-${i + 1}`;
    fs.writeFileSync(path.join(frozen, `${name}.txt`), corpus[i].text);
    makeReport(frozen, name, corpus[i].text);
  }
  office.remove();
  for (const d of [tuned, frozen])
    for (const f of fs.readdirSync(d).sort()) console.log(`${path.relative(OUT, path.join(d, f))}\t${fs.statSync(path.join(d, f)).size}`);
}

main();
