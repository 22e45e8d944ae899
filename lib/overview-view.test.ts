import { describe, expect, it } from "vitest";
import { describeSort, MATRIX_COLUMNS, matrixGrades, sortHeader } from "./overview-view";
import type { RatingRow } from "./report/types";

describe("sortHeader", () => {
  it("marks the sorted column and links to the reverse order", () => {
    expect(sortHeader("region", { sort: "region", dir: "asc" })).toEqual({
      sort: "region",
      label: "Region",
      ariaSort: "ascending",
      href: "/?sort=region&dir=desc",
      action: "sort Z to A",
    });
    expect(sortHeader("date", { sort: "date", dir: "desc" })).toMatchObject({
      ariaSort: "descending",
      href: "/?sort=date&dir=asc",
      action: "sort oldest first",
    });
  });

  it("links other columns to their usual direction: names A to Z, dates newest first", () => {
    const current = { sort: "region", dir: "desc" } as const;
    expect(sortHeader("name", current)).toMatchObject({ ariaSort: undefined, href: "/?sort=name&dir=asc", action: "sort A to Z" });
    expect(sortHeader("date", current)).toMatchObject({ ariaSort: undefined, href: "/?sort=date&dir=desc", action: "sort newest first" });
  });
});

describe("describeSort", () => {
  it("says what the order is in words", () => {
    expect(describeSort("name", "asc")).toBe("sorted by authority name, A to Z");
    expect(describeSort("date", "asc")).toBe("sorted by report date, oldest first");
  });
});

const DUDLEY: RatingRow[] = [
  { inspection: "safeguarding", judgement: "Overall effectiveness of the safeguarding services", grade: "Adequate" },
  { inspection: "safeguarding", judgement: "Capacity for improvement", grade: "Good" },
  { inspection: "safeguarding", judgement: "The contribution of health agencies to keeping children and young people safe", grade: "Adequate" },
  { inspection: "looked-after", judgement: "Overall effectiveness of services for looked after children and young people", grade: "Good" },
  { inspection: "looked-after", judgement: "Capacity for improvement of the council and its partners", grade: "Good" },
  { inspection: "looked-after", judgement: "Being Healthy", grade: "Adequate" },
];

describe("matrixGrades", () => {
  it("has six columns, three per inspection", () => {
    expect(MATRIX_COLUMNS.map((c) => c.inspection)).toEqual(["safeguarding", "safeguarding", "safeguarding", "looked-after", "looked-after", "looked-after"]);
  });

  it("puts a report's grades in column order", () => {
    expect(matrixGrades(DUDLEY)).toEqual(["Adequate", "Good", "Adequate", "Good", "Good", "Adequate"]);
  });

  it("recognises judgements by their wording whatever the order", () => {
    expect(matrixGrades([...DUDLEY].reverse())).toEqual(["Adequate", "Good", "Adequate", "Good", "Good", "Adequate"]);
  });

  it("leaves missing judgements empty and fits differently worded ones into their inspection's free columns", () => {
    const ratings: RatingRow[] = [
      { inspection: "looked-after", judgement: "Being Healthy", grade: "Outstanding" },
      { inspection: "safeguarding", judgement: "Something new", grade: "Inadequate" },
    ];
    expect(matrixGrades(ratings)).toEqual(["Inadequate", null, null, null, null, "Outstanding"]);
  });
});
