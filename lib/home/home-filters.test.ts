import { describe, expect, it } from "vitest";
import { MAP_GRADES } from "../councils/map-view";
import type { AuthorityOverview } from "../queries/authority-overviews";
import type { Grade, RatingRow } from "../report/types";
import { describeFilters, filterAndSort, parseHomeRequest, readHomeParams } from "./home-filters";
import { JUDGEMENTS, MATRIX_COLUMNS } from "./matrix";

/** A council whose six grades are given in matrix order (null: not rated). */
function council(name: string, grades: (Grade | null)[], region: string | null, onsRegion: string | null = null): AuthorityOverview {
  const ratings: RatingRow[] = grades.flatMap((grade, i) =>
    grade ? [{ inspection: MATRIX_COLUMNS[i].inspection, judgement: MATRIX_COLUMNS[i].full, grade }] : [],
  );
  return {
    slug: name.toLowerCase().replace(/ /g, "-"),
    name,
    laNumber: null,
    onsCode: null,
    onsRegion,
    region,
    reportDate: "2012-01-01",
    ratings,
    recommendations: 0,
    dueWithin3Months: 0,
  };
}

const ROWS = [
  council("Barnet", Array(6).fill("Good"), "London", "London"),
  council("Dudley", ["Adequate", "Good", "Adequate", "Good", "Good", "Adequate"], "West Midlands", "West Midlands"),
  council("Synthetic Ashford", ["Inadequate", "Adequate", "Good", "Outstanding", "Good", null], "london"),
  council("Synthetic Brookley", ["Inadequate", "Good", "Good", "Inadequate", "Good", "Good"], "Eastern"),
  council("Synthetic Castleton", ["Outstanding", "Good", "Good", "Good", "Good", "Outstanding"], null),
];
const names = (rows: AuthorityOverview[]) => rows.map((r) => r.name);

describe("the judgements", () => {
  it("are the map's six, in the matrix's order", () => {
    expect(JUDGEMENTS.map((j) => j.id)).toEqual(MAP_GRADES.map((g) => g.id));
    expect(JUDGEMENTS).toHaveLength(MATRIX_COLUMNS.length);
  });
});

describe("readHomeParams and parseHomeRequest", () => {
  it("read the filters and orders in any case, with their defaults", () => {
    expect(parseHomeRequest({})).toEqual({
      ok: true,
      value: { sort: "name", dir: "asc", page: 1, filters: { judgement: "safeguarding" } },
    });
    expect(
      parseHomeRequest({ region: "london", grade: "INADEQUATE", judgement: "being-healthy", sort: "looked-after", page: "2" }),
    ).toEqual({
      ok: true,
      value: { sort: "looked-after", dir: "asc", page: 2, filters: { region: "London", grade: "Inadequate", judgement: "being-healthy" } },
    });
    expect(parseHomeRequest({ sort: "date" })).toMatchObject({ ok: true, value: { dir: "desc" } });
  });

  it("say what is wrong with each bad value, naming the choices, and keep the good ones", () => {
    const { values, errors } = readHomeParams({
      region: "Narnia",
      grade: "poor",
      judgement: "x",
      sort: "population",
      dir: "up",
      page: "0",
    });
    expect(values).toEqual({});
    expect(errors.map((e) => e.param)).toEqual(["sort", "dir", "page", "region", "grade", "judgement"]);
    expect(errors.find((e) => e.param === "grade")?.message).toBe("Grade must be Outstanding, Good, Adequate or Inadequate");
    expect(errors.find((e) => e.param === "region")?.message).toMatch(
      /^Region is not an English region \(use one of: North East, .*South West\)$/,
    );
    expect(errors.find((e) => e.param === "sort")?.message).toMatch(
      /^Sort must be name, region, date or a judgement \(safeguarding, .*being-healthy\)$/,
    );
    expect(readHomeParams({ region: "South West", grade: "Rubbish" }).values).toEqual({ region: "South West" });
    expect(parseHomeRequest({ grade: "Rubbish" })).toMatchObject({ ok: false, errors: [{ param: "grade" }] });
  });
});

describe("filterAndSort", () => {
  const request = { sort: "name" as const, dir: "asc" as const, filters: { judgement: "safeguarding" as const } };

  it("keeps the councils of a region: the lookup's, else their report's, in any of its names", () => {
    expect(names(filterAndSort(ROWS, { ...request, filters: { ...request.filters, region: "London" } }))).toEqual([
      "Barnet",
      "Synthetic Ashford",
    ]);
    expect(names(filterAndSort(ROWS, { ...request, filters: { ...request.filters, region: "East of England" } }))).toEqual([
      "Synthetic Brookley",
    ]);
  });

  it("keeps the councils with a grade in a judgement: overall safeguarding unless another is chosen", () => {
    const inadequate = { ...request, filters: { judgement: "safeguarding" as const, grade: "Inadequate" as const } };
    expect(names(filterAndSort(ROWS, inadequate))).toEqual(["Synthetic Ashford", "Synthetic Brookley"]);
    const lookedAfter = { ...request, filters: { judgement: "looked-after" as const, grade: "Inadequate" as const } };
    expect(names(filterAndSort(ROWS, lookedAfter))).toEqual(["Synthetic Brookley"]);
    const both = { ...request, filters: { judgement: "safeguarding" as const, grade: "Inadequate" as const, region: "London" as const } };
    expect(names(filterAndSort(ROWS, both))).toEqual(["Synthetic Ashford"]);
  });

  it("sorts by a judgement, Outstanding or Inadequate first, councils without that grade last, ties by name", () => {
    expect(names(filterAndSort(ROWS, { ...request, sort: "being-healthy", dir: "asc" }))).toEqual([
      "Synthetic Castleton",
      "Barnet",
      "Synthetic Brookley",
      "Dudley",
      "Synthetic Ashford",
    ]);
    expect(names(filterAndSort(ROWS, { ...request, sort: "being-healthy", dir: "desc" }))).toEqual([
      "Dudley",
      "Barnet",
      "Synthetic Brookley",
      "Synthetic Castleton",
      "Synthetic Ashford",
    ]);
  });
});

describe("describeFilters", () => {
  it("says the grade, its judgement and the region in words", () => {
    expect(describeFilters({ judgement: "safeguarding" })).toBe("");
    expect(describeFilters({ judgement: "safeguarding", grade: "Inadequate" })).toBe("Inadequate on overall safeguarding");
    expect(describeFilters({ judgement: "being-healthy", grade: "Good", region: "London" })).toBe("Good on being healthy, in London");
    expect(describeFilters({ judgement: "being-healthy", region: "North East" })).toBe("in North East");
  });
});
