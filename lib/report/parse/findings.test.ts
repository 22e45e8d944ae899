import { describe, expect, it } from "vitest";
import { blocksOf, seedBlocks } from "../../testing/seed-blocks";
import { seedReportText } from "../../testing/reports";
import { findingsOf, hasFindings, readFindings, sectionHeading } from "./findings";
import { documentLines } from "./lines";

const line = (text: string) => documentLines(text)[0];

describe("sectionHeading", () => {
  it("reads numbered and unnumbered headings", () => {
    expect(sectionHeading(line("## **6. Outcome 7 Safeguarding**"), 5)).toEqual({ number: 6, outcome: 7, title: "Safeguarding" });
    expect(sectionHeading(line("1. General – leadership and management"), 0)).toEqual({
      number: 1,
      outcome: null,
      title: "General – leadership and management",
    });
    expect(sectionHeading(line("Outcome 11: Equipment"), 6)).toEqual({ number: 7, outcome: 11, title: "Equipment" });
    expect(sectionHeading(line("Outcome 4 is met by the trusts."), 3)).toBeNull();
  });
});

describe("readFindings and findingsOf", () => {
  it("read Barnet's section 2 with its footnote below the rule", () => {
    const { blocks } = seedBlocks("barnet");
    const draft = readFindings([blocks.sections[1]]);
    expect(draft.sections[0].paragraphs.map((p) => p.ref)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    expect(draft.footnotes).toHaveLength(1);
    expect(draft.warnings).toEqual([]);
    const findings = findingsOf(draft);
    expect(findings.footnotes).toEqual([
      {
        marker: "1",
        ref: "2.4",
        text: "New national programme to enable local communities to have a stronger say about health and social care services",
      },
    ]);
    expect(findings.sections[0].paragraphs[3].text).toMatch(/becoming a reference group of Barnet Healthwatch\.$/);
  });

  it("read every section of Dudley, paragraphs without their numbers", () => {
    const findings = findingsOf(readFindings(seedBlocks("dudley").blocks.sections));
    expect(findings.sections.map((s) => s.paragraphs.length)).toEqual([3, 3, 1, 7, 6, 4, 1, 1, 3, 3, 5, 1, 3]);
    expect(findings.sections[0].paragraphs[0].text).toMatch(
      /^The contribution of health to keeping children and young people safe is adequate\./,
    );
    expect(findings.warnings).toEqual([]);
  });

  it("number paragraphs that have no numbers, and say so", () => {
    const { blocks } = blocksOf("3. Outcome 2 Consent\n\nFirst finding.\n\nSecond finding.\n");
    const draft = readFindings(blocks.sections);
    expect(draft.sections[0].paragraphs.map((p) => p.ref)).toEqual(["3.1", "3.2"]);
    expect(draft.warnings).toEqual(["paragraphs in section 3 are not numbered; numbered in order from 3.1"]);
    expect(hasFindings(draft)).toBe(true);
  });

  it("warn about a paragraph under the wrong section, one given twice and an empty section", () => {
    const text = seedReportText("dudley")
      .replace("3.1 ", "4.1 ")
      .replace("8. Outcome 12", "8. Outcome 12 Staffing recruitment\n\n9. Outcome 12");
    const draft = readFindings(blocksOf(text).blocks.sections);
    expect(draft.warnings).toEqual(["paragraph 4.1 appears under section 3", "paragraph 8.1 appears under section 9"]);
    expect(findingsOf(draft).warnings.slice(0, 2)).toEqual([
      "paragraph 4.1 appears more than once",
      "section 8 (Staffing recruitment) has no paragraphs",
    ]);
  });
});
