import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dataVersion } from "./data-version";
import { type CachedResponse, DEFAULT_LIMITS, isCacheableRequest, isCacheableResponse, keptHeaders, limitsForMegabytes, PageCache, piecesWithNonce, storedBody } from "./page-cache";

const entry = (body: string, storedAt = 0): CachedResponse => ({ status: 200, headers: [], ...storedBody(body, "PH"), storedAt });
const withNonce = (parts: Buffer<ArrayBuffer>[], nonce: string) => Buffer.concat(piecesWithNonce(parts, nonce)).toString("utf8");
const bodyOf = (cached: CachedResponse | undefined) => cached && withNonce(cached.parts, "n");

describe("PageCache", () => {
  it("returns what it stored, until the data version changes", () => {
    const cache = new PageCache();
    cache.checkVersion("v1");
    cache.set("/", entry("home"));
    expect(bodyOf(cache.get("/", 1))).toBe("home");
    cache.checkVersion("v1");
    expect(bodyOf(cache.get("/", 1))).toBe("home");
    cache.checkVersion("v2");
    expect(cache.get("/", 1)).toBeUndefined();
  });

  it("drops the least recently used entries beyond its limits", () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 1000, ttlMs: 60_000 });
    cache.set("/a", entry("a"));
    cache.set("/b", entry("b"));
    cache.get("/a", 1); // /a is now the most recently used
    cache.set("/c", entry("c"));
    expect(cache.get("/b", 1)).toBeUndefined();
    expect(bodyOf(cache.get("/a", 1))).toBe("a");
    expect(cache.size.entries).toBe(2);
    cache.set("/big", entry("x".repeat(200))); // fits, pushes older ones out
    expect(cache.size.bytes).toBeLessThanOrEqual(1000);
    cache.set("/huge", entry("x".repeat(251))); // more than a quarter of the budget: never stored
    expect(cache.get("/huge", 1)).toBeUndefined();
  });

  it("admits everything while there is room, then only pages asked for more often than the one they would push out", () => {
    const cache = new PageCache({ maxEntries: 3, maxBytes: 1000, ttlMs: 60_000 });
    const request = (key: string) => {
      cache.recordRequest(key);
      if (cache.get(key, 1)) return "hit";
      if (!cache.admits(key)) return "rendered";
      cache.set(key, entry(key));
      return "stored";
    };
    expect(["/a", "/b", "/c"].map(request)).toEqual(["stored", "stored", "stored"]);
    // A crawl through more pages than fit keeps the pages already kept.
    expect(["/d", "/e", "/a", "/b", "/c", "/d", "/e"].map(request)).toEqual(["rendered", "rendered", "hit", "hit", "hit", "rendered", "rendered"]);
    // A page asked for more often than the least recently used one gets in.
    expect(["/hot", "/hot", "/hot", "/hot"].map(request)).toEqual(["rendered", "rendered", "stored", "hit"]);
    expect(cache.size.entries).toBe(3);
    expect(cache.get("/a", 1)).toBeUndefined(); // /a was the least recently used
  });

  it("is sized in megabytes by the operator, and stores nothing at 0", () => {
    expect(limitsForMegabytes(undefined)).toEqual(DEFAULT_LIMITS);
    expect(limitsForMegabytes("lots")).toEqual(DEFAULT_LIMITS);
    expect(limitsForMegabytes("-5")).toEqual(DEFAULT_LIMITS);
    expect(limitsForMegabytes("32")).toMatchObject({ maxBytes: 32 * 1024 * 1024, maxEntries: 250 });
    const none = new PageCache(limitsForMegabytes("0"));
    none.recordRequest("/");
    expect(none.admits("/")).toBe(false);
  });

  it("forgets entries older than its time to live", () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 100 });
    cache.set("/", entry("home", 0));
    expect(bodyOf(cache.get("/", 50))).toBe("home");
    expect(cache.get("/", 150)).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
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

  it("counts a body by its UTF-8 bytes", () => {
    expect(storedBody("‘é’PH‘é’", "PH").bytes).toBe(16);
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
