import { describe, expect, it } from "vitest";
import { THEMES } from "../assessment";
import { groupByCouncil } from "../councils/group-by-council";
import { appliedSearchFilters, SEARCH_RESULTS_ID, searchHref, shapeFacets } from "../search/facets";
import { withSeededDatabase } from "../testing/seeded-db";
import { outcomeOptions, search, type SearchFilters } from "./search";
import { searchFacetCounts } from "./search-facets";

withSeededDatabase();

const total = async (q: string, f: Partial<SearchFilters> = {}) => {
  const r = await search({ q, page: 1, ...f });
  if (!r.ok) throw new Error(r.reason);
  return r.total;
};

const facetsOf = async (q: string, f: Partial<SearchFilters> = {}) => {
  const counts = await searchFacetCounts({ q, ...f });
  if (!counts) throw new Error("no words");
  return shapeFacets(counts, { q, ...f }, await outcomeOptions());
};

describe("search facets", () => {
  it("count, for every value of every facet, what the search narrowed to it finds", async () => {
    for (const q of ["CAMHS", "health", '"designated doctor"']) {
      const facets = await facetsOf(q);
      expect(facets.map((f) => f.key)).toEqual(["authority", "region", "outcome", "theme", "assessment"]);
      for (const facet of facets) {
        for (const value of facet.values) {
          const param = new URL(value.href, "http://x").searchParams.get(facet.key)!;
          const filter = facet.key === "outcome" && param !== "general" ? Number(param) : param;
          expect(value.count, `${q} ${facet.key}=${param}`).toBe(await total(q, { [facet.key]: filter }));
        }
      }
      // Every match is some council's, and each council is in its region.
      const [councils, regions] = facets;
      const sum = (f: typeof councils) => f.values.reduce((n, v) => n + v.count, 0);
      expect(sum(councils)).toBe(await total(q));
      expect(sum(regions)).toBe(await total(q));
    }
  });

  it("names Barnet in London and Dudley in the West Midlands, largest first", async () => {
    const [councils, regions, , themes, marks] = await facetsOf("CAMHS");
    expect(councils.values.map((v) => v.label).sort()).toEqual(["Barnet", "Dudley"]);
    expect(regions.values.map((v) => v.label).sort()).toEqual(["London", "West Midlands"]);
    for (const f of [councils, themes, marks])
      expect(f.values.map((v) => v.count)).toEqual(f.values.map((v) => v.count).sort((a, b) => b - a));
    expect(themes.values.every((v) => THEMES.some((t) => t.name === v.label))).toBe(true);
    expect(marks.values.map((v) => v.label).every((l) => ["Strength", "Concern", "Mixed", "Neutral"].includes(l))).toBe(true);
  });

  it("links each value to the search narrowed to it, and the value in use to the search without it, at the results", async () => {
    const [councils, regions] = await facetsOf("CAMHS", { region: "London" });
    expect(councils.values).toEqual([
      expect.objectContaining({ label: "Barnet", selected: false, href: "/search?q=CAMHS&authority=barnet&region=London#results-count" }),
    ]);
    expect(regions.values).toEqual([expect.objectContaining({ label: "London", selected: true, href: "/search?q=CAMHS#results-count" })]);
    expect(regions.values[0].count).toBe(await total("CAMHS", { authority: "barnet" }));
    expect(appliedSearchFilters({ q: "CAMHS", region: "London", outcome: 7 }, { outcome: "Outcome 7: Safeguarding" })).toEqual([
      { label: "Region", value: "London", removeHref: "/search?q=CAMHS&outcome=7" },
      { label: "Outcome", value: "Outcome 7: Safeguarding", removeHref: "/search?q=CAMHS&region=London" },
    ]);
    expect(searchHref({ q: "CAMHS", theme: "records" }, 3)).toBe("/search?q=CAMHS&theme=records&page=3");
    expect(searchHref({ q: "CAMHS" }, 2, SEARCH_RESULTS_ID)).toBe("/search?q=CAMHS&page=2#results-count");
  });

  it("narrows by region: none found in a region with no council loaded", async () => {
    expect(await total("CAMHS", { region: "West Midlands" })).toBe(await total("CAMHS", { authority: "dudley" }));
    expect(await total("CAMHS", { region: "North East" })).toBe(0);
  });

  it("groups a page of hits by council, each council once with its count in the whole search", async () => {
    const r = await search({ q: "health", page: 1 });
    if (!r.ok) throw new Error(r.reason);
    const counts = new Map([
      ["barnet", await total("health", { authority: "barnet" })],
      ["dudley", await total("health", { authority: "dudley" })],
    ]);
    const groups = groupByCouncil(r.hits, counts);
    expect(groups.flatMap((g) => g.items)).toEqual(r.hits);
    expect(new Set(groups.map((g) => g.authority.slug)).size).toBe(groups.length);
    for (const g of groups) expect(g.total).toBe(counts.get(g.authority.slug));
  });
});
