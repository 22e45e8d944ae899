import { describe, expect, it } from "vitest";
import { assessParagraph } from "../assessment";
import {
  assessedBy,
  countAssessments,
  raisesConcern,
  sentencesOf,
  summarizeFindings,
  concernExcerpts,
  describeAssessmentCounts,
  excerpt,
} from "./display";
import { assessReport } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";

const dudley = assessReport(parseReport(seedReportText("dudley")));
const paragraphs = dudley.sections.flatMap((s) => s.paragraphs);

describe("assessedBy", () => {
  it("names who gave a paragraph its mark in the CSV exports' words", () => {
    expect(assessedBy(true)).toBe("reviewer");
    expect(assessedBy(false)).toBe("rules");
  });
});

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

describe("countAssessments and describeAssessmentCounts", () => {
  it("counts by assessment", () => {
    expect(countAssessments([{ assessment: "mixed" }, { assessment: "concern" }, { assessment: "mixed" }])).toEqual({
      strength: 0,
      concern: 1,
      mixed: 2,
      neutral: 0,
    });
  });
  it("says counts in words", () => {
    // Dudley's general section, once read as "2 concerns, 3 strengths" from its 3 paragraphs.
    expect(describeAssessmentCounts({ strength: 1, concern: 0, mixed: 2, neutral: 0 })).toBe("3 paragraphs: 1 strength, 2 mixed");
    expect(describeAssessmentCounts({ strength: 0, concern: 1, mixed: 0, neutral: 0 })).toBe("1 paragraph: 1 concern");
    expect(describeAssessmentCounts({ strength: 0, concern: 0, mixed: 0, neutral: 0 })).toBe("no paragraphs");
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

describe("concern excerpts", () => {
  it("shortens at a word, with an ellipsis", () => {
    expect(excerpt("There was limited use made of chronologies to inform analysis of risk.", 40)).toBe("There was limited use made of…");
    expect(excerpt("Short enough.", 40)).toBe("Short enough.");
  });
  it("quotes the first concern sentence of each paragraph raising one, in a line or two", () => {
    const records = dudley.sections.find((s) => s.outcome === 21)!.paragraphs;
    const { items, more } = concernExcerpts(records);
    expect(items[0].ref).toBe("13.1");
    expect(items[0].text).toMatch(/^Inspectors found that records of safeguarding work/);
    expect(items.reduce((n, i) => n + i.text.length, 0)).toBeLessThanOrEqual(180);
    expect(items.length + more).toBe(records.filter((p) => raisesConcern(p.assessment)).length);
  });
});
