import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db";
import { importFiles } from "./import-files";

const PDFS = path.join(import.meta.dirname, "..", "..", "test", "fixtures", "pdf");

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(async () => {
  await t.close();
});

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
});
