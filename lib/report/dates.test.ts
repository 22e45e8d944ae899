import { describe, expect, it } from "vitest";
import { addDays, addMonths, isIsoDate, parseDate, parseDateRange } from "./dates";

describe("parseDate", () => {
  it.each([
    ["24th February 2012", "2012-02-24"],
    ["24 Feb 2012", "2012-02-24"],
    ["1st of March, 2012", "2012-03-01"],
    ["February 24, 2012", "2012-02-24"],
    ["24/02/2012", "2012-02-24"],
    ["09.01.12", "2012-01-09"],
    ["2012-02-24", "2012-02-24"],
  ])("reads %s", (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it.each(["", "sometime in 2012", "31st February 2012", "24 Febtember 2012", "13/13/2012", "x".repeat(1000)])("refuses %s", (raw) =>
    expect(parseDate(raw)).toBeNull(),
  );
});

describe("parseDateRange", () => {
  it.each([
    ["9th January 2012 - 20th January 2012", "2012-01-09", "2012-01-20"],
    ["28th November 2011 - 9th December 2011", "2011-11-28", "2011-12-09"],
    ["9 - 20 January 2012", "2012-01-09", "2012-01-20"],
    ["9th-20th January 2012", "2012-01-09", "2012-01-20"],
    ["28 November to 9 December 2011", "2011-11-28", "2011-12-09"],
    ["28 December – 6 January 2012", "2011-12-28", "2012-01-06"],
    ["2012-01-09 - 2012-01-20", "2012-01-09", "2012-01-20"],
    ["9 January 2012", "2012-01-09", "2012-01-09"],
  ])("reads %s", (raw, start, end) => expect(parseDateRange(raw)).toEqual({ start, end }));

  it("refuses a range that ends before it starts", () => {
    expect(parseDateRange("20 January 2012 - 9 January 2012")).toBeNull();
  });
});

describe("date arithmetic", () => {
  it("adds calendar months, clamping to the month's end", () => {
    expect(addMonths("2012-02-24", 3)).toBe("2012-05-24");
    expect(addMonths("2012-01-25", 6)).toBe("2012-07-25");
    expect(addMonths("2011-08-31", 6)).toBe("2012-02-29");
    expect(addMonths("2012-11-30", 3)).toBe("2013-02-28");
  });
  it("adds days across months and years", () => {
    expect(addDays("2012-01-25", 42)).toBe("2012-03-07");
    expect(addDays("2011-12-20", 14)).toBe("2012-01-03");
  });
  it("knows a real ISO date", () => {
    expect(isIsoDate("2012-02-29")).toBe(true);
    expect(isIsoDate("2011-02-29")).toBe(false);
    expect(isIsoDate("2012-2-9")).toBe(false);
  });
});
