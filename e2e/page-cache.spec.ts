import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";

const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

/** A GET read as it arrives: the headers and the body as sent, nothing decoded. */
function rawGet(baseURL: string, path: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, baseURL), { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const nonceOf = (headers: http.IncomingHttpHeaders) => /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? "";

/** The headers that must not differ between two answers for the same page. */
function sameFor(headers: http.IncomingHttpHeaders) {
  const { date, "content-security-policy": _policy, "content-encoding": _encoding, "content-length": _length, "transfer-encoding": _framing, ...rest } = headers;
  return rest;
}

test.describe("pages answered from the page cache", () => {
  for (const path of ["/authorities/barnet", "/recommendations?deadline=3", "/compare?a=barnet&b=dudley"]) {
    test(`${path} goes to a browser gzipped, and to a client that asks for no encoding as it is, with its own nonce each time`, async ({ baseURL }) => {
      await rawGet(baseURL!, path, "identity"); // the first visit renders it for the cache
      const plain = await rawGet(baseURL!, path, "identity");
      const gzipped = await rawGet(baseURL!, path, BROWSER_ACCEPT_ENCODING);
      expect([plain.status, gzipped.status]).toEqual([200, 200]);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
      expect(sameFor(gzipped.headers)).toEqual(sameFor(plain.headers));

      // gunzip checks the gzip trailer's CRC-32 and length against what it decoded.
      const html = zlib.gunzipSync(gzipped.body).toString("utf8");
      expect(gzipped.body.length).toBeLessThan(Buffer.byteLength(html) / 3);
      const [nonce, plainNonce] = [nonceOf(gzipped.headers), nonceOf(plain.headers)];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(nonce).not.toBe(plainNonce);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(html).not.toContain("pagecache");
      // The same page either way, but for the nonce.
      expect(html.replaceAll(nonce, "NONCE")).toBe(plain.body.toString("utf8").replaceAll(plainNonce, "NONCE"));
    });
  }

  test("a page answered from the cache has the headers and body Next sent when it rendered it, but for the nonce", async ({ baseURL }) => {
    const path = `/search?q=CAMHS&e2e=${Date.now()}`; // a URL nobody has asked for: the first answer is Next's
    const rendered = await rawGet(baseURL!, path, BROWSER_ACCEPT_ENCODING);
    const cached = await rawGet(baseURL!, path, BROWSER_ACCEPT_ENCODING);
    expect(rendered.headers["transfer-encoding"]).toBe("chunked"); // streamed by Next
    expect(cached.headers["content-length"]).toBe(String(cached.body.length)); // sent whole, before Next
    expect(sameFor(cached.headers)).toEqual(sameFor(rendered.headers));
    const page = (answer: typeof cached) => zlib.gunzipSync(answer.body).toString("utf8").replaceAll(nonceOf(answer.headers), "NONCE");
    expect(page(cached)).toBe(page(rendered));
    expect(page(cached)).toContain("CAMHS");
  });

  test("an API response goes to a browser gzipped, the same JSON", async ({ baseURL }) => {
    await rawGet(baseURL!, "/api/authorities", BROWSER_ACCEPT_ENCODING);
    const plain = await rawGet(baseURL!, "/api/authorities", "identity");
    const gzipped = await rawGet(baseURL!, "/api/authorities", "gzip");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["content-type"]).toMatch(/^application\/json/);
    expect(gzipped.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const json = JSON.parse(zlib.gunzipSync(gzipped.body).toString("utf8"));
    expect(json).toEqual(JSON.parse(plain.body.toString("utf8")));
    expect(json.authorities.map((a: { slug: string }) => a.slug)).toEqual(["barnet", "dudley"]);
  });

  test("a client that refuses gzip is not sent it", async ({ baseURL }) => {
    await rawGet(baseURL!, "/", "identity");
    const response = await rawGet(baseURL!, "/", "gzip;q=0, identity");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString("utf8")).toContain("<h1>Local authorities</h1>");
  });
});
