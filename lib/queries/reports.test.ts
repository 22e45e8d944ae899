import { describe, expect, it } from "vitest";
import { assessReport } from "../report/assess-report";
import { withCodes } from "../councils/codes";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { withSeededDatabase } from "../testing/seeded-db";
import { findStoredReport, getAuthorityReports, getLatestReportJson } from "./reports";

withSeededDatabase();

describe("reading a report back", () => {
  it.each([
    ["barnet", { laNumber: "302", onsCode: "E09000003", onsRegion: "London" }],
    ["dudley", { laNumber: "332", onsCode: "E08000027", onsRegion: "West Midlands" }],
  ] as const)("gives %s's report exactly as parsed and assessed, with its council codes", async (name, codes) => {
    const json = await getLatestReportJson(name);
    expect(json).toEqual(withCodes(assessReport(parseReport(seedReportText(name))), codes));
    // The codes sit beside the authority's name, first in the JSON.
    expect(Object.keys(json!).slice(0, 4)).toEqual(["authority", "laNumber", "onsCode", "onsRegion"]);
  });

  it("gives an authority's report with its name, source and report dates", async () => {
    const found = await getAuthorityReports("dudley");
    expect(found).toMatchObject({ slug: "dudley", name: "Dudley", reportDates: ["2012-01-25"] });
    expect(found?.current).toMatchObject({ slug: "dudley", sourceName: "dudley.txt" });
    expect(found?.current.importedAt).toBeInstanceOf(Date);
    expect(found?.current.report.sections.find((s) => s.outcome === 6)?.paragraphs[0].ref).toBe("5.1");
    expect((await getAuthorityReports("barnet", "2012-02-24"))?.current.report.reportDate).toBe("2012-02-24");
  });

  it("gives nothing for an unknown authority or date", async () => {
    expect(await getAuthorityReports("nowhere")).toBeNull();
    expect(await getAuthorityReports("barnet", "2011-01-01")).toBeNull();
    expect(await getLatestReportJson("nowhere")).toBeNull();
    expect(await findStoredReport("barnet", "2011-01-01")).toBeNull();
    expect((await findStoredReport("barnet", "2012-02-24"))?.sourceName).toBe("barnet.txt");
  });
});
