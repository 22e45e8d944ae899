import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, isSameOrigin } from "./same-origin.mjs";

describe("same-origin check", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it("accepts the site's own pages, behind nginx too", () => {
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3400", host: "127.0.0.1:3400" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://reports.example.org", host: "reports.example.org" }))).toBe(true);
  });
  it("refuses another site, a missing or opaque origin, and a browser's cross-site mark", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "reports.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:9999", host: "127.0.0.1:3400" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "reports.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "reports.example.org" }))).toBe(false);
    expect(
      isSameOrigin(headers({ origin: "https://reports.example.org", host: "reports.example.org", "sec-fetch-site": "cross-site" })),
    ).toBe(false);
  });
});

describe("cross-site writes the server refuses before Next", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  const own = { host: "reports.example.org" };
  it("are writes that say they come from another site", () => {
    expect(isCrossSiteWrite("POST", headers({ ...own, origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("DELETE", headers({ ...own, origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ ...own, "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ ...own, origin: "https://reports.example.org", "sec-fetch-site": "cross-site" }))).toBe(true);
  });
  it("are not reads, the site's own writes, or a write with no Origin (its form refuses that in its own words)", () => {
    expect(isCrossSiteWrite("GET", headers({ ...own, origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite("HEAD", headers({ ...own, "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ ...own, origin: "https://reports.example.org" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ ...own, origin: "https://reports.example.org", "sec-fetch-site": "same-origin" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite("POST", headers(own))).toBe(false);
  });
});
