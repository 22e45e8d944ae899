import { describe, expect, it } from "vitest";
import { bareLines, blocksOf, seedBlocks } from "../../testing/seed-blocks";
import { seedReportText } from "../../testing/reports";

describe("cutIntoBlocks", () => {
  it("cuts Barnet into its preamble, two ratings tables, context, 13 sections, recommendations and next steps", () => {
    const { blocks } = seedBlocks("barnet");
    expect(bareLines(blocks.preamble)[0]).toBe("Date of Inspection 9th January 2012 - 20th January 2012");
    expect(bareLines(blocks.preamble).at(-1)).toBe("Barnet Council");
    // A block runs to the next landmark: the ratings reader finds where its table ends.
    expect(blocks.ratings.map((r) => [r.inspection, bareLines(r.lines).length])).toEqual([
      ["safeguarding", 3],
      ["looked-after", 11],
    ]);
    expect(bareLines(blocks.ratings[1].lines).at(-1)).toMatch(/^This document sets out the findings/);
    expect(blocks.context).toHaveLength(1);
    expect(bareLines(blocks.context[0])[0]).toMatch(/^Approximately 88,700 children and young people/);
    expect(blocks.sections.map((s) => s.heading.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(blocks.sections[5].heading).toEqual({ number: 6, outcome: 7, title: "Safeguarding" });
    expect(bareLines(blocks.recommendations[0])[0]).toBe("Within 3 months");
    expect(bareLines(blocks.nextSteps[0])).toHaveLength(1);
  });

  it("leaves the title out of every block", () => {
    const { blocks } = seedBlocks("dudley");
    const all = [blocks.preamble, ...blocks.ratings.map((r) => r.lines), ...blocks.context, ...blocks.sections.map((s) => s.lines)];
    expect(all.flatMap(bareLines).filter((l) => l.startsWith("Report on the Outcome"))).toEqual([]);
  });

  it("keeps landmark words as text where they cannot open a block", () => {
    const dudley = seedReportText("dudley");
    const text = dudley.replace("6.2 ", "Context\n\n6.2 ").replace("- address gaps", "Outcome 4 Care\n- address gaps");
    const { blocks } = blocksOf(text);
    expect(blocks.context).toHaveLength(1);
    expect(bareLines(blocks.sections[5].lines)).toContain("Context");
    expect(blocks.sections).toHaveLength(13);
    expect(bareLines(blocks.recommendations[0])).toContain("Outcome 4 Care");
  });

  it("ends the recommendations at a heading that is neither a deadline nor a lead-in", () => {
    const barnet = seedReportText("barnet");
    const { blocks } = blocksOf(barnet.replace("### **Next steps**", "## **Appendix**\n\nNot a recommendation.\n\n### **Next steps**"));
    expect(bareLines(blocks.recommendations[0]).at(-1)).toMatch(/^- appoint a designated doctor/);
    expect(blocks.nextSteps).toHaveLength(1);
  });
});
