/**
 * The PDF corpus made by other means than the fixture script
 * (scripts/make-pdf-corpus.ts): Word tables, Ghostscript, qpdf, a tagged
 * export, tab stops, CSS grids in two columns. Each PDF must give the report
 * JSON of the text it was made from, field for field. tuned/ is what the
 * reader was developed against; frozen/ it never was, and is reported apart.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../report/parse-report";
import { readPdfText } from "./read-pdf";

const ROOT = path.join(import.meta.dirname, "..", "..");
const CORPUS = path.join(ROOT, "test", "fixtures", "pdf-corpus");
const SLOW = 120_000;

function sourceText(set: string, name: string): string {
  const own = path.join(CORPUS, set, `${name}.txt`);
  if (fs.existsSync(own)) return fs.readFileSync(own, "utf8");
  if (name.startsWith("synthetic")) return fs.readFileSync(path.join(ROOT, "test", "fixtures", "pdf", `${name}.txt`), "utf8");
  return fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");
}

for (const set of ["tuned", "frozen"]) {
  describe(`PDFs of the ${set} corpus read as their text does, field for field`, () => {
    const files = fs
      .readdirSync(path.join(CORPUS, set))
      .filter((f) => f.endsWith(".pdf"))
      .sort();
    for (const file of files) {
      it(file, { timeout: SLOW }, async () => {
        const read = await readPdfText(fs.readFileSync(path.join(CORPUS, set, file)));
        if (!read.ok) throw new Error(`${file}: ${read.error}`);
        expect(parseReport(read.text)).toEqual(parseReport(sourceText(set, file.split(".")[0])));
      });
    }
  });
}
