import { describe, expect, it } from "vitest";
import { THEMES } from "../findings";
import { describeCell, findTheme, themeCsv, themeDownloadHref, themeHref } from "./theme-pages";

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
    expect(themeDownloadHref("records", { authority: "dudley" }, "csv")).toBe("/api/themes/records?authority=dudley&format=csv");
  });
  it("says a cell in words", () => {
    expect(describeCell({ concerns: 2, strengths: 1, paragraphs: 3 })).toBe("2 concerns, 1 strength");
    expect(describeCell({ concerns: 0, strengths: 0, paragraphs: 1 })).toBe("1 paragraph, neither");
    expect(describeCell(undefined)).toBe("none");
  });
  it("writes CSV with a header and one row per item", () => {
    const csv = themeCsv([
      {
        kind: "paragraph",
        authority: { slug: "dudley", name: "Dudley", laNumber: "332", onsCode: "E08000027", onsRegion: "West Midlands" },
        reportDate: "2012-01-25",
        ref: "3.1",
        outcome: 2,
        heading: "Consent",
        assessment: "strength",
        text: 'Consent is well managed, "clearly".',
        href: "/authorities/dudley#p-3-1",
      },
    ]);
    expect(csv).toBe(
      'authority,la_number,ons_code,ons_region,report_date,kind,ref,outcome,heading,assessment,text,link\r\nDudley,332,E08000027,West Midlands,2012-01-25,paragraph,3.1,2,Consent,strength,"Consent is well managed, ""clearly"".",/authorities/dudley#p-3-1\r\n',
    );
  });
});
