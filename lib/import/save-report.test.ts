import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseReport } from "../report/parse-report";
import { createTestDb, type TestDb } from "../testing/test-db";
import { SEED_REPORTS_DIR, seedReportText } from "../testing/reports";
import { describeResult, importFiles } from "./import-files";
import { saveReport } from "./save-report";

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(async () => {
  await t.close();
});

const barnetText = seedReportText("barnet");
const dudleyText = seedReportText("dudley");

describe("saveReport", () => {
  it("stores the council's codes when its name matches the lookup", async () => {
    const result = await saveReport(t.db, parseReport(barnetText), { name: "barnet.txt", text: barnetText });
    expect(result.council).toEqual({ laNumber: "302", onsCode: "E09000003", region: "London" });
    expect(
      await t.db.authority.findUnique({ where: { slug: "barnet" }, select: { laNumber: true, onsCode: true, onsRegion: true } }),
    ).toEqual({
      laNumber: "302",
      onsCode: "E09000003",
      onsRegion: "London",
    });
  });

  it("still stores a report whose authority matches no council, with no codes, and says so", async () => {
    const text = barnetText.replace(/\bin Barnet\b/, "in Barsetshire").replace("<b>Barnet Council</b>", "<b>Barsetshire Council</b>");
    const report = parseReport(text);
    expect(report.authority).toBe("Barsetshire");
    const result = await saveReport(t.db, report, { name: "barsetshire.txt", text });
    expect(result).toMatchObject({ outcome: "created", slug: "barsetshire", council: { laNumber: null, onsCode: null, region: null } });
    expect(await t.db.authority.findUnique({ where: { slug: "barsetshire" }, select: { laNumber: true } })).toEqual({ laNumber: null });
    expect(describeResult({ file: "barsetshire.txt", ok: true, result })).toContain("NOT MATCHED to the council lookup");
    expect(
      describeResult({
        file: "barnet.txt",
        ok: true,
        result: { ...result, council: { laNumber: "302", onsCode: "E09000003", region: "London" } },
      }),
    ).toContain("council codes LA 302, ONS E09000003");
  });

  it("stores every part of a report", async () => {
    const result = await saveReport(t.db, parseReport(barnetText), { name: "barnet.txt", text: barnetText });
    expect(result).toMatchObject({ outcome: "created", slug: "barnet", sections: 13, paragraphs: 42, recommendations: 5, warnings: 0 });
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
    const p = await t.db.paragraph.findFirst({ where: { ref: "6.5" }, include: { section: true } });
    expect(p?.outcome).toBe(7);
    expect(p?.section.title).toBe("Safeguarding");
    const recs = await t.db.recommendation.findMany({ orderBy: { position: "asc" } });
    expect(recs.map((r) => [r.deadlineKey, r.dueDate, r.source])).toEqual([
      ["3", "2012-05-24", "CQC"],
      ["3", "2012-05-24", "CQC"],
      ["6", "2012-08-24", "Ofsted"],
      ["6", "2012-08-24", "Ofsted"],
      ["6", "2012-08-24", "Ofsted"],
    ]);
  });

  it("is idempotent: the same text again changes nothing", async () => {
    await saveReport(t.db, parseReport(dudleyText), { name: "dudley.txt", text: dudleyText });
    const before = t.counts();
    const again = await saveReport(t.db, parseReport(dudleyText), { name: "dudley.txt", text: dudleyText });
    expect(again.outcome).toBe("unchanged");
    expect(t.counts()).toEqual(before);
  });

  it("replaces a report with the same authority and date", async () => {
    await saveReport(t.db, parseReport(dudleyText), { name: "dudley.txt", text: dudleyText });
    const before = t.counts();
    const edited = dudleyText.replace("Consent is well managed.", "Consent is very well managed.");
    const result = await saveReport(t.db, parseReport(edited), { name: "dudley-v2.txt", text: edited });
    expect(result.outcome).toBe("replaced");
    expect(t.counts()).toEqual(before);
    const p = await t.db.paragraph.findFirst({ where: { ref: "3.1" } });
    expect(p?.text).toMatch(/^Consent is very well managed\./);
  });

  it("keeps a report with another date as a further report of the same authority", async () => {
    await saveReport(t.db, parseReport(dudleyText), { name: "dudley.txt", text: dudleyText });
    const later = dudleyText.replace("25th January 2012", "25th January 2013");
    await saveReport(t.db, parseReport(later), { name: "dudley-2013.txt", text: later });
    expect(t.counts()).toMatchObject({ Authority: 1, Report: 2, Recommendation: 24 });
    const dates = await t.db.report.findMany({ select: { reportDate: true }, orderBy: { reportDate: "asc" } });
    expect(dates.map((d) => d.reportDate)).toEqual(["2012-01-25", "2013-01-25"]);
  });

  it("leaves the database unchanged when a save fails half-way", async () => {
    await saveReport(t.db, parseReport(barnetText), { name: "barnet.txt", text: barnetText });
    const before = t.counts();
    const edited = barnetText.replace("Sue Talbot", "A N Other");
    await expect(
      saveReport(
        t.db,
        parseReport(edited),
        { name: "barnet.txt", text: edited },
        {
          afterReportRow: () => {
            throw new Error("disk unplugged");
          },
        },
      ),
    ).rejects.toThrow("disk unplugged");
    expect(t.counts()).toEqual(before);
    const report = await t.db.report.findFirstOrThrow();
    expect(report.inspector).toBe("Sue Talbot");
  });
});

describe("importFiles", () => {
  it("imports good files, and reports a bad one by name without changing anything for it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
    const bad = path.join(dir, "minutes.txt");
    fs.writeFileSync(bad, "Minutes of the meeting\n\nNothing to report.");
    const results = await importFiles(t.db, [path.join(SEED_REPORTS_DIR, "barnet.txt"), bad, path.join(SEED_REPORTS_DIR, "dudley.txt")]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({
      file: bad,
      ok: false,
      error: "not an inspection report: no title, ratings table or findings sections found",
    });
    expect(t.counts()).toMatchObject({ Authority: 2, Report: 2, Paragraph: 83, Recommendation: 17 });
    fs.rmSync(dir, { recursive: true });
  });
});
