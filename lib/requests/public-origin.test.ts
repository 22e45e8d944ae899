import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  it("uses the host and scheme nginx forwards", () => {
    const headers = new Headers({ host: "inspections.example.org", "x-forwarded-proto": "https" });
    expect(publicOrigin(headers, "http://127.0.0.1:3000/api/compare")).toBe("https://inspections.example.org");
  });
  it("falls back to the request's own address", () => {
    expect(publicOrigin(new Headers(), "http://127.0.0.1:3600/api/compare?a=x")).toBe("http://127.0.0.1:3600");
  });
  it("ignores a host or scheme that is not one", () => {
    const headers = new Headers({ host: "evil.example/<script>", "x-forwarded-proto": "javascript" });
    expect(publicOrigin(headers, "http://127.0.0.1:3600/")).toBe("http://127.0.0.1:3600");
  });
});
