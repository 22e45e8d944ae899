import { afterEach, describe, expect, it } from "vitest";
import { formatDate } from "./format";

describe("formatDate", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("formats a calendar date as day, month name and year", () => {
    expect(formatDate("2012-02-24")).toBe("24 February 2012");
    expect(formatDate("2011-12-01")).toBe("1 December 2011");
    expect(formatDate("2012-01-31")).toBe("31 January 2012");
  });

  it("accepts a leap day and rejects impossible dates", () => {
    expect(formatDate("2012-02-29")).toBe("29 February 2012");
    expect(formatDate("2011-02-29")).toBe("2011-02-29");
    expect(formatDate("2012-13-01")).toBe("2012-13-01");
    expect(formatDate("2012-00-10")).toBe("2012-00-10");
  });

  it("does not shift the date in time zones west or east of UTC", () => {
    for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "Europe/London"]) {
      process.env.TZ = tz;
      expect(formatDate("2012-03-25")).toBe("25 March 2012");
      expect(formatDate("2012-01-01")).toBe("1 January 2012");
    }
  });

  it("reads timestamps in UTC", () => {
    expect(formatDate("2012-02-24T00:00:00.000Z")).toBe("24 February 2012");
    expect(formatDate("2012-02-24T23:30:00-02:00")).toBe("25 February 2012");
  });

  it("returns anything else unchanged", () => {
    expect(formatDate("")).toBe("");
    expect(formatDate("February 2012")).toBe("February 2012");
    expect(formatDate("24/02/2012")).toBe("24/02/2012");
  });

  it("trims surrounding whitespace", () => {
    expect(formatDate(" 2012-02-24 ")).toBe("24 February 2012");
  });
});
