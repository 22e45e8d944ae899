import { describe, expect, it } from "vitest";
import {
  COMPARISON_CSV_HEADER,
  compareEvidence,
  compareReports,
  comparisonCsvRows,
  describeOutcomeSide,
  describeRatingDifferences,
  describeThemeContrast,
  onlyConcerns,
} from "./compare-reports";
import { concernThemes } from "../evidence/concern-themes";
import { assessParagraph, THEMES } from "../assessment";
import { assessReport } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";

const barnet = assessReport(parseReport(seedReportText("barnet")));
const dudley = assessReport(parseReport(seedReportText("dudley")));
const comparison = compareReports(barnet, dudley);
const evidence = compareEvidence(comparison, barnet, dudley);

/** Refs of a report's paragraphs with a concern sentence about a theme, computed afresh from the text. */
function concernRefs(report: typeof barnet, theme: string): string[] {
  return report.sections
    .flatMap((s) => s.paragraphs)
    .filter((p) => concernThemes(assessParagraph(p.text).sentences).includes(theme))
    .map((p) => p.ref);
}

describe("compareEvidence on Barnet and Dudley", () => {
  it("counts each side's paragraphs per outcome as the rules read them", () => {
    const records = evidence.outcomes.find((o) => o.outcome === 21)!;
    const dudleyRecords = dudley.sections.find((s) => s.outcome === 21)!.paragraphs;
    expect(records.b).toEqual({
      strength: dudleyRecords.filter((p) => assessParagraph(p.text).assessment === "strength").length,
      concern: dudleyRecords.filter((p) => assessParagraph(p.text).assessment === "concern").length,
      mixed: dudleyRecords.filter((p) => assessParagraph(p.text).assessment === "mixed").length,
      neutral: dudleyRecords.filter((p) => assessParagraph(p.text).assessment === "neutral").length,
    });
    expect(evidence.outcomes.map((o) => o.outcome)).toEqual(comparison.outcomes.map((o) => o.outcome));
  });

  it("lists every theme raised as a concern on either side, with the refs, one-sided ones first", () => {
    const expected = THEMES.map((t) => ({ id: t.id, a: concernRefs(barnet, t.id), b: concernRefs(dudley, t.id) })).filter(
      (t) => t.a.length || t.b.length,
    );
    expect(evidence.themes.map((t) => ({ id: t.theme.id, a: t.a, b: t.b })).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      expected.sort((x, y) => x.id.localeCompare(y.id)),
    );
    for (const t of evidence.themes) expect(t.only).toBe(t.a.length && t.b.length ? null : t.a.length ? "a" : "b");
    const firstShared = evidence.themes.findIndex((t) => t.only === null);
    if (firstShared >= 0) expect(evidence.themes.slice(firstShared).every((t) => t.only === null)).toBe(true);
  });
});

describe("describing differences", () => {
  const theme = { id: "records", name: "Records and systems", scope: "" };
  it("names the side raising the concern, how many paragraphs and which, and the side not raising it", () => {
    expect(describeThemeContrast({ theme, a: [], b: ["13.1", "13.3"], only: "b" }, "Barnet", "Dudley")).toBe(
      "Records and systems: a concern in 2 paragraphs of Dudley's (13.1, 13.3), in none of Barnet's.",
    );
    expect(describeThemeContrast({ theme, a: ["9.2"], b: ["13.1"], only: null }, "Barnet", "Dudley")).toBe(
      "Records and systems: a concern in both, 1 paragraph of Barnet's (9.2) and 1 paragraph of Dudley's (13.1).",
    );
  });
  it("counts each paragraph once, under its own tag, the parts adding up to the whole", () => {
    expect(describeOutcomeSide({ strength: 1, concern: 1, mixed: 1, neutral: 4 })).toBe(
      "7 paragraphs: 1 strength, 1 concern, 1 mixed, 4 neutral",
    );
    expect(describeOutcomeSide(null)).toBe("Not covered");
  });
  it("says which judgements differ and how", () => {
    expect(describeRatingDifferences(comparison.ratings, "Barnet", "Dudley")).toEqual([
      "Overall effectiveness of the safeguarding services: Good in Barnet, Adequate in Dudley.",
      "The contribution of health agencies to keeping children and young people safe: Good in Barnet, Adequate in Dudley.",
      "Being Healthy: Good in Barnet, Adequate in Dudley.",
    ]);
  });
});

describe("onlyConcerns", () => {
  const short = onlyConcerns(comparison);
  it("keeps exactly the paragraphs raising a concern, and the outcomes that have any", () => {
    const kept = short.outcomes.flatMap((o) => [...(o.a?.paragraphs ?? []), ...(o.b?.paragraphs ?? [])]);
    const all = comparison.outcomes.flatMap((o) => [...(o.a?.paragraphs ?? []), ...(o.b?.paragraphs ?? [])]);
    expect(kept).toEqual(all.filter((p) => ["concern", "mixed"].includes(assessParagraph(p.text).assessment)));
    for (const o of short.outcomes) expect((o.a?.paragraphs.length ?? 0) + (o.b?.paragraphs.length ?? 0)).toBeGreaterThan(0);
  });
  it("keeps Dudley 2.1, which any reading takes as raising a concern", () => {
    const involving = short.outcomes.find((o) => o.outcome === 1);
    expect(involving?.b?.paragraphs.map((p) => p.ref)).toContain("2.1");
  });
});

describe("comparisonCsvRows", () => {
  it("gives one row per paragraph with a link to its anchor", () => {
    const rows = comparisonCsvRows(
      comparison,
      { slug: "barnet", name: "Barnet", laNumber: "302", onsCode: "E09000003", onsRegion: "London" },
      { slug: "dudley", name: "Dudley", laNumber: "332", onsCode: "E08000027", onsRegion: "West Midlands" },
    );
    expect(rows).toHaveLength(barnet.sections.concat(dudley.sections).reduce((n, s) => n + s.paragraphs.length, 0));
    const column = (name: string) => COMPARISON_CSV_HEADER.indexOf(name);
    const d21 = rows.find((r) => r[column("authority")] === "Dudley" && r[column("ref")] === "2.1")!;
    expect(d21[column("outcome")]).toBe(1);
    expect([d21[column("la_number")], d21[column("ons_code")], d21[column("ons_region")]]).toEqual(["332", "E08000027", "West Midlands"]);
    expect(d21[column("assessment")]).toBe(assessParagraph(String(d21[column("text")])).assessment);
    expect(d21[column("link")]).toBe("/authorities/dudley#p-2-1");
  });
});
