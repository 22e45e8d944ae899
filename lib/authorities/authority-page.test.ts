import { describe, expect, it } from "vitest";
import {
  describeDeadlineGroup,
  formatDateRange,
  groupByDeadline,
  paragraphId,
  placeFootnotes,
  recommendationId,
  sectionId,
  sectionTitle,
  textParagraphs,
} from "./authority-page";
import { parseReport } from "../report/parse-report";
import type { FindingSection } from "../report/types";
import { seedReportText } from "../testing/reports";

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

describe("groupByDeadline", () => {
  const summary = (text: string) =>
    groupByDeadline(parseReport(seedReportText(text as "barnet" | "dudley")).recommendations).map((g) => ({
      label: g.label,
      dueDate: g.dueDate,
      numbers: g.items.map((i) => i.number),
      words: describeDeadlineGroup(g),
    }));

  it("groups Dudley's 12 by deadline, soonest first, each keeping its number in the report", () => {
    expect(summary("dudley")).toEqual([
      {
        label: "Within 3 months (from report)",
        dueDate: "2012-04-25",
        numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        words: "9 recommendations: 8 from the joint Ofsted report, 1 from CQC",
      },
      {
        label: "Within 6 months (from report)",
        dueDate: "2012-07-25",
        numbers: [10, 11, 12],
        words: "3 recommendations: 2 from the joint Ofsted report, 1 from CQC",
      },
    ]);
  });

  it("says a group from one source in words", () => {
    expect(summary("barnet").map((g) => g.words)).toEqual([
      "2 recommendations, from CQC",
      "3 recommendations, from the joint Ofsted report",
    ]);
  });

  it("puts a later deadline written first after a sooner one, numbers unchanged", () => {
    const [first, second] = parseReport(seedReportText("barnet")).recommendations;
    const later = { ...first, deadline: { label: "Within 6 months", months: 6, days: null }, dueDate: "2012-08-24" };
    const groups = groupByDeadline([later, second]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.number)])).toEqual([
      ["Within 3 months", [2]],
      ["Within 6 months", [1]],
    ]);
    expect(describeDeadlineGroup({ ...groups[0] })).toBe("1 recommendation, from CQC");
  });

  it("anchors a recommendation by its number", () => {
    expect(recommendationId(3)).toBe("recommendation-3");
  });
});
