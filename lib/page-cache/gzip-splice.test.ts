import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { seedReportText } from "@/lib/testing/reports";
import { acceptsGzip, crc32Combine, crc32Shift, deflateParts, gzipPieces, inflateParts } from "./gzip-splice";

/** Barnet's report cut in 17 places, as a cached page is cut around its nonces (some parts empty, as where two nonces meet). */
function barnetParts(): Buffer[] {
  const text = Buffer.from(seedReportText("barnet"), "utf8");
  const cuts = [0, 0, 208, 293, 409, 488, 567, 656, 735, 1168, 39720, 40042, 40042, 40111, 40610, 42228, 42342, text.length];
  return cuts.slice(1).map((end, i) => text.subarray(cuts[i], end));
}

describe("gzip responses spliced from parts deflated once", () => {
  it("gunzips to the parts with the nonce between each two, on a real report", () => {
    const parts = barnetParts();
    const nonce = Buffer.from("q3CZmXbEh2R1vW0yJ8k+Aw==");
    const gzipped = Buffer.concat(gzipPieces(deflateParts(parts), nonce));
    const expected = Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [nonce, part])));
    // gunzip checks the trailer's CRC-32 and length: a wrong combination fails here.
    expect(zlib.gunzipSync(gzipped).equals(expected)).toBe(true);
    expect(zlib.gunzipSync(gzipped).toString("utf8")).toContain("Barnet");
  });

  it("gives each response its own nonce from the same deflated parts", () => {
    const deflated = deflateParts(barnetParts());
    const a = zlib.gunzipSync(Buffer.concat(gzipPieces(deflated, Buffer.from("a".repeat(24))))).toString("latin1");
    const b = zlib.gunzipSync(Buffer.concat(gzipPieces(deflated, Buffer.from("b".repeat(24))))).toString("latin1");
    expect(a.split("a".repeat(24))).toHaveLength(17);
    expect(b.split("b".repeat(24))).toHaveLength(17);
  });

  it("keeps a page in about a fifth of its size, and gives its parts back whole", () => {
    const parts = barnetParts();
    const deflated = deflateParts(parts);
    const bytes = parts.reduce((sum, part) => sum + part.length, 0);
    expect(deflated.deflated.length).toBeLessThan(bytes * 0.4);
    expect(inflateParts(deflated).map((part) => part.toString("utf8"))).toEqual(parts.map((part) => part.toString("utf8")));
  });

  it("handles a body with nothing to put in (one part) and an empty one", () => {
    const json = Buffer.from('{"authorities":[{"name":"Barnet"}]}');
    expect(zlib.gunzipSync(Buffer.concat(gzipPieces(deflateParts([json]), Buffer.from("n")))).equals(json)).toBe(true);
    expect(zlib.gunzipSync(Buffer.concat(gzipPieces(deflateParts([Buffer.alloc(0)]), Buffer.from("n")))).length).toBe(0);
  });

  it("combines CRC-32s as zlib computes them over the whole", () => {
    for (const [lengthA, lengthB] of [
      [0, 0],
      [0, 5],
      [5, 0],
      [1, 1],
      [24, 38_552],
      [70_000, 65_537],
    ]) {
      const a = randomBytes(lengthA);
      const b = randomBytes(lengthB);
      expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), crc32Shift(b.length))).toBe(zlib.crc32(Buffer.concat([a, b])));
    }
  });

  it("refuses to put in more than one stored block holds", () => {
    expect(() => gzipPieces(deflateParts([Buffer.from("a"), Buffer.from("b")]), Buffer.alloc(70_000))).toThrow(RangeError);
  });
});

describe("acceptsGzip", () => {
  it("reads what browsers and other clients send", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true); // Chromium
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("deflate, gzip;q=1.0, *;q=0.5")).toBe(true);
    expect(acceptsGzip("x-gzip")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("br;q=1, *;q=0.1")).toBe(true);
  });

  it("says no when gzip is not offered or is refused", () => {
    expect(acceptsGzip(null)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
  });
});
