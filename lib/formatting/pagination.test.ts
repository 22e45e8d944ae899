import { describe, expect, it } from "vitest";
import { type PageItem, pageNameRanges, paginationItems } from "./pagination";

const show = (items: PageItem[]) =>
  items.map((i) => (i.type === "ellipsis" ? "…" : i.current ? `[${i.number}]` : String(i.number))).join(" ");

describe("paginationItems", () => {
  it("is empty for a single page", () => {
    expect(paginationItems(1, 1)).toEqual([]);
    expect(paginationItems(1, 0)).toEqual([]);
  });

  it("lists every page when there are few", () => {
    expect(show(paginationItems(1, 2))).toBe("[1] 2");
    expect(show(paginationItems(2, 3))).toBe("1 [2] 3");
    expect(show(paginationItems(3, 5))).toBe("1 2 [3] 4 5");
  });

  it("leaves out runs of pages with an ellipsis, never a gap of one page", () => {
    expect(show(paginationItems(1, 12))).toBe("[1] 2 … 12");
    expect(show(paginationItems(6, 12))).toBe("1 … 5 [6] 7 … 12");
    expect(show(paginationItems(4, 12))).toBe("1 2 3 [4] 5 … 12");
    expect(show(paginationItems(12, 12))).toBe("1 … 11 [12]");
  });

  it("marks no page current when the page is past the end", () => {
    expect(show(paginationItems(9, 3))).toBe("1 2 3");
  });
});

describe("pageNameRanges", () => {
  it("says which names each page holds, each end long enough to tell it from across the page break", () => {
    expect(pageNameRanges(["Barnet", "Bexley", "Camden", "Dudley", "Ealing"], 2)).toEqual(["Ba–Be", "Ca–Du", "Ea"]);
    expect(pageNameRanges(["Barnet", "Barnsley", "Bexley"], 1)).toEqual(["Barne", "Barns", "Be"]);
    expect(pageNameRanges(["Synthetic Ashford", "Synthetic Brookley", "Synthetic Castleton", "Synthetic Castlewick"], 2)).toEqual([
      "Synthetic A–Synthetic B",
      "Synthetic C",
    ]);
    expect(pageNameRanges([], 50)).toEqual([]);
  });
});
