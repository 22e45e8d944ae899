import { describe, expect, it } from "vitest";
import { authoritiesCsv, authoritiesDownloadHref, describeSort, homeHref, homeTableRange, sortHeader } from "./home-page";
import { MATRIX_COLUMNS, matrixGrades } from "./matrix";
import { parseReport } from "../report/parse-report";
import type { RatingRow } from "../report/types";
import { seedReportText } from "../testing/reports";

describe("sortHeader", () => {
  it("marks the sorted column and links to the reverse order", () => {
    expect(sortHeader("region", { sort: "region", dir: "asc" })).toEqual({
      sort: "region",
      label: "Region",
      ariaSort: "ascending",
      href: "/?sort=region&dir=desc#authorities",
      action: "sort Z to A",
    });
    expect(sortHeader("date", { sort: "date", dir: "desc" })).toMatchObject({
      ariaSort: "descending",
      href: "/?sort=date&dir=asc#authorities",
      action: "sort oldest first",
    });
  });

  it("links other columns to their usual direction: names A to Z, dates newest first", () => {
    const current = { sort: "region", dir: "desc" } as const;
    expect(sortHeader("name", current)).toMatchObject({
      ariaSort: undefined,
      href: "/?sort=name&dir=asc#authorities",
      action: "sort A to Z",
    });
    expect(sortHeader("date", current)).toMatchObject({
      ariaSort: undefined,
      href: "/?sort=date&dir=desc#authorities",
      action: "sort newest first",
    });
  });

  it("sorts by a judgement, Outstanding first unless it is the order already, keeping the filters, back at the matrix", () => {
    const current = { sort: "name", dir: "asc", filters: { region: "London", grade: "Good", judgement: "being-healthy" } } as const;
    expect(sortHeader("looked-after", current, "ratings")).toEqual({
      sort: "looked-after",
      label: "Looked after children: overall effectiveness",
      ariaSort: undefined,
      href: "/?region=London&grade=Good&judgement=being-healthy&sort=looked-after&dir=asc#ratings",
      action: "sort Outstanding first",
    });
    expect(sortHeader("looked-after", { sort: "looked-after", dir: "asc" }, "ratings")).toMatchObject({
      ariaSort: "ascending",
      href: "/?sort=looked-after&dir=desc#ratings",
      action: "sort Inadequate first",
    });
    expect(describeSort("being-healthy", "desc")).toBe("sorted by being healthy, Inadequate first");
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
  {
    inspection: "safeguarding",
    judgement: "The contribution of health agencies to keeping children and young people safe",
    grade: "Adequate",
  },
  { inspection: "looked-after", judgement: "Overall effectiveness of services for looked after children and young people", grade: "Good" },
  { inspection: "looked-after", judgement: "Capacity for improvement of the council and its partners", grade: "Good" },
  { inspection: "looked-after", judgement: "Being Healthy", grade: "Adequate" },
];

describe("matrixGrades", () => {
  it("has six columns, three per inspection", () => {
    expect(MATRIX_COLUMNS.map((c) => c.inspection)).toEqual([
      "safeguarding",
      "safeguarding",
      "safeguarding",
      "looked-after",
      "looked-after",
      "looked-after",
    ]);
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

describe("homeHref", () => {
  it("keeps the sort and direction unless they are the default, and the page after the first", () => {
    expect(homeHref({ sort: "name", dir: "asc" })).toBe("/");
    expect(homeHref({ sort: "name", dir: "asc", page: 1 })).toBe("/");
    expect(homeHref({ sort: "name", dir: "asc", page: 2 })).toBe("/?page=2");
    expect(homeHref({ sort: "name", dir: "desc", page: 2 })).toBe("/?sort=name&dir=desc&page=2");
    expect(homeHref({ sort: "date", dir: "desc", page: 30 })).toBe("/?sort=date&dir=desc&page=30");
    expect(homeHref({ sort: "region", dir: "asc" })).toBe("/?sort=region&dir=asc");
  });

  it("keeps the filters (the judgement unless it is overall safeguarding), and goes to an anchor", () => {
    const filters = { region: "North East", grade: "Inadequate", judgement: "safeguarding" } as const;
    expect(homeHref({ sort: "name", dir: "asc", page: 2, filters }, "authorities")).toBe(
      "/?region=North+East&grade=Inadequate&page=2#authorities",
    );
    expect(homeHref({ sort: "name", dir: "asc", filters: { judgement: "being-healthy" } })).toBe("/?judgement=being-healthy");
    expect(authoritiesDownloadHref({ sort: "being-healthy", dir: "desc", filters }, "csv")).toBe(
      "/api/authorities?region=North+East&grade=Inadequate&sort=being-healthy&dir=desc&format=csv",
    );
  });
});

describe("homeTableRange", () => {
  it("counts the authorities when they fit on one page", () => {
    expect(homeTableRange({ total: 2, page: 1, pageSize: 50, shown: 2 })).toBe("2 authorities");
    expect(homeTableRange({ total: 1, page: 1, pageSize: 50, shown: 1 })).toBe("1 authority");
    expect(homeTableRange({ total: 50, page: 1, pageSize: 50, shown: 50 })).toBe("50 authorities");
  });

  it("gives the range shown when paged", () => {
    expect(homeTableRange({ total: 1500, page: 1, pageSize: 50, shown: 50 })).toBe("Authorities 1 to 50 of 1,500");
    expect(homeTableRange({ total: 1500, page: 30, pageSize: 50, shown: 50 })).toBe("Authorities 1,451 to 1,500 of 1,500");
    expect(homeTableRange({ total: 122, page: 3, pageSize: 50, shown: 22 })).toBe("Authorities 101 to 122 of 122");
  });
});

describe("authoritiesCsv", () => {
  it("writes one row per authority with the six grades in matrix order", () => {
    const barnet = parseReport(seedReportText("barnet"));
    const dudley = parseReport(seedReportText("dudley"));
    const csv = authoritiesCsv([
      {
        slug: "barnet",
        name: "Barnet",
        laNumber: "302",
        onsCode: "E09000003",
        onsRegion: "London",
        region: barnet.region,
        reportDate: barnet.reportDate,
        ratings: barnet.ratings,
        recommendations: 5,
        dueWithin3Months: 2,
      },
      {
        slug: "dudley",
        name: "Dudley",
        laNumber: "332",
        onsCode: "E08000027",
        onsRegion: "West Midlands",
        region: dudley.region,
        reportDate: dudley.reportDate,
        ratings: [...dudley.ratings].reverse(),
        recommendations: 12,
        dueWithin3Months: 9,
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "authority,authority_slug,la_number,ons_code,ons_region,region,report_date,safeguarding_overall_effectiveness,safeguarding_capacity_for_improvement,safeguarding_health_agencies_contribution,looked_after_overall_effectiveness,looked_after_capacity_for_improvement,looked_after_being_healthy,recommendations,due_within_3_months",
      "Barnet,barnet,302,E09000003,London,London,2012-02-24,Good,Good,Good,Good,Good,Good,5,2",
      "Dudley,dudley,332,E08000027,West Midlands,West Midlands,2012-01-25,Adequate,Good,Adequate,Good,Good,Adequate,12,9",
      "",
    ]);
  });

  it("downloads in the order shown", () => {
    expect(authoritiesDownloadHref({ sort: "name", dir: "asc" }, "csv")).toBe("/api/authorities?format=csv");
    expect(authoritiesDownloadHref({ sort: "date", dir: "desc" }, "json")).toBe("/api/authorities?sort=date&dir=desc&format=json");
  });
});
