import { describe, expect, it } from "vitest";
import { blocksOf, seedBlocks } from "../../testing/seed-blocks";
import { seedReportText } from "../../testing/reports";
import { documentLines } from "./lines";
import { ratingsHeading, ratingsWarnings, readRatings } from "./ratings";

const line = (text: string) => documentLines(text)[0];

describe("readRatings", () => {
  it("reads Dudley's two tables, stopping where each table ends", () => {
    const { blocks } = seedBlocks("dudley");
    const [safeguarding, lookedAfter] = blocks.ratings.map((table) => readRatings(table.lines, table.inspection));
    expect(safeguarding.map((r) => [r.inspection, r.grade])).toEqual([
      ["safeguarding", "Adequate"],
      ["safeguarding", "Good"],
      ["safeguarding", "Adequate"],
    ]);
    expect(lookedAfter.map((r) => r.judgement)).toEqual([
      "Overall effectiveness of services for looked after children and young people",
      "Capacity for improvement of the council and its partners",
      "Being Healthy",
    ]);
  });

  it("reads a table exported one cell per line", () => {
    const { blocks } = blocksOf(seedReportText("barnet").replace(/^(.+)\t(Good)$/gm, "$1\n$2"));
    const rows = readRatings(blocks.ratings[1].lines, "looked-after");
    expect(rows.map((r) => [r.judgement, r.grade])).toEqual([
      ["Overall effectiveness of services for looked after children and young people", "Good"],
      ["Capacity for improvement of the council and its partners", "Good"],
      ["Being Healthy", "Good"],
    ]);
  });

  it("infers each row's inspection from its wording when the table has no header", () => {
    const rows = readRatings(documentLines("Capacity for improvement\tGood\nBeing Healthy\tInadequate\n"), null);
    expect(rows.map((r) => r.inspection)).toEqual(["safeguarding", "looked-after"]);
  });
});

describe("ratingsHeading", () => {
  it("tells the two tables' headers apart, and other lines from both", () => {
    expect(ratingsHeading(line("<b>Safeguarding Inspection Outcome</b>\t<b>Aggregated inspection finding</b>"))).toBe("safeguarding");
    expect(ratingsHeading(line("Looked After children Inspection Outcome\tAggregated inspection finding"))).toBe("looked-after");
    expect(ratingsHeading(line("Safeguarding arrangements are robust."))).toBeNull();
  });
});

describe("ratingsWarnings", () => {
  it("warns about a table without headers and a count other than six", () => {
    expect(ratingsWarnings([], false)).toEqual([
      "ratings table has no inspection headings; inspections inferred from the judgements",
      "ratings table has 0 rows; expected 6",
    ]);
  });
});
