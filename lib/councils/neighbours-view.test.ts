import { describe, expect, it } from "vitest";
import { councilByCode } from ".";
import type { CouncilReport } from "./map-view";
import { gradeDifferences, neighbourEntries, summarizeDifferences } from "./neighbours-view";

const harrow: CouncilReport = {
  slug: "harrow",
  name: "Harrow",
  reportDate: "2012-03-01",
  grades: ["Adequate", "Good", "Good", "Outstanding", "Good", null],
};

describe("neighbourEntries", () => {
  it("lists Barnet's ten in the lookup's order, each with its report and a comparison when it has one", () => {
    const entries = neighbourEntries(councilByCode("302")!, new Map([["310", harrow]]), "barnet");
    expect(entries.map((e) => e.council.name)).toEqual([
      "Waltham Forest",
      "Reading",
      "Harrow",
      "Redbridge",
      "Merton",
      "Croydon",
      "Lewisham",
      "Hillingdon",
      "Haringey",
      "Ealing",
    ]);
    expect(entries[2]).toMatchObject({ rank: 3, report: harrow, compareHref: "/compare?a=barnet&b=harrow" });
    expect(entries.filter((e) => e.compareHref)).toHaveLength(1);
  });
});

describe("gradeDifferences", () => {
  it("says each difference in words as the compare page does", () => {
    const rows = gradeDifferences("Barnet", ["Good", "Good", "Good", "Good", "Good", "Good"], "Harrow", harrow.grades);
    expect(rows.map((r) => r.words)).toEqual([
      "Barnet is graded higher: Good against Harrow's Adequate.",
      "Same grade.",
      "Same grade.",
      "Harrow is graded higher: Outstanding against Barnet's Good.",
      "Same grade.",
      "Only Barnet has this judgement.",
    ]);
    expect(summarizeDifferences("Barnet", "Harrow", rows)).toBe("Barnet is graded higher on 1, Harrow on 1; the same on 3.");
  });
});
