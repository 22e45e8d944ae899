import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASSESSMENTS, assessParagraph, THEMES, themesOf } from "../assessment";
import { SEED_REPORTS_DIR, seedReportText } from "../testing/reports";
import { assessReport } from "./assess-report";
import { parseReport } from "./parse-report";
import { readReportFile } from "./read-file";

// The rules themselves are tested in lib/assessment; these tests hold whatever
// they decide and check that every paragraph and recommendation carries it.
describe.each(["barnet", "dudley"] as const)("assessReport on %s", (name) => {
  const parsed = parseReport(seedReportText(name));
  const report = assessReport(parsed);

  it("keeps the parser's reading and adds the rules' reading of every paragraph", () => {
    expect(report.sections.map((s) => s.paragraphs.map((p) => [p.ref, p.text]))).toEqual(
      parsed.sections.map((s) => s.paragraphs.map((p) => [p.ref, p.text])),
    );
    const paragraphs = report.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.length).toBeGreaterThan(40);
    for (const p of paragraphs) {
      expect(ASSESSMENTS).toContain(p.assessment);
      const expected = assessParagraph(p.text);
      expect(p.assessment).toBe(expected.assessment);
      expect(p.sentences).toEqual(expected.sentences);
      expect(p.themes).toEqual(themesOf(p.text));
      for (const id of p.themes) expect(THEMES.map((t) => t.id)).toContain(id);
    }
  });

  it("gives every recommendation its themes and keeps the rest as parsed", () => {
    expect(report.recommendations).toHaveLength(parsed.recommendations.length);
    report.recommendations.forEach((r, i) => {
      const { themes, ...rest } = r;
      expect(rest).toEqual(parsed.recommendations[i]);
      expect(themes).toEqual(themesOf(r.text));
    });
  });

  it("leaves the rest of the report as parsed", () => {
    const { sections: _s, recommendations: _r, ...rest } = report;
    const { sections: _ps, recommendations: _pr, ...parsedRest } = parsed;
    expect(rest).toEqual(parsedRest);
  });
});

describe("the parse command's reading", () => {
  it("is the assessed report", async () => {
    const result = await readReportFile(path.join(SEED_REPORTS_DIR, "dudley.txt"));
    if (!result.ok) throw new Error(result.error);
    const p21 = result.report.sections.flatMap((s) => s.paragraphs).find((p) => p.ref === "2.1")!;
    expect(p21.text).toMatch(/^Children and young people are not yet consistently involved/);
    expect(p21.assessment).toBe(assessParagraph(p21.text).assessment);
    expect(p21.sentences.length).toBeGreaterThan(3);
  });

  it("is the same after a second assessment, so stored reports can be reassessed", () => {
    const once = assessReport(parseReport(seedReportText("dudley")));
    expect(assessReport(once)).toEqual(once);
  });
});
