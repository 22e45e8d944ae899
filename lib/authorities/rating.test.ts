import { describe, expect, it } from "vitest";
import { ratingClass } from "./rating";

describe("ratingClass", () => {
  it("maps each grade to its modifier class", () => {
    expect(ratingClass("Outstanding")).toBe("rating rating--outstanding");
    expect(ratingClass("Good")).toBe("rating rating--good");
    expect(ratingClass("Adequate")).toBe("rating rating--adequate");
    expect(ratingClass("Inadequate")).toBe("rating rating--inadequate");
  });

  it("ignores case and surrounding space", () => {
    expect(ratingClass(" good ")).toBe("rating rating--good");
  });

  it("falls back to the plain tag for anything else", () => {
    expect(ratingClass("Requires improvement")).toBe("rating");
  });
});
