import { describe, expect, it } from "vitest";
import { parseThemesMatrixParams } from "./list-params";
import { parseRecommendationFilters, parseSearchParams } from "./params";

describe("the lists' region, sort and grouping parameters", () => {
  it("read a region in any case, and refuse one that is not English with the list of nine", () => {
    expect(parseThemesMatrixParams({ region: "west midlands", sort: "records" })).toEqual({
      ok: true,
      value: { region: "West Midlands", sort: "records", page: 1 },
    });
    const search = parseSearchParams({ q: "CAMHS", region: "Wales" });
    expect(search.ok ? null : search.errors).toEqual([
      {
        param: "region",
        message:
          "Region is not an English region (use one of: North East, North West, Yorkshire and the Humber, East Midlands, West Midlands, East of England, London, South East, South West)",
      },
    ]);
    const register = parseRecommendationFilters({ region: "yorkshire & the humber", group: "council" });
    expect(register.ok && [register.value.region, register.value.group]).toEqual(["Yorkshire and the Humber", "council"]);
  });

  it("sort the matrix only by a theme listed at /themes, and group the register only by council", () => {
    const sort = parseThemesMatrixParams({ sort: "name; drop" });
    expect(sort.ok ? null : sort.errors).toEqual([
      { param: "sort", message: "Sort is not one of the themes listed at /themes (or leave it out, for A to Z)" },
    ]);
    const group = parseRecommendationFilters({ group: "region" });
    expect(group.ok ? null : group.errors).toEqual([
      { param: "group", message: "Arrange must be 'council' (or left out, for one list soonest due first)" },
    ]);
  });
});
