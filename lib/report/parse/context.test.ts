import { describe, expect, it } from "vitest";
import { blocksOf, seedBlocks } from "../../testing/seed-blocks";
import { seedReportText } from "../../testing/reports";
import { contextWarnings, readContext } from "./context";

describe("readContext", () => {
  it("reads Barnet's context as its two paragraphs", () => {
    const paragraphs = readContext(seedBlocks("barnet").blocks.context).split("\n\n");
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Approximately 88,700 children and young people aged 0 to 19 live in Barnet/);
    expect(paragraphs[1]).toMatch(/delivered by the Central London Community Health NHS Trust\.$/);
  });

  it("stops at an unmarked heading after a blank line, once it has text", () => {
    const dudley = seedReportText("dudley");
    const { blocks } = blocksOf(dudley.replace("1. General", "Health services in Dudley\n\nNot context.\n\n1. General"));
    const paragraphs = readContext(blocks.context).split("\n\n");
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^Health care services to children and their families are commissioned by NHS Dudley/);
  });

  it("reads every context block, in order", () => {
    const { blocks } = blocksOf("Context\n\nThere are 5 children.\n\nContext:\nAnd 6 more.\n");
    expect(readContext(blocks.context)).toBe("There are 5 children.\n\nAnd 6 more.");
  });
});

describe("contextWarnings", () => {
  it("names each figure not found, or the missing section", () => {
    const none = { childrenPopulation: null, lookedAfterChildren: 12, childProtectionPlans: null };
    expect(contextWarnings(none, true)).toEqual([
      "no number of children and young people found in the context",
      "no number of children on a child protection plan found in the context",
    ]);
    expect(contextWarnings(none, false)).toEqual(["no context section found"]);
  });
});
