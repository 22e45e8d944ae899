import { describe, expect, it } from "vitest";
import { councilsForSearch } from "./search-councils";

const CANDIDATES = [
  { slug: "barnet", name: "Barnet", laNumber: "302", onsCode: "E09000003" },
  { slug: "dudley", name: "Dudley", laNumber: "332", onsCode: "E08000027" },
  { slug: "synthetic-market-wellmouth", name: "Synthetic Market Wellmouth", laNumber: null, onsCode: null },
  { slug: "synthetic-wellmouth", name: "Synthetic Wellmouth", laNumber: null, onsCode: null },
];
const names = (q: string) => councilsForSearch(q, CANDIDATES).councils.map((c) => c.name);

describe("councilsForSearch", () => {
  it("finds the councils a search names, by name, start of a word or code", () => {
    expect(names("Barnet")).toEqual(["Barnet"]);
    expect(names("wellm")).toEqual(["Synthetic Market Wellmouth", "Synthetic Wellmouth"]);
    expect(names("302")).toEqual(["Barnet"]);
    expect(names("barnet OR dudley")).toEqual(["Barnet", "Dudley"]);
    expect(names('"Dudley"')).toEqual(["Dudley"]);
    expect(names("dud*")).toEqual(["Dudley"]);
  });

  it("finds none for the words of findings, or inside a word", () => {
    for (const q of ["CAMHS", "designated doctor", "supervis*", "mouth", "-barnet", "records NOT consent"]) expect(names(q), q).toEqual([]);
  });

  it("lists ten at most and says how many there are", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ slug: `north-${i}`, name: `North ${i}`, laNumber: null, onsCode: null }));
    expect(councilsForSearch("north", many)).toMatchObject({ total: 12 });
    expect(councilsForSearch("north", many).councils).toHaveLength(10);
  });
});
