import { describe, expect, it } from "vitest";
import { searchExport } from "../queries/search";
import { withSeededDatabase } from "../testing/seeded-db";
import { searchCsv } from "./search-csv";

withSeededDatabase();

describe("the search's CSV", () => {
  it("has a row per match of the seed reports, saying who gave each paragraph its mark (nobody for a recommendation)", async () => {
    const rows = (await searchExport({ q: '"designated doctor"' }))!;
    const lines = searchCsv(rows, "https://example.org").split("\r\n");
    expect(lines[0]).toBe(
      "authority,la_number,ons_code,ons_region,report_date,latest_report,kind,ref,outcome,heading,assessment,assessed_by,text,link",
    );
    expect(
      lines
        .slice(1, -1)
        .map((l) => /^(\w+),.*?,(paragraph|recommendation),([\d.]*),.*?,(strength|concern|mixed|neutral|),(rules|),/.exec(l)?.slice(1)),
    ).toEqual(rows.map((r) => [r.authority, r.kind, r.ref ?? "", r.assessment ?? "", r.kind === "paragraph" ? "rules" : ""]));
    expect(lines.filter((l) => l.endsWith(",https://example.org/authorities/dudley#p-4-5"))).toHaveLength(1);
  });

  it("says 'reviewer' for a paragraph whose mark a reviewer set", async () => {
    const rows = (await searchExport({ q: '"designated doctor"' }))!;
    const barnet = rows.find((r) => r.ref === "9.2")!;
    const line = searchCsv([{ ...barnet, reviewed: true }]).split("\r\n")[1];
    expect(line).toMatch(/^Barnet,302,E09000003,London,2012-\d\d-\d\d,yes,paragraph,9\.2,13,Staffing numbers,\w+,reviewer,/);
  });
});
