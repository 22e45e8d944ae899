import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dataVersion } from "./data-version";
import { type CachedResponse, coalesce, DEFAULT_LIMITS, isCacheableRequest, isCacheableResponse, keptHeaders, limitsForMegabytes, PageCache, piecesWithNonce, responsePieces, storedBody } from "./page-cache";

const entry = (body: string, storedAt = 0): CachedResponse => ({ status: 200, headers: [], ...storedBody(body, "PH"), storedAt });
const withNonce = (parts: Buffer<ArrayBuffer>[], nonce: string) => Buffer.concat(piecesWithNonce(parts, nonce)).toString("utf8");
const bodyOf = (cached: CachedResponse | undefined) => cached && Buffer.concat(responsePieces(cached, "n", { gzip: false })).toString("utf8");
const gzippedBodyOf = (cached: CachedResponse | undefined) => cached && zlib.gunzipSync(Buffer.concat(responsePieces(cached, "n", { gzip: true }))).toString("utf8");

/** A page of about 3 KB that deflates to about 100 bytes, with a placeholder nonce in it. */
const page = (key: string, storedAt = 0) => entry(`<h1>${key}</h1><script nonce="PH"></script>${`<p>Findings of ${key}.</p>`.repeat(120)}`, storedAt);
const PAGE_BYTES = page("/a").bytes;

/** A cache whose hot part holds `hot` such pages (at least 4: one page may take at most a quarter) and whose cold part holds `cold` of them deflated. */
function cacheFor({ hot, cold }: { hot: number; cold: number }) {
  return new PageCache({ hotBytes: hot * PAGE_BYTES + 10, coldBytes: cold * 700, maxEntries: 100, ttlMs: 60_000 });
}

/** What the proxy does with a request: hit, render and store, or just render. */
function requester(cache: PageCache) {
  return (key: string) => {
    cache.recordRequest(key);
    if (cache.get(key, 1)) return "hit";
    if (!cache.admits(key)) return "rendered";
    cache.set(key, page(key));
    return "stored";
  };
}

describe("PageCache", () => {
  it("returns what it stored, until the data version changes", () => {
    const cache = cacheFor({ hot: 4, cold: 5 });
    cache.checkVersion("v1");
    for (const key of ["/a", "/c", "/d", "/e", "/b"]) cache.set(key, page(key)); // no room in the hot part for /b: kept deflated
    expect(cache.size).toMatchObject({ hot: { entries: 4 }, cold: { entries: 1 } });
    expect(bodyOf(cache.get("/a", 1))).toBe(bodyOf(page("/a")));
    cache.checkVersion("v1");
    expect(bodyOf(cache.get("/b", 1))).toBe(bodyOf(page("/b")));
    cache.checkVersion("v2");
    expect(cache.get("/a", 1)).toBeUndefined();
    expect(cache.get("/b", 1)).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });

  it("keeps pages the hot part has no room for deflated, in a fraction of the memory, and gives them back whole", () => {
    const cache = cacheFor({ hot: 4, cold: 50 });
    for (const key of ["/a", "/b", "/c", "/d", "/e", "/f", "/g"]) cache.set(key, page(key));
    expect(cache.size.hot.entries).toBe(4);
    expect(cache.size.cold.entries).toBe(3);
    expect(cache.size.cold.bytes).toBeLessThan(PAGE_BYTES);
    const cold = cache.get("/g", 1);
    expect(cold?.parts).toBeUndefined();
    expect(bodyOf(cold)).toBe(bodyOf(page("/g")));
    expect(gzippedBodyOf(cold)).toBe(bodyOf(page("/g")));
  });

  it("serves a crawl through more pages than the hot part holds from memory, and keeps what it has when both parts are full", () => {
    const request = requester(cacheFor({ hot: 4, cold: 5 }));
    const crawl = ["/a", "/b", "/c", "/d", "/e", "/f", "/g", "/h", "/i", "/j"];
    expect(crawl.map(request)).toEqual([...Array(9).fill("stored"), "rendered"]);
    expect(crawl.map(request)).toEqual([...Array(9).fill("hit"), "rendered"]);
  });

  it("moves a page asked for more often than the least recently used hot page into the hot part", () => {
    const cache = cacheFor({ hot: 4, cold: 5 });
    const request = requester(cache);
    expect(["/a", "/b", "/c", "/d", "/e"].map(request)).toEqual(Array(5).fill("stored"));
    expect(cache.size).toMatchObject({ hot: { entries: 4 }, cold: { entries: 1 } });
    expect(["/e", "/e"].map(request)).toEqual(["hit", "hit"]); // the second time, /e (3 requests) outranks /a (1)
    expect(cache.size).toMatchObject({ hot: { entries: 4 }, cold: { entries: 1 } });
    expect(bodyOf(cache.get("/a", 1))).toBe(bodyOf(page("/a"))); // /a moved to the cold part, whole
  });

  it("pushes out a page nobody has asked for lately rather than one asked for many times, and is not blocked by the latter", () => {
    const cache = cacheFor({ hot: 4, cold: 5 });
    const request = requester(cache);
    const isHot = (key: string) => cache.get(key, 1)?.parts !== undefined; // the cold part keeps pages deflated only
    for (let i = 0; i < 50; i++) request("/p");
    expect(["/a", "/b", "/c", "/a", "/b", "/c"].map(request)).toEqual(["stored", "stored", "stored", "hit", "hit", "hit"]);
    // /p is now the least recently used hot page, but the most asked for.
    expect(["/n", "/n", "/n"].map(request)).toEqual(["stored", "hit", "hit"]);
    expect(isHot("/n")).toBe(true);
    expect(isHot("/p")).toBe(true);
    expect(cache.size).toMatchObject({ hot: { entries: 4 }, cold: { entries: 1 } });
  });

  it("never lets one page push out everything else", () => {
    const cache = new PageCache({ hotBytes: 4000, coldBytes: 4000, maxEntries: 10, ttlMs: 60_000 });
    cache.set("/big", page("/big")); // over a quarter of the hot part, but small deflated
    expect(cache.size).toMatchObject({ hot: { entries: 0 }, cold: { entries: 1 } });
    cache.set("/huge", entry(randomBytes(2400).toString("base64"))); // over a quarter of both parts even deflated: not kept
    expect(cache.get("/huge", 1)).toBeUndefined();
  });

  it("forgets entries older than its time to live, in either part", () => {
    const cache = cacheFor({ hot: 4, cold: 5 });
    for (const key of ["/a", "/c", "/d", "/e", "/b"]) cache.set(key, page(key, 0));
    expect(bodyOf(cache.get("/a", 50))).toBe(bodyOf(page("/a")));
    expect(cache.get("/a", 60_001)).toBeUndefined();
    expect(cache.get("/b", 60_001)).toBeUndefined();
    expect(cache.size).toMatchObject({ hot: { entries: 3 }, cold: { entries: 0 } });
  });

  it("is sized in megabytes by the operator, and stores nothing at 0", () => {
    expect(DEFAULT_LIMITS).toMatchObject({ hotBytes: 16 * 1024 * 1024, coldBytes: 48 * 1024 * 1024 });
    expect(limitsForMegabytes("lots")).toEqual(DEFAULT_LIMITS);
    expect(limitsForMegabytes("-5")).toEqual(DEFAULT_LIMITS);
    expect(limitsForMegabytes("32")).toMatchObject({ hotBytes: 8 * 1024 * 1024, coldBytes: 24 * 1024 * 1024 });
    const none = new PageCache(limitsForMegabytes("0"));
    none.recordRequest("/");
    expect(none.admits("/")).toBe(false);
    none.set("/", page("/"));
    expect(none.size.entries).toBe(0);
  });
});

describe("what is cached", () => {
  const none = new Headers();
  it.each([
    ["/", ""],
    ["/authorities/barnet", "?report=2012-02-24"],
    ["/compare", "?a=barnet&b=dudley"],
    ["/recommendations", "?deadline=3"],
    ["/search", "?q=CAMHS"],
    ["/api/authorities/barnet", ""],
    ["/api/recommendations", "?q=designated"],
  ])("GET %s%s", (pathname, search) => {
    expect(isCacheableRequest("GET", pathname, search, none)).toBe(true);
  });

  it.each([
    ["POST", "/import", ""],
    ["GET", "/import", ""],
    ["GET", "/api/health", ""],
    ["POST", "/", ""],
    ["GET", "/authorities/barnet/extra", ""],
    ["GET", "/", "?_rsc=abc"],
    ["GET", "/api/recommendations", "?deadline=3&format=csv"],
    ["GET", "/search", `?q=${"x".repeat(2000)}`],
  ])("not %s %s%s", (method, pathname, search) => {
    expect(isCacheableRequest(method, pathname, search, none)).toBe(false);
  });

  it("not Next's own navigation and server action requests", () => {
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"]) {
      expect(isCacheableRequest("GET", "/", "", new Headers({ [header]: "1" }))).toBe(false);
    }
  });

  it("stores complete pages and JSON, not errors, redirects, downloads or cookies", () => {
    const html = new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "private", "x-powered-by": "x", "content-length": "10" });
    expect(isCacheableResponse(200, html)).toBe(true);
    expect(isCacheableResponse(200, new Headers({ "content-type": "application/json" }))).toBe(true);
    expect(isCacheableResponse(404, html)).toBe(false);
    expect(isCacheableResponse(307, html)).toBe(false);
    expect(isCacheableResponse(200, new Headers({ "content-type": "text/csv", "content-disposition": "attachment" }))).toBe(false);
    expect(isCacheableResponse(200, new Headers({ "content-type": "text/html", "set-cookie": "a=b" }))).toBe(false);
    expect(keptHeaders(html)).toEqual([["cache-control", "private"], ["content-type", "text/html; charset=utf-8"]]);
  });

  it("puts each response's own nonce in place of the placeholder", () => {
    const { parts } = storedBody('<script nonce="PH">‘a’</script><script nonce="PH">', "PH");
    expect(parts).toHaveLength(3);
    expect(withNonce(parts, "n1")).toBe('<script nonce="n1">‘a’</script><script nonce="n1">');
    expect(withNonce(storedBody('{"a":1}', "PH").parts, "n1")).toBe('{"a":1}');
  });

  it("sends the pieces in as few chunks of at most the size as it can, copying no piece at or over it", () => {
    const piece = (n: number, c: string) => Buffer.from(c.repeat(n));
    const big = piece(12, "b");
    const chunks = coalesce([piece(3, "a"), piece(4, "c"), big, piece(5, "d"), piece(6, "e"), piece(2, "f")], 10);
    expect(chunks.map((c) => c.toString())).toEqual(["aaacccc", "b".repeat(12), "ddddd", "eeeeeeff"]);
    expect(chunks[1]).toBe(big);
    expect(coalesce([piece(3, "a")], 10)).toHaveLength(1);
    expect(coalesce([], 10)).toEqual([]);
  });

  it("joins a real page's small pieces into pooled chunks and leaves its large parts uncopied", () => {
    // Part lengths of a cached authority page at N = 1,500: 17 parts around 16 nonces.
    const partLengths = [208, 85, 116, 79, 79, 89, 79, 433, 38552, 322, 35, 69, 499, 1618, 114, 2656, 52495];
    const parts = partLengths.map((length) => Buffer.alloc(length, "x"));
    const pieces = piecesWithNonce(parts, "n".repeat(24));
    const chunks = coalesce(pieces);
    expect(Buffer.concat(chunks).equals(Buffer.concat(pieces))).toBe(true);
    expect(pieces).toHaveLength(33);
    expect(chunks.length).toBeLessThanOrEqual(6);
    expect(chunks).toContain(parts[8]);
    expect(chunks).toContain(parts[16]);
    for (const chunk of chunks) if (chunk !== parts[8] && chunk !== parts[16]) expect(chunk.length).toBeLessThan(Buffer.poolSize >>> 1);
  });

  it("gives a client that accepts gzip the same page gzipped, with its own nonce, from either part", () => {
    const cache = cacheFor({ hot: 4, cold: 5 });
    for (const key of ["/a", "/c", "/d", "/e", "/b"]) cache.set(key, page(key)); // /b in the cold part
    for (const key of ["/a", "/b"]) {
      const cached = cache.get(key, 1);
      expect(gzippedBodyOf(cached)).toBe(bodyOf(cached));
      expect(gzippedBodyOf(cached)).toContain(`<h1>${key}</h1><script nonce="n">`);
    }
    expect(cache.get("/b", 1)?.parts).toBeUndefined();
  });

  it("counts a body by its UTF-8 bytes", () => {
    expect(storedBody("‘é’PH‘é’", "PH").deflated.partLengths).toEqual([8, 8]);
  });
});

describe("dataVersion", () => {
  it("changes when another connection commits, and not when one reads", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "data-version-"));
    const file = path.join(dir, "v.db");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec("create table t (x)");
    const reader = new Database(file, { readonly: true });
    const v1 = dataVersion(file);
    reader.prepare("select count(*) from t").get();
    expect(dataVersion(file)).toBe(v1);
    writer.prepare("insert into t values (1)").run();
    const v2 = dataVersion(file);
    expect(v2).not.toBe(v1);
    writer.pragma("wal_checkpoint(TRUNCATE)");
    expect(dataVersion(file)).not.toBe(v2);
    reader.close();
    writer.close();
    fs.rmSync(dir, { recursive: true });
    expect(dataVersion(file)).toBe("-/-");
  });
});
