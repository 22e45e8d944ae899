import { describe, expect, it } from "vitest";
import { createDb, db } from "../db";
import { saveReport } from "../import/save-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { withSeededDatabase } from "../testing/seeded-db";
import { MATCH_END, MATCH_START, outcomeOptions, search, searchExport, type SearchFilters } from "./search";

const file = withSeededDatabase();

const run = async (q: string, f: Partial<SearchFilters> = {}) => {
  const result = await search({ q, page: 1, ...f });
  if (!result.ok) throw new Error(result.reason);
  return result;
};
const where = (r: Awaited<ReturnType<typeof run>>) => r.hits.map((h) => `${h.authority.slug} ${h.ref ?? h.kind}`);

describe("search", () => {
  it("finds a phrase in paragraphs and recommendations, council by council, best match first", async () => {
    const r = await run('"designated doctor"');
    expect(r.total).toBe(3);
    // The short recommendation outranks the long paragraphs that mention the phrase once, so Barnet's
    // group comes first, with its paragraph after it; then Dudley's.
    expect(where(r)).toEqual(["barnet recommendation", "barnet 9.2", "dudley 4.5"]);
    expect(r.hits[0]).toMatchObject({ heading: "Within 6 months", href: "/authorities/barnet#recommendation-5", latest: true });
    expect(r.hits[1]).toMatchObject({ outcome: 13, heading: "Staffing numbers", href: "/authorities/barnet#p-9-2" });
    expect(r.hits[1].snippet).toContain(`have a ${MATCH_START}designated doctor${MATCH_END} for looked after children`);
  });

  it("ranks a paragraph about the theme above one that mentions it in passing", async () => {
    const r = await run("CAMHS");
    // Every paragraph or recommendation of the two reports that mentions CAMHS.
    expect(r.total).toBe(15);
    const top = r.hits[0];
    expect(top.snippet.split(MATCH_START).length - 1).toBeGreaterThanOrEqual(2);
  });

  it("matches words with the same stem and prefixes", async () => {
    const stem = await run("supervise");
    expect(stem.hits.some((h) => /supervision/i.test(h.snippet))).toBe(true);
    const prefix = await run("safeguard*");
    expect(prefix.total).toBeGreaterThan((await run("safeguarding")).total - 1);
    expect(prefix.total).toBe(41);
  });

  it("filters by authority and by outcome", async () => {
    expect(where(await run("CAMHS", { authority: "dudley", outcome: 7 }))).toEqual(["dudley 6.2"]);
    const general = await run("health", { outcome: "general" });
    expect(general.hits.every((h) => h.outcome === null && h.kind === "paragraph")).toBe(true);
    expect(general.total).toBe(6);
    expect((await run("CAMHS", { authority: "nowhere" })).total).toBe(0);
  });

  it("treats hostile and broken syntax as words, never as an error", async () => {
    const outcome = async (q: string) => {
      const result = await search({ q, page: 1 });
      return result.ok ? result.total : result.reason;
    };
    // What each finds in the seed reports: operators without operands drop out ("CAMHS OR" finds what CAMHS finds),
    // and a query of nothing but syntax is empty.
    const expected: [string, number | string][] = [
      ['"unbalanced', 0],
      ["CAMHS OR", 15],
      ["NOT", "empty-query"],
      ["a AND OR b", 66],
      ["NEAR(", 0],
      ["'; DROP TABLE Report; --", 0],
      ["*", "empty-query"],
      ["(((", "empty-query"],
      ["\u0000", "empty-query"],
      ["x".repeat(5000), 0],
    ];
    for (const [q, result] of expected) expect(await outcome(q), q.slice(0, 40)).toBe(result);
    expect(await search({ q: "   ", page: 1 })).toEqual({ ok: false, reason: "empty-query" });
    expect(await db.report.count()).toBe(2);
  });

  it("pages through results", async () => {
    const first = await run("health");
    expect(first.total).toBe(84);
    expect(first.pageCount).toBe(Math.ceil(first.total / 20));
    const second = await run("health", { page: 2 });
    expect(second.hits[0]).not.toEqual(first.hits[0]);
  });

  it("keeps the index in step when a report is replaced", async () => {
    const text = seedReportText("dudley").replace("The CAMHS deaf service", "The audiology liaison service");
    const writer = createDb(file);
    await saveReport(writer, parseReport(text), { name: "dudley.txt", text });
    await writer.$disconnect();
    expect((await run("audiology")).total).toBe(1);
    expect((await run('"CAMHS deaf"')).total).toBe(0);
  });

  it("lists the outcomes that have findings", async () => {
    const options = await outcomeOptions();
    expect(options.map((o) => o.value)).toEqual(["general", 1, 2, 4, 6, 7, 11, 12, 13, 14, 16, 20, 21]);
  });
});

describe("search by theme and assessment", () => {
  it("keeps only paragraphs and recommendations on the theme, as the rules read their text", async () => {
    const { themesOf } = await import("../assessment");
    const all = (await searchExport({ q: "health" }))!;
    const onConsent = (await searchExport({ q: "health", theme: "consent" }))!;
    expect(onConsent.map((r) => r.href)).toEqual(all.filter((r) => themesOf(r.text).includes("consent")).map((r) => r.href));
    const page = await run("health", { theme: "consent" });
    expect(page.total).toBe(onConsent.length);
  });

  it("keeps only paragraphs with the assessment, recommendations dropping out", async () => {
    const { assessParagraph } = await import("../assessment");
    const all = (await searchExport({ q: "health" }))!;
    for (const assessment of ["strength", "concern", "mixed", "neutral"] as const) {
      const found = (await searchExport({ q: "health", assessment }))!;
      expect(found.map((r) => r.href)).toEqual(
        all.filter((r) => r.kind === "paragraph" && assessParagraph(r.text).assessment === assessment).map((r) => r.href),
      );
      const hits = await run("health", { assessment });
      expect(hits.hits.every((h) => h.assessment === assessment)).toBe(true);
    }
  });

  it("downloads whole texts, not snippets", async () => {
    const rows = (await searchExport({ q: '"designated doctor"' }))!;
    expect(rows.map((r) => `${r.authority} ${r.ref ?? r.kind}`)).toEqual(["Barnet recommendation", "Dudley 4.5", "Barnet 9.2"]);
    expect(rows[2].text).not.toContain(MATCH_START);
    expect(rows[2].text.length).toBeGreaterThan(200);
    expect(await searchExport({ q: "   " })).toBeNull();
  });
});
