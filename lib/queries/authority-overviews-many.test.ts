import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createSeededDatabase, withSeededDatabase } from "../testing/seeded-db";
import { listAuthorityOverviews } from "./authority-overviews";

const EXTRA = 1_050;

/** The seed reports plus more authorities than SQLite binds in one statement (999), written directly for speed. */
async function createManyAuthorities(file: string): Promise<void> {
  await createSeededDatabase(file);
  const sqlite = new Database(file);
  const authority = sqlite.prepare("INSERT INTO Authority (slug, name) VALUES (?, ?)");
  const report = sqlite.prepare(
    "INSERT INTO Report (authorityId, reportDate, contextText, sourceName, sourceSha256, sourceText) VALUES (?, '2012-01-01', '', 'x.txt', ?, '')",
  );
  const rating = sqlite.prepare(
    "INSERT INTO Rating (reportId, position, inspection, judgement, grade) VALUES (?, 0, 'safeguarding', 'Capacity for improvement', 'Good')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < EXTRA; i++) {
      const a = authority.run(`many-${i}`, `Many ${String(i).padStart(4, "0")}`);
      const r = report.run(a.lastInsertRowid, `digest-${i}`);
      rating.run(r.lastInsertRowid);
    }
  })();
  sqlite.close();
}

withSeededDatabase(createManyAuthorities);

describe("listAuthorityOverviews with more than 999 authorities", () => {
  it("lists every one with its ratings and counts", async () => {
    const all = await listAuthorityOverviews("name", "asc");
    expect(all).toHaveLength(EXTRA + 2);
    expect(all.find((a) => a.slug === "many-1049")?.ratings).toEqual([
      { inspection: "safeguarding", judgement: "Capacity for improvement", grade: "Good" },
    ]);
    expect(all.find((a) => a.slug === "dudley")).toMatchObject({ recommendations: 12, dueWithin3Months: 9 });
  });
});
