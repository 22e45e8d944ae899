import { describe, expect, it } from "vitest";
import { agreement, type LabelledParagraph } from "../assessment/testing/agreement";
import { mergeReviewedCases, reviewedSet } from "./labels";

// One of issue 21's sentences the rules once marked a strength, as a reviewer would correct it.
const INADEQUATE = "The contribution of health services to keeping children and young people safe is inadequate.";
const row = {
  slug: "barnet",
  reportDate: "2012-01-20",
  ref: "1.2",
  text: INADEQUATE,
  mark: "concern" as const,
  reason: "Inadequate is a concern.",
  assessorMark: "strength",
};

describe("reviewers' marks as labelled cases", () => {
  it("are a set in the shape of lib/assessment/labels, one labelled unit a paragraph, which the agreement measure reads", () => {
    const set = reviewedSet([row], "2026-12-07T06:00:00.000Z");
    expect(set.labelled).toBe("exported 2026-12-07T06:00:00.000Z");
    expect(set.paragraphs).toEqual([
      {
        source: "barnet-2012-01-20",
        ref: "1.2",
        sentences: [{ label: "concern", text: INADEQUATE }],
        reason: row.reason,
        assessorMark: "strength",
      },
    ]);
    const measured = agreement(set.paragraphs as LabelledParagraph[]);
    expect(measured.paragraphs).toBe(1);
    expect(measured.withConcern).toBe(1);
  });

  it("merge into a set: a paragraph already there takes the newer label, new ones are appended, the set's description stays", () => {
    const existing = {
      labelled: "2026-12-01",
      by: "one reader",
      how: "development",
      paragraphs: [
        { source: "kent-2013", ref: "13", sentences: [{ label: "strength", text: "Good." }] },
        { source: "barnet-2012-01-20", ref: "1.2", sentences: [{ label: "neutral", text: `${INADEQUATE}  ` }] },
      ],
    };
    const merged = mergeReviewedCases(existing, reviewedSet([row, { ...row, ref: "1.3", text: "Audit is absent." }], "now"));
    expect(merged.labelled).toBe("2026-12-01");
    expect(merged.paragraphs.map((p) => [p.ref, p.sentences[0]])).toEqual([
      ["13", { label: "strength", text: "Good." }],
      ["1.2", { label: "concern", text: INADEQUATE }],
      ["1.3", { label: "concern", text: "Audit is absent." }],
    ]);
    expect(mergeReviewedCases(null, reviewedSet([row], "now")).paragraphs).toHaveLength(1);
  });
});
