import { describe, expect, it } from "vitest";
import { assessParagraph } from "../findings";
import { countAssessments, describeCounts, raisesConcern, sentencesOf, summarizeFindings } from "./display";
import { assessReport } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";

const dudley = assessReport(parseReport(seedReportText("dudley")));
const paragraphs = dudley.sections.flatMap((s) => s.paragraphs);

describe("summarizeFindings", () => {
  it("counts every paragraph of every section once, under its own assessment", () => {
    const summary = summarizeFindings(dudley.sections);
    expect(summary.map((s) => s.number)).toEqual(dudley.sections.map((s) => s.number));
    const total = summary.reduce((n, s) => n + s.counts.strength + s.counts.concern + s.counts.mixed + s.counts.neutral, 0);
    expect(total).toBe(paragraphs.length);
    const consent = summary.find((s) => s.outcome === 2)!;
    const section = dudley.sections.find((s) => s.outcome === 2)!;
    expect(consent.counts.concern).toBe(section.paragraphs.filter((p) => assessParagraph(p.text).assessment === "concern").length);
  });
});

describe("countAssessments and describeCounts", () => {
  it("counts by assessment", () => {
    expect(countAssessments([{ assessment: "mixed" }, { assessment: "concern" }, { assessment: "mixed" }])).toEqual({
      strength: 0,
      concern: 1,
      mixed: 2,
      neutral: 0,
    });
  });
  it("says counts in words", () => {
    expect(describeCounts({ concerns: 2, strengths: 1 })).toBe("2 concerns, 1 strength");
    expect(describeCounts({ concerns: 1, strengths: 0 })).toBe("1 concern");
    expect(describeCounts({ concerns: 0, strengths: 0 })).toBe("none");
  });
  it("treats mixed paragraphs as raising a concern", () => {
    expect(raisesConcern("mixed")).toBe(true);
    expect(raisesConcern("strength")).toBe(false);
  });
});

describe("sentencesOf", () => {
  it("gives the sentences of every seed paragraph, which hold exactly its text", () => {
    for (const p of paragraphs) expect(sentencesOf(p)).toEqual(p.sentences);
  });
  it("gives nothing when the sentences do not hold the text", () => {
    const p = paragraphs[0];
    expect(sentencesOf({ ...p, text: `${p.text} More.` })).toBeNull();
    expect(sentencesOf({ ...p, sentences: [] })).toBeNull();
  });
});
