import { describe, expect, it } from "vitest";
import { THEMES } from "../assessment";
import {
  anyReviewed,
  describeCell,
  describeReviewed,
  findTheme,
  themeCsv,
  themeDownloadHref,
  themeHref,
  cellBalance,
  THEME_RESULTS_ID,
} from "./theme-pages";

describe("theme page helpers", () => {
  it("finds only listed themes", () => {
    for (const t of THEMES) expect(findTheme(t.id)).toBe(t);
    expect(findTheme("no-such-theme")).toBeNull();
    expect(findTheme("__proto__")).toBeNull();
  });
  it("keeps only the filters given in links", () => {
    expect(themeHref("records", {})).toBe("/themes/records");
    expect(themeHref("records", { authority: "dudley", assessment: "concern" }, 2)).toBe(
      "/themes/records?authority=dudley&assessment=concern&page=2",
    );
    expect(themeHref("records", { assessment: "concern" }, 3, THEME_RESULTS_ID)).toBe(
      "/themes/records?assessment=concern&page=3#results-count",
    );
    expect(themeHref("records", {}, 1, THEME_RESULTS_ID)).toBe("/themes/records#results-count");
    expect(themeDownloadHref("records", { authority: "dudley" }, "csv")).toBe("/api/themes/records?authority=dudley&format=csv");
  });
  const cell = (strength: number, concern: number, mixed: number, neutral: number) => ({
    strength,
    concern,
    mixed,
    neutral,
    paragraphs: strength + concern + mixed + neutral,
  });
  it("says a cell in words, each paragraph counted once", () => {
    expect(describeCell(cell(1, 2, 0, 0))).toBe("3 paragraphs: 1 strength, 2 concerns");
    expect(describeCell(cell(0, 0, 0, 1))).toBe("1 paragraph: 1 neutral");
    expect(describeCell(cell(6, 1, 2, 0))).toBe("9 paragraphs: 6 strengths, 1 concern, 2 mixed");
    expect(describeCell(undefined)).toBe("none");
  });
  it("says a cell's reviewers' marks only when it has some", () => {
    expect(describeReviewed(cell(6, 1, 2, 0))).toBeNull();
    expect(describeReviewed(undefined)).toBeNull();
    expect(describeReviewed({ ...cell(6, 1, 2, 0), reviewed: 1 })).toBe("Includes 1 reviewer’s mark");
    expect(describeReviewed({ ...cell(6, 1, 2, 0), reviewed: 2 })).toBe("Includes 2 reviewers’ marks");
    expect(anyReviewed([{ cells: { consent: cell(1, 0, 0, 0), records: cell(0, 2, 0, 0) } }])).toBe(false);
    expect(anyReviewed([{ cells: {} }, { cells: { consent: cell(1, 0, 0, 0), records: { ...cell(0, 2, 0, 0), reviewed: 1 } } }])).toBe(
      true,
    );
  });
  it("shades by the balance of concerns and strengths, not by whether there is any concern", () => {
    expect(cellBalance(cell(9, 1, 0, 0))).toBe("mostly-strengths");
    expect(cellBalance(cell(5, 6, 0, 0))).toBe("more-concerns");
    expect(cellBalance(cell(0, 3, 1, 0))).toBe("mostly-concerns");
    expect(cellBalance(cell(1, 1, 2, 0))).toBe("even");
    expect(cellBalance(cell(0, 0, 0, 2))).toBe("neither");
  });
  it("writes CSV with a header and one row per item, saying who marked each paragraph", () => {
    const dudley = { slug: "dudley", name: "Dudley", laNumber: "332", onsCode: "E08000027", onsRegion: "West Midlands" };
    const csv = themeCsv([
      {
        kind: "paragraph",
        authority: dudley,
        reportDate: "2012-01-25",
        ref: "3.1",
        outcome: 2,
        heading: "Consent",
        assessment: "strength",
        text: 'Consent is well managed, "clearly".',
        href: "/authorities/dudley#p-3-1",
      },
      {
        kind: "paragraph",
        authority: dudley,
        reportDate: "2012-01-25",
        ref: "3.2",
        outcome: 2,
        heading: "Consent",
        assessment: "concern",
        reviewed: true,
        text: "Consent is not always recorded.",
        href: "/authorities/dudley#p-3-2",
      },
      {
        kind: "recommendation",
        authority: dudley,
        reportDate: "2012-01-25",
        ref: null,
        outcome: null,
        heading: "Within 3 months",
        assessment: null,
        text: "Record consent.",
        href: "/authorities/dudley#recommendations",
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "authority,la_number,ons_code,ons_region,report_date,kind,ref,outcome,heading,assessment,assessed_by,text,link",
      'Dudley,332,E08000027,West Midlands,2012-01-25,paragraph,3.1,2,Consent,strength,rules,"Consent is well managed, ""clearly"".",/authorities/dudley#p-3-1',
      "Dudley,332,E08000027,West Midlands,2012-01-25,paragraph,3.2,2,Consent,concern,reviewer,Consent is not always recorded.,/authorities/dudley#p-3-2",
      "Dudley,332,E08000027,West Midlands,2012-01-25,recommendation,,,Within 3 months,,,Record consent.,/authorities/dudley#recommendations",
      "",
    ]);
  });
});
