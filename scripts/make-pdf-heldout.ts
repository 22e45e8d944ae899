/**
 * npx tsx scripts/make-pdf-heldout.ts
 *
 * Regenerates test/fixtures/pdf-corpus/heldout/: PDFs of reports from
 * producers the PDF reader was never tuned on (scripts/make-pdf-corpus.ts
 * makes the tuned and frozen sets). For Barnet, Dudley and one synthetic
 * report not in any other set (synthetic-6, its text committed beside it):
 *
 *   <name>.word-cairo.pdf    the Word-table PDF (python-docx, printed by LibreOffice) re-rendered by
 *                            poppler's `pdftocairo -pdf`: cairo writes every text run and border anew
 *   <name>.word-ps.pdf       the same PDF turned to PostScript by poppler's `pdftops` and back to PDF
 *                            by Ghostscript's `ps2pdf`: a PostScript round trip. Its fonts lose what
 *                            letters their glyphs are (no ToUnicode; pdftotext reads noise too): the
 *                            reader must refuse it in words, as it does a scan
 *   <name>.word-gsps.pdf     the same PDF turned to PostScript by Ghostscript (ps2write), which keeps
 *                            the glyphs' letters, and back by `ps2pdf`
 *   <name>.writer-serif.pdf  the same .docx saved as .odt with another font (DejaVu Serif) on another
 *                            page (US Letter, 2 cm margins), exported to PDF by LibreOffice Writer
 *
 * Nothing is labelled by hand: each PDF must give the report JSON of the text
 * it was made from (lib/pdf/corpus.test.ts). Needs /usr/bin/python3 with
 * python3-docx, soffice (libreoffice-writer), pdftocairo and pdftops
 * (poppler-utils), gs and ps2pdf (ghostscript): Debian packages all. The tests
 * need none of them, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "../lib/testing/synthetic-corpus";
import { reportBlocks } from "./pdf-corpus/report-blocks";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "heldout");
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-heldout-"));

function authorityOf(text: string): string {
  return /services in ([^\n*]+)/i.exec(text)?.[1].trim() ?? "report";
}

function soffice(args: string[]): void {
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${WORK}/profile`, ...args], { stdio: "ignore" });
}

/** Converts `file` in WORK with LibreOffice and returns the new file's path. */
function convert(file: string, to: string): string {
  soffice(["--convert-to", to, "--outdir", WORK, file]);
  return path.join(WORK, `${path.basename(file, path.extname(file))}.${to.split(":")[0]}`);
}

function docx(blocksFile: string, file: string, header: string, font?: string, page?: string): void {
  const extra = font && page ? [font, page] : [];
  execFileSync("/usr/bin/python3", [path.join(ROOT, "scripts", "pdf-corpus", "make_docx.py"), blocksFile, file, "table", header, ...extra]);
}

function makeReport(name: string, text: string): void {
  const header = `CQC integrated inspection: ${authorityOf(text)}`;
  const blocksFile = path.join(WORK, `${name}.json`);
  fs.writeFileSync(blocksFile, JSON.stringify(reportBlocks(text)));
  const out = (variant: string) => path.join(OUT, `${name}.${variant}.pdf`);

  const word = path.join(WORK, `${name}.docx`);
  docx(blocksFile, word, header);
  const wordPdf = convert(word, "pdf");
  execFileSync("pdftocairo", ["-pdf", wordPdf, out("word-cairo")]);
  const ps = path.join(WORK, `${name}.ps`);
  execFileSync("pdftops", [wordPdf, ps]);
  execFileSync("ps2pdf", [ps, out("word-ps")]);
  const gsps = path.join(WORK, `${name}-gs.ps`);
  execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=ps2write", `-sOutputFile=${gsps}`, wordPdf]);
  execFileSync("ps2pdf", [gsps, out("word-gsps")]);

  const serif = path.join(WORK, `${name}-serif.docx`);
  docx(blocksFile, serif, header, "DejaVu Serif", "letter");
  fs.copyFileSync(convert(convert(serif, "odt"), "pdf"), out("writer-serif"));
}

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  for (const name of ["barnet", "dudley"]) makeReport(name, fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8"));
  // The sixth synthetic report: not among the fixtures (1-3), the tuned corpus (1) or the frozen one (4-5).
  const synthetic = generateCorpus(6)[5].text;
  fs.writeFileSync(path.join(OUT, "synthetic-6.txt"), synthetic);
  makeReport("synthetic-6", synthetic);
  fs.rmSync(WORK, { recursive: true, force: true });
  for (const f of fs.readdirSync(OUT).sort()) console.log(`${f}\t${fs.statSync(path.join(OUT, f)).size}`);
}

main();
