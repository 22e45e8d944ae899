import { describe, expect, it } from "vitest";
import { bareLines, blocksOf, seedBlocks } from "../../testing/seed-blocks";
import { documentLines } from "./lines";
import { readNextSteps, nextStepsWarnings } from "./next-steps";
import { endsRecommendations, readRecommendations, recommendationsOf, recommendationsWarnings } from "./recommendations";

const line = (text: string) => documentLines(text)[0];

describe("readRecommendations and recommendationsOf", () => {
  it("read Dudley's twelve, each under its deadline and lead-in", () => {
    const { drafts, skippedUndated } = readRecommendations(seedBlocks("dudley").blocks.recommendations);
    expect(skippedUndated).toBe(0);
    expect(drafts.map((d) => d.deadline.months)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6]);
    expect(drafts[11].addressee).toBe("NHS Dudley and NHS providers");
    const recommendations = recommendationsOf(drafts, "2012-01-25");
    expect(recommendations[3]).toEqual({
      deadline: { label: "Within 3 months (from report)", months: 3, days: null },
      dueDate: "2012-04-25",
      addressee: "NHS Dudley and NHS providers together with other DSCB members",
      text: "extend audit processes to routinely monitor the consistency and quality of practice",
      source: "Ofsted",
      attribution: "Ofsted, January 2012",
    });
  });

  it("join a line without a bullet to the recommendation right above it; after a blank line it is one of its own", () => {
    const lines =
      "Recommendations\nWithin 3 months\nNHS Kent should:\n- review the plan\nand publish it.\n\nagree a budget.\n- train staff\n";
    const { drafts } = readRecommendations(blocksOf(lines).blocks.recommendations);
    expect(drafts.map((d) => [d.addressee, d.rawParts])).toEqual([
      ["NHS Kent", ["review the plan", "and publish it."]],
      ["NHS Kent", ["agree a budget."]],
      ["NHS Kent", ["train staff"]],
    ]);
  });

  it("read a deadline with its lead-in beside it on one line, and a lead-in set as a list item (a two-column table's cells)", () => {
    // frozen10/synthetic-22.twocol-lo.pdf: the deadline in the left cell, the lead-ins and items in the right one.
    const lines = [
      "Recommendations",
      "Within 6 months (from report)\tEnsure that NHS Oakhanger together with Humber Wold NHS Trust take action to:",
      "- improve communication between GPs and health visitors.",
      "- Ensure that Oakhanger and Wold Hospitals NHS Trust takes action to:",
      "- provide safeguarding supervision for midwives.",
      "",
    ].join("\n");
    const { drafts } = readRecommendations(blocksOf(lines).blocks.recommendations);
    expect(drafts.map((d) => [d.deadline.label, d.addressee, d.rawParts])).toEqual([
      [
        "Within 6 months (from report)",
        "NHS Oakhanger together with Humber Wold NHS Trust",
        ["improve communication between GPs and health visitors."],
      ],
      ["Within 6 months (from report)", "Oakhanger and Wold Hospitals NHS Trust", ["provide safeguarding supervision for midwives."]],
    ]);
  });

  it("skip and count recommendations before any deadline", () => {
    const { drafts, skippedUndated } = readRecommendations(
      blocksOf("Recommendations\nWe recommend:\n- one\n- two\n").blocks.recommendations,
    );
    expect(drafts).toEqual([]);
    expect(recommendationsWarnings(true, 0, skippedUndated)).toEqual([
      "recommendations section has no recommendations",
      "2 recommendation(s) before any deadline heading were skipped",
    ]);
  });
});

describe("endsRecommendations", () => {
  it("ends at a heading, but not at a deadline or lead-in formatted as one", () => {
    expect(endsRecommendations(line("## **The Inspection Process**"))).toBe(true);
    expect(endsRecommendations(line("### **Within 3 months**"))).toBe(false);
    expect(endsRecommendations(line("**NHS Barnet and NHS providers take action to:**"))).toBe(false);
    expect(endsRecommendations(line("- **actively engage young people**"))).toBe(false);
  });
});

describe("readNextSteps", () => {
  it("reads Barnet's next steps and the working days they give", () => {
    const { blocks } = seedBlocks("barnet");
    expect(bareLines(blocks.nextSteps[0])).toHaveLength(1);
    const nextSteps = readNextSteps(blocks.nextSteps);
    expect(nextSteps?.workingDays).toBe(20);
    expect(nextSteps?.text).toMatch(/^An action plan is required from the commissioning PCT within 20 working days/);
    expect(nextSteps?.text).not.toContain("mailto:");
  });

  it("is null for an empty section, with a warning that tells empty from missing", () => {
    expect(readNextSteps([[]])).toBeNull();
    expect(nextStepsWarnings(null, true)).toEqual(["next steps section is empty"]);
    expect(nextStepsWarnings(null, false)).toEqual(["no next steps section found"]);
  });
});
