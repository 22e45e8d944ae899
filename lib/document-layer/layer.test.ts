import { createHash } from "node:crypto";
import fs from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { databaseFile as appDatabaseFile } from "@/lib/database-file";
import * as nextRouterHeaders from "next/dist/client/components/app-router-headers.js";
import { dataVersion, databaseFile } from "./data-version.mjs";
import { documentLayer } from "./layer.mjs";
import { documentPolicy } from "./policy.mjs";
import { etagMatches, preferredEncoding } from "./representation.mjs";
import { appRoutes, isCacheable, isNextNavigation, isPersonal, NOT_KEPT, navigationKey, ROUTER_HEADERS } from "./routes.mjs";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("documentPolicy", () => {
  it("names each inline script and style by hash, and nothing else runs inline", () => {
    const html = `<html><head><style>p{color:red}</style><script src="/_next/static/a.js" async=""></script></head><body><script>self.__next_f=[]</script><script id="x">a()</script><script>a()</script><script></script></body></html>`;
    const policy = documentPolicy(html);
    expect(policy).toContain(`script-src 'self' ${hash("self.__next_f=[]")} ${hash("a()")};`);
    expect(policy).toContain(`style-src 'self' ${hash("p{color:red}")};`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|nonce-|strict-dynamic/);
  });
});

describe("preferredEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0, identity", "identity"],
    ["*", "br"],
    ["*;q=0, gzip", "gzip"],
    ["", "identity"],
    [undefined, "identity"],
  ])("%s → %s", (header, expected) => expect(preferredEncoding(header)).toBe(expected));
});

describe("etagMatches", () => {
  it("compares weakly and reads lists and *", () => {
    expect(etagMatches('"a.br"', '"a.br"')).toBe(true);
    expect(etagMatches('W/"a.br"', '"a.br"')).toBe(true);
    expect(etagMatches('"b", "a.br"', '"a.br"')).toBe(true);
    expect(etagMatches("*", '"a.br"')).toBe(true);
    expect(etagMatches('"a"', '"a.br"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });
});

describe("isPersonal", () => {
  it("sends per-person pages with Next's private, no-store, and only those", () => {
    for (const route of [
      "/import",
      "/actions",
      "/sign-in",
      "/set-password",
      "/admin/people",
      "/authorities/barnet/actions",
      "/authorities/barnet/actions/download",
    ])
      expect(isPersonal(route), route).toBe(true);
    for (const route of ["/", "/authorities/barnet", "/authorities/actions-town", "/recommendations", "/search", "/themes/actions"])
      expect(isPersonal(route), route).toBe(false);
  });
});

describe("isCacheable", () => {
  const routes = appRoutes();

  it("reads the app's routes from app/", () => {
    expect(routes).toEqual(expect.arrayContaining(["/", "/themes/[id]", "/api/themes", "/api/[...path]"]));
    expect(routes.some((r) => r.includes("_lib"))).toBe(false);
  });

  it("is told, for each route it does not keep, a route that exists", () => {
    for (const route of Object.keys(NOT_KEPT)) expect(routes).toContain(route);
  });

  // Every route of app/ is kept unless NOT_KEPT says why not: /themes was once left out of a hand-kept list and rendered on every request.
  it.each(routes.filter((r) => !(r in NOT_KEPT)))("keeps GETs of %s", (route) => {
    const sample = route.replace(/\[[^\]]+\]/g, "sample");
    expect(isCacheable(sample, "")).toBe(true);
    expect(isCacheable(sample, "?page=2")).toBe(true);
    expect(isCacheable(sample, "?format=csv")).toBe(false);
  });

  it.each(Object.keys(NOT_KEPT))("does not keep %s", (route) => expect(isCacheable(route.replace("[...path]", "a/b"), "")).toBe(false));

  it("keeps no path that is not a route", () => {
    for (const pathname of ["/nowhere", "/themes/a/b", "/authorities", "/api/authorities/a/b", "/_next/static/x.js"])
      expect(isCacheable(pathname, "")).toBe(false);
  });
});

// The layer reads Next's router requests by their headers: if Next renames one, this fails, rather than
// pages being served to the router (or payloads to browsers). Only this test reads Next's own constants.
describe("Next's router headers", () => {
  it("are the ones the layer relies on", () => {
    expect(nextRouterHeaders.RSC_HEADER).toBe("rsc");
    expect(nextRouterHeaders.ACTION_HEADER).toBe("next-action");
    expect(nextRouterHeaders.NEXT_RSC_UNION_QUERY).toBe("_rsc");
    expect(ROUTER_HEADERS).toEqual([
      nextRouterHeaders.NEXT_ROUTER_STATE_TREE_HEADER,
      nextRouterHeaders.NEXT_ROUTER_PREFETCH_HEADER,
      nextRouterHeaders.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
      nextRouterHeaders.NEXT_URL,
    ]);
    // Every header Next's router sends with a payload request (but the dev server's HMR one) is part of the key.
    const sent = nextRouterHeaders.FLIGHT_HEADERS.filter(
      (h) => h !== nextRouterHeaders.RSC_HEADER && h !== nextRouterHeaders.NEXT_HMR_REFRESH_HEADER,
    );
    expect(ROUTER_HEADERS).toEqual(expect.arrayContaining([...sent]));
  });

  it("tell navigations from pages", () => {
    expect(isNextNavigation({ rsc: "1" }, "")).toBe(true);
    expect(isNextNavigation({ "next-action": "x" }, "")).toBe(true);
    expect(isNextNavigation({}, "?_rsc=abc")).toBe(true);
    expect(isNextNavigation({}, "?page=2")).toBe(false);
    expect(navigationKey("GET", { rsc: "1", "next-url": "/x" }, "/themes")).toBe("/themes\n\n\n\n/x");
    expect(navigationKey("GET", { rsc: "1", "next-action": "a" }, "/themes")).toBeNull();
  });
});

it("resolves DATABASE_URL as the app does", () => {
  for (const url of [undefined, "data/x.db", "file:./data/y.db", "file:///tmp/z.db", "/abs/app.db", ":memory:"]) {
    const env = { DATABASE_URL: url } as unknown as NodeJS.ProcessEnv;
    expect(databaseFile(env)).toBe(appDatabaseFile(env));
  }
});

describe("the document layer, in front of a stand-in for Next", () => {
  let dir: string;
  let file: string;
  let db: Database.Database;
  let renders = 0;
  let server: http.Server;
  let base: string;
  let delayMs = 0;

  /** Writes a page the way Next does: headers, flushHeaders, chunks, end; the body reads the database. */
  async function fakeNext(req: IncomingMessage, res: ServerResponse) {
    renders++;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const count = (db.prepare("select count(*) as n from t").get() as { n: number }).n;
    if (req.url?.startsWith("/api/authorities")) {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ count, acceptEncoding: req.headers["accept-encoding"] }));
      return;
    }
    if (req.url?.startsWith("/api/compare")) {
      // As Next pipes a route's Response: headers, then the body by write, then end.
      res.writeHead(400, { "Content-Type": "application/json" });
      res.write(JSON.stringify({ error: "Invalid request parameters" }));
      res.end();
      return;
    }
    if (req.headers.rsc === "1") {
      // An RSC payload as Next sends one: its own type, caching rules and Vary.
      res.setHeader("Content-Type", "text/x-component");
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
      res.end(
        `0:{"tree":${JSON.stringify(req.headers["next-router-state-tree"] ?? null)},"count":${count},"encoding":"${req.headers["accept-encoding"]}"}`,
      );
      return;
    }
    if (req.url?.startsWith("/recommendations?format=csv")) {
      res.setHeader("Content-Type", "text/csv");
      res.end("a,b\n");
      return;
    }
    res.statusCode = req.url === "/no-such-page" ? 404 : 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.flushHeaders();
    res.write(`<!DOCTYPE html><html><body><script>self.n=${count}</script><p>${"rows ".repeat(500)}${count}</p>`);
    res.write(`<p>encoding asked of Next: ${req.headers["accept-encoding"] ?? "none"}</p>`);
    res.end("</body></html>");
  }

  function get(url: string, headers: Record<string, string> = {}, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(base + url, { headers, method }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject)
        .end();
    });
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "documents-"));
    file = path.join(dir, "app.db");
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec("create table t (x)");
    // Looking at the file on every request: these tests write and read at once (the window has its own test).
    const serve = documentLayer(fakeNext, { databaseFile: file, recheckMs: 0 });
    server = http.createServer((req, res) => void serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    delayMs = 0;
  });

  it("renders a page once, uncompressed, and answers every request with the same bytes", async () => {
    renders = 0;
    const first = await get("/authorities/a", { "accept-encoding": "br" });
    const second = await get("/authorities/a", { "accept-encoding": "br" });
    expect(renders).toBe(1);
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("br");
    expect(second.body.equals(first.body)).toBe(true);
    const html = zlib.brotliDecompressSync(first.body).toString();
    expect(html).toContain("encoding asked of Next: identity");
    expect(first.headers["content-security-policy"]).toContain(hash("self.n=0"));
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect(first.headers.vary).toBe("RSC, Accept-Encoding");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers.etag).toMatch(/^"[\w-]{27}\.br"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it("neither keeps nor serves from memory a request with credentials: a route found in app/ may answer per person", async () => {
    renders = 0;
    await get("/themes/personal");
    await get("/themes/personal", { cookie: "session=a" });
    await get("/themes/personal", { authorization: "Bearer b" });
    expect(renders).toBe(3);
  });

  it("lets a cache in front keep a page to the end of the second it is sent in, and no longer", async () => {
    const before = Math.floor(Date.now() / 1000);
    const page = await get("/authorities/a", { "accept-encoding": "br" });
    const revalidated = await get("/authorities/a", { "accept-encoding": "br", "if-none-match": page.headers.etag! });
    const after = Math.floor(Date.now() / 1000);
    for (const response of [page, revalidated]) {
      const until = Number(/^@(\d+)$/.exec(String(response.headers["x-accel-expires"]))?.[1]);
      expect(until).toBeGreaterThanOrEqual(before);
      expect(until).toBeLessThanOrEqual(after);
    }
    expect(revalidated.status).toBe(304);
  });

  it("sends each encoding with its own ETag, and answers If-None-Match with 304 and no body", async () => {
    const br = await get("/compare?a=1", { "accept-encoding": "gzip, br" });
    const gzip = await get("/compare?a=1", { "accept-encoding": "gzip" });
    const plain = await get("/compare?a=1");
    expect(zlib.gunzipSync(gzip.body).equals(zlib.brotliDecompressSync(br.body))).toBe(true);
    expect(plain.body.equals(zlib.gunzipSync(gzip.body))).toBe(true);
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);
    const revalidated = await get("/compare?a=1", { "accept-encoding": "gzip", "if-none-match": gzip.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(gzip.headers.etag);
    // Another encoding's ETag does not validate this one.
    expect((await get("/compare?a=1", { "accept-encoding": "gzip", "if-none-match": br.headers.etag! })).status).toBe(200);
  });

  it("renders again once the database is written, and the ETag moves with the page", async () => {
    const before = await get("/search?q=x", { "accept-encoding": "br" });
    renders = 0;
    db.prepare("insert into t values (1)").run();
    const after = await get("/search?q=x", { "accept-encoding": "br", "if-none-match": before.headers.etag! });
    expect(renders).toBe(1);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(zlib.brotliDecompressSync(after.body).toString()).toContain("<script>self.n=1</script>");
    expect(after.headers["content-security-policy"]).toContain(hash("self.n=1"));
  });

  it("a write by another connection moves the data version", () => {
    const before = dataVersion(file);
    const other = new Database(file);
    other.prepare("insert into t values (2)").run();
    other.close();
    expect(dataVersion(file)).not.toBe(before);
  });

  it("is not moved by connections opening and closing, which only create or empty the write-ahead log", () => {
    const other = path.join(dir, "other.db");
    const writer = new Database(other);
    writer.pragma("journal_mode = WAL");
    writer.exec("create table t (x); insert into t values (1)");
    writer.close(); // the last connection checkpoints and removes the log
    const before = dataVersion(other);
    const reader = new Database(other);
    reader.prepare("select count(*) from t").get(); // opens an empty log
    expect(fs.existsSync(`${other}-wal`)).toBe(true);
    expect(dataVersion(other)).toBe(before);
    reader.prepare("select count(*) from t").get();
    reader.close();
    expect(dataVersion(other)).toBe(before);
  });

  it("shares one render among concurrent first requests", async () => {
    renders = 0;
    delayMs = 50;
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/recommendations?deadline=3", { "accept-encoding": "gzip" })));
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
  });

  it("keeps read-only JSON too, with the policy of a non-document", async () => {
    renders = 0;
    const a = await get("/api/authorities", { "accept-encoding": "gzip" });
    await get("/api/authorities", { "accept-encoding": "gzip" });
    expect(renders).toBe(1);
    expect(JSON.parse(zlib.gunzipSync(a.body).toString()).acceptEncoding).toBe("identity");
    expect(a.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(a.headers.vary).toBe("Accept-Encoding");
  });

  it("keeps Next's navigation payloads per URL and router state, with Next's caching rules, until the data changes", async () => {
    renders = 0;
    const tree = (page: string) => ({ rsc: "1", "next-router-state-tree": `["",{"children":["${page}"]}]`, "accept-encoding": "gzip" });
    const first = await get("/authorities/a?_rsc=1", tree("x"));
    const again = await get("/authorities/a?_rsc=1", tree("x"));
    expect(renders).toBe(1);
    expect(again.body.equals(first.body)).toBe(true);
    expect(first.headers["content-type"]).toBe("text/x-component");
    expect(first.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(first.headers.vary).toBe("rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
    expect(first.headers["x-accel-expires"]).toBeUndefined();
    expect(JSON.parse(zlib.gunzipSync(first.body).toString().slice(2))).toMatchObject({
      tree: '["",{"children":["x"]}]',
      encoding: "identity",
    });

    // Another router state, or a prefetch, is another payload, whatever the URL says.
    await get("/authorities/a?_rsc=1", tree("y"));
    await get("/authorities/a?_rsc=1", { ...tree("x"), "next-router-prefetch": "1" });
    // Not the page: the HTML of the same URL is rendered and kept apart.
    const page = await get("/authorities/a?_rsc=1", { "accept-encoding": "gzip" });
    expect(page.headers["content-type"]).toContain("text/html");
    expect(renders).toBe(4);

    db.exec("insert into t values (1)");
    const after = await get("/authorities/a?_rsc=1", tree("x"));
    expect(renders).toBe(5);
    expect(after.body.equals(first.body)).toBe(false);
  });

  it("leaves server actions, other API routes and downloads to Next", async () => {
    renders = 0;
    for (let i = 0; i < 2; i++) {
      const action = await get("/authorities/a", { rsc: "1", "next-action": "abc", "accept-encoding": "gzip" }, "POST");
      // Not captured: Next is asked for what the client asked for.
      expect(action.headers.etag).toBeUndefined();
      expect(action.body.toString()).toContain('"encoding":"gzip"');
      const download = await get("/recommendations?format=csv", { "accept-encoding": "gzip" });
      expect(download.headers.etag).toBeUndefined();
    }
    await get("/api/health", { "accept-encoding": "gzip" });
    expect(renders).toBe(5);
  });

  it("lets a response it does not keep go as Next writes it, and does not wait on it again", async () => {
    renders = 0;
    for (let i = 0; i < 2; i++) {
      // A render left waiting for an end it never sees would hold up every later request of the URL.
      const refused = await get("/api/compare?a=x&b=x", { "accept-encoding": "gzip" });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body.toString()).error).toBe("Invalid request parameters");
    }
    expect(renders).toBe(2);
  });

  it("gives pages it does not keep their hash policy too, with Next's caching rules", async () => {
    renders = 0;
    const missing = await get("/no-such-page");
    await get("/no-such-page");
    expect(renders).toBe(2);
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers["cache-control"]).toContain("no-store");
    expect(missing.headers["x-accel-expires"]).toBeUndefined();
    expect(missing.headers["content-security-policy"]).toContain("script-src 'self' 'sha256-");
  });

  it("answers HEAD with a page's headers and no body", async () => {
    const head = await get("/authorities/head", { "accept-encoding": "br" }, "HEAD");
    const full = await get("/authorities/head", { "accept-encoding": "br" });
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(full.headers.etag);
    expect(head.headers["content-length"]).toBe(String(full.body.length));
  });

  it("refuses a path that is not valid percent-encoding", async () => {
    expect((await get("/authorities/%E0%A4%A")).status).toBe(400);
  });

  it("refuses a write from another site with a 403 in words, before Next sees it", async () => {
    renders = 0;
    const own = new URL(base).host;
    const crossSite: Record<string, string>[] = [
      { origin: "http://evil.example" },
      { origin: `http://${own}`, "sec-fetch-site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const refused = await get("/authorities/a", headers, "POST");
      expect(refused.status).toBe(403);
      expect(refused.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expect(refused.body.toString()).toContain("sent from another site");
      expect(refused.body.toString()).toContain("Nothing was saved.");
    }
    expect(renders).toBe(0);
    // The same site's write, one with no Origin (the form refuses it in its own words) and reads go on to Next.
    await get("/authorities/a", { origin: `http://${own}` }, "POST");
    await get("/authorities/a", {}, "POST");
    await get("/authorities/cross", { origin: "http://evil.example" });
    expect(renders).toBe(3);
  });
});

describe("the document layer's look at the file (decision 0017)", () => {
  it("sees a write by another process within its window, and this process's own writes from the next request after a POST", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "documents-"));
    const file = path.join(dir, "app.db");
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec("create table t (x)");
    const count = () => (db.prepare("select count(*) as n from t").get() as { n: number }).n;
    const serve = documentLayer(
      async (req, res) => {
        // A form's POST that writes, as a server action saving an import would.
        if (req.method === "POST") db.prepare("insert into t values (1)").run();
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(`<!DOCTYPE html><p>${count()}</p>`);
      },
      { databaseFile: file, recheckMs: 200 },
    );
    const server = http.createServer((req, res) => void serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = async (method = "GET") => (await fetch(`${base}/themes`, { method })).text();
    try {
      expect(await page()).toContain("<p>0</p>");
      db.prepare("insert into t values (1)").run();
      // Within the window, the kept page; after it, the new one.
      expect(await page()).toContain("<p>0</p>");
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await page()).toContain("<p>1</p>");
      // This process writes through a POST: the next GET sees it, window or not.
      await page("POST");
      expect(await page()).toContain("<p>2</p>");
    } finally {
      await new Promise((resolve) => server.close(resolve));
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
