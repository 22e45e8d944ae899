import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assessParagraph, themesOf } from "../assessment";
import { analysisVersion } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { createTestDb, type TestDb } from "../testing/test-db";
import { reassessStale } from "./reassess";
import { saveReport } from "./save-report";

let t: TestDb;
beforeEach(async () => {
  t = createTestDb();
  for (const name of ["barnet", "dudley"] as const) {
    const text = seedReportText(name);
    await saveReport(t.db, parseReport(text), { name: `${name}.txt`, text });
  }
});
afterEach(async () => {
  await t.close();
});

/** Everything stored as evidence, in a comparable form. */
async function evidence(db: TestDb["db"]) {
  const paragraphs = await db.paragraph.findMany({
    orderBy: { id: "asc" },
    select: { id: true, text: true, assessment: true, sentences: true },
  });
  const paragraphThemes = await db.paragraphTheme.findMany({ orderBy: [{ paragraphId: "asc" }, { theme: "asc" }] });
  const recommendationThemes = await db.recommendationTheme.findMany({ orderBy: [{ recommendationId: "asc" }, { theme: "asc" }] });
  const versions = await db.report.findMany({ orderBy: { id: "asc" }, select: { analysisVersion: true } });
  return { paragraphs, paragraphThemes, recommendationThemes, versions };
}

describe("evidence on import", () => {
  it("stores each paragraph's assessment, sentences and themes as the rules read its text", async () => {
    const { paragraphs, paragraphThemes, versions } = await evidence(t.db);
    expect(paragraphs).toHaveLength(t.counts().Paragraph);
    expect(paragraphs.length).toBeGreaterThan(80);
    for (const p of paragraphs) {
      const expected = assessParagraph(p.text);
      expect(p.assessment).toBe(expected.assessment);
      expect(JSON.parse(p.sentences)).toEqual(expected.sentences);
      const stored = paragraphThemes.filter((x) => x.paragraphId === p.id);
      expect(stored.map((x) => x.theme).sort()).toEqual([...themesOf(p.text)].sort());
      for (const x of stored) expect(x.assessment).toBe(p.assessment);
    }
    expect(versions).toEqual([{ analysisVersion: analysisVersion() }, { analysisVersion: analysisVersion() }]);
  });

  it("stores each recommendation's themes", async () => {
    const recs = await t.db.recommendation.findMany({ include: { themes: true } });
    expect(recs.length).toBeGreaterThan(5);
    for (const r of recs) expect(r.themes.map((x) => x.theme).sort()).toEqual([...themesOf(r.text)].sort());
  });

  it("drops a replaced report's theme rows with it", async () => {
    const text = seedReportText("dudley").replace("Consent is well managed", "Consent is managed");
    await saveReport(t.db, parseReport(text), { name: "dudley.txt", text });
    const orphans = await t.db.$queryRawUnsafe<{ n: number }[]>(
      "SELECT count(*) AS n FROM ParagraphTheme pt LEFT JOIN Paragraph p ON p.id = pt.paragraphId WHERE p.id IS NULL",
    );
    expect(Number(orphans[0].n)).toBe(0);
    const dudley = await t.db.paragraph.findFirstOrThrow({ where: { ref: "3.1", report: { authority: { slug: "dudley" } } } });
    expect(dudley.text).toMatch(/^Consent is managed/);
    expect(dudley.assessment).toBe(assessParagraph(dudley.text).assessment);
  });
});

describe("reassessStale", () => {
  /** A database as it is just after the migration: evidence columns at their defaults, no theme rows. */
  async function forgetEvidence() {
    await t.db.$executeRawUnsafe(`UPDATE Paragraph SET assessment = 'neutral', sentences = '[]'`);
    await t.db.$executeRawUnsafe(`DELETE FROM ParagraphTheme`);
    await t.db.$executeRawUnsafe(`DELETE FROM RecommendationTheme`);
    await t.db.$executeRawUnsafe(`UPDATE Report SET analysisVersion = ''`);
  }

  it("recomputes what an older database lacks, and loses nothing", async () => {
    const before = await evidence(t.db);
    const counts = t.counts();
    await forgetEvidence();
    expect(await reassessStale(t.db)).toEqual({ reassessed: 2, total: 2 });
    expect(await evidence(t.db)).toEqual(before);
    // Every row kept; only the kept pages' versions gain the "all" scope (every page renewed).
    const { PageVersion: _renewed, ...rest } = t.counts();
    const { PageVersion: _before, ...restBefore } = counts;
    expect(rest).toEqual(restBefore);
    // The search index is untouched: the same paragraphs are still found.
    const hits = await t.db.$queryRawUnsafe<{ n: number }[]>("SELECT count(*) AS n FROM SearchIndex WHERE SearchIndex MATCH 'consent'");
    expect(Number(hits[0].n)).toBeGreaterThan(0);
  });

  it("leaves reports assessed with the current rules alone, unless asked for all", async () => {
    expect(await reassessStale(t.db)).toEqual({ reassessed: 0, total: 2 });
    const before = await evidence(t.db);
    expect(await reassessStale(t.db, { all: true })).toEqual({ reassessed: 2, total: 2 });
    expect(await evidence(t.db)).toEqual(before);
  });

  it("reassesses only the reports with another version", async () => {
    await t.db.$executeRawUnsafe(`UPDATE Report SET analysisVersion = 'older' WHERE id = (SELECT min(id) FROM Report)`);
    expect(await reassessStale(t.db)).toEqual({ reassessed: 1, total: 2 });
  });

  it("is run by saving an unchanged report stored under other rules", async () => {
    const before = await evidence(t.db);
    await forgetEvidence();
    const text = seedReportText("barnet");
    const result = await saveReport(t.db, parseReport(text), { name: "barnet.txt", text });
    expect(result.outcome).toBe("unchanged");
    const after = await evidence(t.db);
    expect(after.versions.filter((v) => v.analysisVersion === analysisVersion())).toHaveLength(1);
    const barnetIds = new Set((await t.db.paragraph.findMany({ where: { report: { authority: { slug: "barnet" } } } })).map((p) => p.id));
    expect(after.paragraphs.filter((p) => barnetIds.has(p.id))).toEqual(before.paragraphs.filter((p) => barnetIds.has(p.id)));
  });
});

describe("migration 0003_evidence", () => {
  it("keeps stored paragraphs and the search triggers", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reports-migration-"));
    const sqlite = new Database(path.join(dir, "m.db"));
    try {
      const migrations = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");
      const run = (name: string) => sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
      run("0001_init");
      run("0002_search");
      sqlite.exec(`INSERT INTO Authority (id, slug, name) VALUES (1, 'x', 'X');
        INSERT INTO Report (id, authorityId, reportDate, contextText, sourceName, sourceSha256, sourceText) VALUES (1, 1, '2012-01-01', '', 'x', 'x', 'x');
        INSERT INTO Section (id, reportId, position, number, title) VALUES (1, 1, 0, 2, 'Consent');
        INSERT INTO Paragraph (id, reportId, sectionId, position, ref, text) VALUES (7, 1, 1, 0, '2.1', 'Consent is well managed.');`);
      run("0003_evidence");
      expect(sqlite.prepare("SELECT id, text, assessment, sentences FROM Paragraph").all()).toEqual([
        { id: 7, text: "Consent is well managed.", assessment: "neutral", sentences: "[]" },
      ]);
      expect(sqlite.prepare("SELECT analysisVersion FROM Report").all()).toEqual([{ analysisVersion: "" }]);
      sqlite.exec(
        "INSERT INTO Paragraph (id, reportId, sectionId, position, ref, text) VALUES (8, 1, 1, 1, '2.2', 'Records are out of date.')",
      );
      expect(sqlite.prepare("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'records'").all()).toEqual([{ rowid: 16 }]);
    } finally {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
