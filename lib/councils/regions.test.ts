import { describe, expect, it } from "vitest";
import { authorityRegion, REGION_PARAM, regionNamed } from "./regions";

describe("regions", () => {
  it("reads the nine regions in any case, with '&' for 'and', and the older names", () => {
    expect(regionNamed("london")).toBe("London");
    expect(regionNamed("Yorkshire & the Humber")).toBe("Yorkshire and the Humber");
    expect(regionNamed("Yorkshire and Humber")).toBe("Yorkshire and the Humber");
    expect(regionNamed("Eastern")).toBe("East of England");
    expect(regionNamed("Wales")).toBeNull();
    expect(regionNamed("")).toBeNull();
  });

  it("takes a council's ONS region first and its report's region otherwise", () => {
    expect(authorityRegion({ onsRegion: "West Midlands", reportRegion: "London" })).toBe("West Midlands");
    expect(authorityRegion({ onsRegion: null, reportRegion: "North West" })).toBe("North West");
    expect(authorityRegion({ onsRegion: null, reportRegion: null })).toBeNull();
  });

  it("refuses a region parameter that is not one of the nine, naming them", () => {
    expect(REGION_PARAM.parse("south west")).toBe("South West");
    const refused = REGION_PARAM.safeParse("Atlantis");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toMatch(/^is not an English region \(use one of: North East, .*South West\)$/);
  });
});
