import { describe, expect, it } from "vitest";
import { parseExportFormat, parsePageNumber, parseReportParams } from "./params";

describe("parseExportFormat", () => {
  it("accepts csv and json in any case, or nothing", () => {
    expect(parseExportFormat({ format: "csv" })).toEqual({ ok: true, value: { format: "csv" } });
    expect(parseExportFormat({ format: ["JSON"] })).toEqual({ ok: true, value: { format: "json" } });
    expect(parseExportFormat({ format: "" })).toEqual({ ok: true, value: {} });
    expect(parseExportFormat({})).toEqual({ ok: true, value: {} });
  });

  it("refuses other formats, naming the parameter", () => {
    const parsed = parseExportFormat({ format: "xml" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([{ param: "format", message: expect.stringContaining("must be csv or json") }]);
  });
});

describe("parseReportParams", () => {
  it("accepts a real date, or nothing", () => {
    expect(parseReportParams({ report: "2012-02-24" })).toEqual({ ok: true, value: { report: "2012-02-24" } });
    expect(parseReportParams({})).toEqual({ ok: true, value: {} });
  });

  it("refuses dates that are not YYYY-MM-DD or not real", () => {
    for (const report of ["24/02/2012", "2012-02-30", "latest"]) {
      const parsed = parseReportParams({ report });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0].param).toBe("report");
    }
  });
});

describe("parsePageNumber", () => {
  it("accepts a page number from 1, or nothing for the first page", () => {
    expect(parsePageNumber({})).toEqual({ ok: true, value: { page: 1 } });
    expect(parsePageNumber({ page: "" })).toEqual({ ok: true, value: { page: 1 } });
    expect(parsePageNumber({ page: ["3", "4"] })).toEqual({ ok: true, value: { page: 3 } });
  });

  it("refuses what is not a page number, naming the parameter", () => {
    for (const [page, message] of [
      ["abc", "Page must be a page number"],
      ["0", "Page must be 1 or more"],
      ["-2", "Page must be 1 or more"],
      ["1.5", "Page must be a whole number"],
      ["9999999", "Page is too large"],
    ]) {
      expect(parsePageNumber({ page }), page).toEqual({ ok: false, errors: [{ param: "page", message }] });
    }
  });
});
