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
import path from "node:path";
import { makeDocx, makeSet, officeWorkspace } from "./pdf-corpus/office";

const OUT = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf-corpus", "heldout");
const office = officeWorkspace("pdf-heldout-");
const { work: WORK, convert } = office;

function makeReport(name: string, text: string): void {
  const { blocksFile, header } = office.blocksOf(name, text);
  const out = (variant: string) => path.join(OUT, `${name}.${variant}.pdf`);

  const word = path.join(WORK, `${name}.docx`);
  makeDocx(blocksFile, word, "table", header);
  const wordPdf = convert(word, "pdf");
  execFileSync("pdftocairo", ["-pdf", wordPdf, out("word-cairo")]);
  const ps = path.join(WORK, `${name}.ps`);
  execFileSync("pdftops", [wordPdf, ps]);
  execFileSync("ps2pdf", [ps, out("word-ps")]);
  const gsps = path.join(WORK, `${name}-gs.ps`);
  execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=ps2write", `-sOutputFile=${gsps}`, wordPdf]);
  execFileSync("ps2pdf", [gsps, out("word-gsps")]);

  const serif = path.join(WORK, `${name}-serif.docx`);
  makeDocx(blocksFile, serif, "table", header, "DejaVu Serif", "letter");
  fs.copyFileSync(convert(convert(serif, "odt"), "pdf"), out("writer-serif"));
}

// The sixth synthetic report: not among the fixtures (1-3), the tuned corpus (1) or the frozen one (4-5).
await makeSet(OUT, 6, makeReport);
office.remove();
