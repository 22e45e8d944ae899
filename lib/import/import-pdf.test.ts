import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { garbledPdf, inflatingPdf } from "../pdf/testing/minimal-pdf";
import { createTestDb, type TestDb } from "../testing/test-db";
import { importFiles } from "./import-files";
import { previewImport } from "./import-workflow";

const PDFS = path.join(import.meta.dirname, "..", "..", "test", "fixtures", "pdf");

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(async () => {
  await t.close();
});

/**
 * The bomb is read with the default bounds (256 MB of heap, 512 MB of growth,
 * 30 s), as an import reads it. On a quiet machine the memory bound ends it in
 * a few seconds; on a busy one the 30 s time bound may come first. Either is a
 * refusal in words at one of the reader's bounds, and either is accepted here:
 * these tests are about what the import does with a refusal (nothing written,
 * nothing to save). The memory bound itself is tested, with its own bounds and
 * time to spare, in lib/pdf/read-pdf.test.ts.
 */
const MEMORY = "this PDF needs too much memory to read and was given up on";
const TIME = "this PDF took too long to read and was given up on";
/** `prefix` and then the memory or the time refusal, and nothing else. */
const atABound = (prefix = "") => new RegExp(`^${prefix}(?:${MEMORY}|${TIME})$`);
const DAMAGED = "this PDF is damaged and cannot be read";

type BadPdfs = { big: string; bomb: string; damaged: string };
let made: BadPdfs | undefined;

/** Bad PDFs as files (made once): over the size limit, an inflation bomb, a broken body. */
function badPdfs(): BadPdfs {
  if (made) return made;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-bad-pdf-"));
  const big = path.join(dir, "big.pdf");
  fs.writeFileSync(big, fs.readFileSync(path.join(PDFS, "barnet.lo.pdf")));
  fs.truncateSync(big, 10 * 1024 * 1024 + 1);
  const bomb = path.join(dir, "bomb.pdf");
  // About 0.9 MB that inflates to 300 MB: over the default bounds (256 MB of heap, 512 MB of growth) in a few seconds.
  fs.writeFileSync(bomb, inflatingPdf(300));
  const damaged = path.join(dir, "damaged.pdf");
  fs.writeFileSync(damaged, garbledPdf(fs.readFileSync(path.join(PDFS, "barnet.lo.pdf"))));
  made = { big, bomb, damaged };
  return made;
}

describe("importFiles with PDFs", () => {
  it("stores a PDF report as its text would be, and writes nothing for PDFs it refuses", { timeout: 120_000 }, async () => {
    const files = ["encrypted.pdf", "barnet.chromium.pdf", "scan.pdf", "truncated.pdf"].map((f) => path.join(PDFS, f));
    const results = await importFiles(t.db, files);
    expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual([
      "this PDF is password-protected: save an unprotected copy and try again",
      "ok",
      "this PDF has no text to read: it may be a scan",
      "this PDF is incomplete (cut short): it has no end-of-file marker",
    ]);
    // The same rows as barnet.txt gives (save-report.test.ts), and nothing else.
    expect(t.counts()).toMatchObject({
      Authority: 1,
      Report: 1,
      Provider: 3,
      Rating: 6,
      Section: 13,
      Paragraph: 42,
      Footnote: 1,
      Recommendation: 5,
    });
  });

  it(
    "refuses a PDF over the size limit, an inflation bomb and a damaged PDF in words, and writes nothing",
    { timeout: 120_000 },
    async () => {
      const { big, bomb, damaged } = badPdfs();
      const before = t.counts();
      const results = await importFiles(t.db, [big, bomb, damaged]);
      expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual([
        "the file is over 10 MB, the limit for a report",
        expect.stringMatching(atABound()),
        DAMAGED,
      ]);
      expect(t.counts()).toEqual(before);
      expect(before.Report).toBe(0);
    },
  );
});

describe("the import form with bad PDFs", () => {
  const upload = (file: string, size = fs.statSync(file).size) => ({
    name: path.basename(file),
    type: "application/pdf",
    size,
    bytes: async () => new Uint8Array(fs.readFileSync(file)),
  });

  it("refuses each at the preview, so there is nothing to save", { timeout: 120_000 }, async () => {
    const { big, bomb, damaged } = badPdfs();
    const preview = (file: string) => previewImport({ file: upload(file), text: null, name: null, refusal: null });
    expect(await preview(big)).toEqual({ step: "start", errors: ["The selected file must be 10 MB or smaller"] });
    expect(await preview(bomb)).toEqual({ step: "start", errors: [expect.stringMatching(atABound("The selected PDF cannot be read: "))] });
    expect(await preview(damaged)).toEqual({ step: "start", errors: [`The selected PDF cannot be read: ${DAMAGED}`] });
  });
});
