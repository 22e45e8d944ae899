import { describe, expect, it } from "vitest";
import { formatDateRange, paragraphId, placeFootnotes, sectionId, sectionTitle, textParagraphs } from "./authority-page";
import type { FindingSection } from "../report/types";

describe("paragraphId", () => {
  it("turns a ref into a stable anchor", () => {
    expect(paragraphId("6.5")).toBe("p-6-5");
    expect(paragraphId("12.10")).toBe("p-12-10");
    expect(paragraphId(" 4.3a ")).toBe("p-4-3a");
  });

  it("never gives an empty or unsafe id", () => {
    expect(paragraphId("")).toBe("p-x");
    expect(paragraphId("#1 <b>")).toBe("p-1-b");
  });
});

describe("sections", () => {
  it("names sections by outcome", () => {
    expect(sectionId(6)).toBe("section-6");
    expect(sectionTitle({ outcome: 7, title: "Safeguarding" })).toBe("Outcome 7: Safeguarding");
    expect(sectionTitle({ outcome: null, title: "General – leadership and management" })).toBe("General – leadership and management");
  });
});

describe("formatDateRange", () => {
  it("writes both dates out", () => {
    expect(formatDateRange("2012-01-09", "2012-01-20")).toBe("9 January 2012 to 20 January 2012");
  });

  it("copes with one day or a missing end", () => {
    expect(formatDateRange("2012-01-09", "2012-01-09")).toBe("9 January 2012");
    expect(formatDateRange("2012-01-09", null)).toBe("From 9 January 2012");
    expect(formatDateRange(null, "2012-01-20")).toBe("Until 20 January 2012");
    expect(formatDateRange(null, null)).toBeNull();
  });
});

describe("textParagraphs", () => {
  it("splits on blank lines", () => {
    expect(textParagraphs("One.\n\nTwo\nlines.\n \nThree.")).toEqual(["One.", "Two\nlines.", "Three."]);
    expect(textParagraphs("")).toEqual([]);
  });
});

describe("placeFootnotes", () => {
  const sections: FindingSection[] = [
    { number: 1, outcome: null, title: "General", paragraphs: [{ ref: "1.1", text: "…" }] },
    {
      number: 2,
      outcome: 1,
      title: "Involving Users",
      paragraphs: [
        { ref: "2.1", text: "…" },
        { ref: "2.4", text: "…" },
      ],
    },
  ];

  it("puts footnotes under the section of the paragraph citing them", () => {
    const placed = placeFootnotes(sections, [
      { marker: "1", ref: "2.4", text: "Healthwatch" },
      { marker: "2", ref: null, text: "Loose" },
      { marker: "3", ref: "9.9", text: "Unknown paragraph" },
      { marker: "4", ref: "2.4", text: "Second" },
    ]);
    expect(placed.bySection.get(2)?.map((f) => f.id)).toEqual(["footnote-1", "footnote-4"]);
    expect(placed.bySection.has(1)).toBe(false);
    expect(placed.byParagraph.get("2.4")?.map((f) => f.marker)).toEqual(["1", "4"]);
    expect(placed.unplaced.map((f) => [f.id, f.marker])).toEqual([
      ["footnote-2", "2"],
      ["footnote-3", "3"],
    ]);
  });
});
