import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analysisVersion } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { SEED_REPORTS_DIR, seedReportText } from "../testing/reports";
import { generateCorpus, writeCorpus } from "../testing/synthetic-corpus";
import { tableDump } from "../testing/table-dump";
import { createTestDb, type TestDb } from "../testing/test-db";
import { importFiles } from "./import-files";
import { saveReport } from "./save-report";

/*
 * importFiles stores many reports to a transaction on a connection of its own
 * (decision 0016); saveReport, which the import form uses, one report to a
 * transaction through the Prisma client. Both must store the same rows.
 */

let dir: string;
const dbs: TestDb[] = [];
const testDb = () => {
  const t = createTestDb();
  dbs.push(t);
  return t;
};
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-files-"));
});
afterEach(async () => {
  for (const t of dbs.splice(0)) await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const barnet = path.join(SEED_REPORTS_DIR, "barnet.txt");
const dudley = path.join(SEED_REPORTS_DIR, "dudley.txt");

/** A file of the given text in the test's folder. */
function file(name: string, text: string): string {
  const out = path.join(dir, name);
  fs.writeFileSync(out, text);
  return out;
}

/** The seeds, synthetic reports (both formats), a file that is no report, a replaced report and one imported twice. */
function mixedFiles(): string[] {
  const synthetic = writeCorpus(path.join(dir, "corpus"), generateCorpus(6, 7));
  const edited = file("dudley-v2.txt", seedReportText("dudley").replace("Consent is well managed.", "Consent is very well managed."));
  const minutes = file("minutes.txt", "Minutes of the meeting\n\nNothing to report.");
  return [barnet, synthetic[0], dudley, minutes, ...synthetic.slice(1, 4), edited, synthetic[4], barnet, synthetic[5]];
}

async function oneByOne(t: TestDb, files: string[]): Promise<string[]> {
  const outcomes: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    let report;
    try {
      report = parseReport(text);
    } catch {
      outcomes.push("failed");
      continue;
    }
    outcomes.push((await saveReport(t.db, report, { name: path.basename(f), text })).outcome);
  }
  return outcomes;
}

// Each test imports a dozen reports, several times over: slow on a shared, loaded machine.
describe("importFiles", { timeout: 120_000 }, () => {
  it("stores the same rows, bit for bit, as saveReport one report at a time, in batches of any size", async () => {
    const files = mixedFiles();
    const reference = testDb();
    const outcomes = await oneByOne(reference, files);
    expect(outcomes).toEqual([
      "created",
      "created",
      "created",
      "failed",
      "created",
      "created",
      "created",
      "replaced",
      "created",
      "unchanged",
      "created",
    ]);
    const expected = tableDump(reference.file);
    expect(expected.Paragraph.length).toBeGreaterThan(200);
    expect(expected.SearchIndex.length).toBe(expected.Paragraph.length + expected.Recommendation.length);

    for (const perTransaction of [1, 4, 50]) {
      const t = testDb();
      const results = await importFiles(t.db, files, perTransaction);
      expect(results.map((r) => (r.ok ? r.result.outcome : "failed"))).toEqual(outcomes);
      expect(tableDump(t.file)).toEqual(expected);
    }
  });

  it("keeps the rest of a transaction's reports when one of them fails to store, and nothing of that one", async () => {
    const [one, two, three] = writeCorpus(path.join(dir, "corpus"), generateCorpus(3, 11));
    const reference = testDb();
    await importFiles(reference.db, [one, three]);

    const t = testDb();
    const sqlite = new Database(t.file);
    // A write refused half-way through the second report: after its report row, sections and paragraphs.
    const refused = path.basename(two);
    sqlite.exec(`CREATE TRIGGER refuse BEFORE INSERT ON Recommendation
      WHEN (SELECT sourceName FROM Report WHERE id = new.reportId) = '${refused}' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    sqlite.close();
    const results = await importFiles(t.db, [one, two, three]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ file: two, error: "could not be saved: refused" });
    const { Report, Paragraph, Recommendation, SearchIndex } = t.counts();
    expect({ Report, Paragraph, Recommendation, SearchIndex }).toEqual({
      Report: 2,
      Paragraph: reference.counts().Paragraph,
      Recommendation: reference.counts().Recommendation,
      SearchIndex: reference.counts().SearchIndex,
    });
  });

  it("reads a report imported again under older rules afresh, and says it is unchanged", async () => {
    const t = testDb();
    await importFiles(t.db, [barnet, dudley]);
    const expected = tableDump(t.file);
    await t.db.report.updateMany({ data: { analysisVersion: "0-older-rules" } });
    await t.db.paragraph.updateMany({ data: { assessment: "neutral", sentences: "[]" } });
    await t.db.paragraphTheme.deleteMany({});

    const results = await importFiles(t.db, [barnet, dudley]);
    expect(results.map((r) => r.ok && r.result.outcome)).toEqual(["unchanged", "unchanged"]);
    const after = tableDump(t.file);
    expect(after.Paragraph).toEqual(expected.Paragraph);
    // Theme rows are written anew: the same rows under new row ids.
    const withoutRowId = (rows: string[]) => rows.map((row) => row.replace(/^\d+\|/, "")).sort();
    expect(withoutRowId(after.ParagraphTheme)).toEqual(withoutRowId(expected.ParagraphTheme));
    expect(withoutRowId(after.RecommendationTheme)).toEqual(withoutRowId(expected.RecommendationTheme));
    expect(new Set((await t.db.report.findMany()).map((r) => r.analysisVersion))).toEqual(new Set([analysisVersion()]));
  });
});
