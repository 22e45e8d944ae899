import { describe, expect, it } from "vitest";
import { AUTHORITY_CSV_HEADER, authorityFindingsCsv } from "./authority-csv";
import { assessReport } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";

const dudley = assessReport(parseReport(seedReportText("dudley")));

describe("authorityFindingsCsv on Dudley", () => {
  const csv = authorityFindingsCsv(dudley, "dudley", "https://example.org");
  const lines = csv.trimEnd().split("\r\n");
  it("has a header and a row per finding paragraph", () => {
    expect(lines[0]).toBe(AUTHORITY_CSV_HEADER.join(","));
    const paragraphs = dudley.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    // No paragraph of the seed report spans lines.
    expect(lines).toHaveLength(paragraphs + 1);
  });
  it("links each row to its paragraph with an absolute address, and names its concern themes", () => {
    const records = lines.find((l) => l.startsWith("13,21,Records,13.3,"))!;
    expect(records).toContain("records");
    expect(records.endsWith(",https://example.org/authorities/dudley#p-13-3")).toBe(true);
  });
});
