/**
 * Pages as cacheable documents (docs/decisions/0005-pages-as-cacheable-documents.md).
 *
 * Every page is a pure function of its URL and the database, so each response
 * is made to say so: the same bytes for every request of the same URL and
 * data version, a Content-Security-Policy naming the page's own inline
 * scripts by hash (no nonce, which would make every response unique), a
 * strong ETag, `Cache-Control: no-cache`, and each encoding compressed once.
 * Any HTTP cache — the browser's, nginx (deploy/nginx.conf), a CDN — can then
 * keep a page and revalidate it with a 304.
 *
 * Plain JavaScript because scripts/server.mjs, the production server, loads it
 * with plain Node; lib/page-cache/documents.d.mts gives TypeScript its types.
 * It uses only Next's public custom-server API: a request handler that writes
 * to a Node ServerResponse, whose writes are collected here the way the
 * `compression` middleware collects them.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";

/** The policy of everything that is not a page (JSON, CSV, static files): nothing may run. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The policy of one page: its own inline scripts and styles by hash, in the
 * order they appear, and 'self' for the app's chunks and stylesheets. No
 * 'strict-dynamic' (so 'self' still counts), no 'unsafe-inline', no nonce.
 */
export function documentPolicy(html) {
  const hashes = (pattern) => [
    ...new Set(
      [...html.matchAll(pattern)]
        .map((m) => m[1])
        .filter((text) => text.length > 0)
        .map(sha256),
    ),
  ];
  const sources = (list) => ["'self'", ...list].join(" ");
  return [
    "default-src 'self'",
    `script-src ${sources(hashes(INLINE_SCRIPT))}`,
    `style-src ${sources(hashes(INLINE_STYLE))}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The SQLite file, as lib/database-file.ts resolves DATABASE_URL (a unit test keeps the two in step). */
export function databaseFile(env = process.env) {
  const raw = env.DATABASE_URL?.trim() || "data/app.db";
  const withoutScheme = raw.replace(/^file:(\/\/)?/, "");
  return withoutScheme === ":memory:" ? withoutScheme : path.resolve(process.cwd(), withoutScheme);
}

/**
 * A token that changes whenever the database is written, by this process or
 * any other (`npm run import` included): the size and modification time of
 * the file and of its write-ahead log, where a commit lands first. An empty or
 * missing log counts as one and the same: SQLite truncates or removes it when
 * connections open and close, which changes its time but no data (a checkpoint
 * that emptied it wrote the database file first). Two stat calls, cheap enough
 * for every request.
 */
export function dataVersion(file) {
  return [file, `${file}-wal`]
    .map((name) => {
      try {
        const s = fs.statSync(name, { bigint: true });
        return s.size === 0n ? "0" : `${s.size}:${s.mtimeNs}`;
      } catch {
        return "0";
      }
    })
    .join("/");
}

/** Routes whose GET responses depend only on the URL and the data. */
const CACHEABLE_PATH =
  /^\/(?:$|about$|authorities\/[^/]+$|compare$|recommendations$|search$|themes(?:\/[^/]+)?$|api\/(?:authorities(?:\/[^/]+)?|compare|recommendations|search|themes(?:\/[^/]+)?)$)/;

/**
 * Pages for one signed-in person (accounts, action plans, the import form):
 * sent with Next's own `private, no-store`, no ETag, never kept or revalidated.
 */
const PERSONAL_PATH = /^\/(?:sign-in|set-password|actions|admin|import)(?:\/|$)|^\/authorities\/[^/]+\/actions(?:\/|$)/;

export function isPersonal(pathname) {
  return PERSONAL_PATH.test(pathname);
}

/** Requests for Next's client-side navigation (RSC payloads) and server actions. */
export function isNextNavigation(headers, search) {
  return (
    headers.rsc !== undefined ||
    headers["next-action"] !== undefined ||
    headers["next-router-prefetch"] !== undefined ||
    /[?&]_rsc=/.test(search)
  );
}

/**
 * The request headers an RSC payload varies by (Next's own Vary on these
 * responses). Next also folds them into the `_rsc` search parameter so that
 * caches keyed by URL tell the variants apart; they are part of the key here
 * as well, so that a client sending other headers with a copied `_rsc` is
 * rendered for, never served another variant.
 */
const ROUTER_HEADERS = ["next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/**
 * A navigation or prefetch request of Next's router (GET with `RSC: 1`, not a
 * server action): its payload is as much a function of the URL, these headers
 * and the data as the page is, and a page view sets off several (each link in
 * view is prefetched), so they are kept like pages.
 */
export function navigationKey(method, headers, target) {
  if (method !== "GET" || headers.rsc !== "1" || headers["next-action"] !== undefined) return null;
  return [target, ...ROUTER_HEADERS.map((name) => String(headers[name] ?? ""))].join("\n");
}

/** Whether a GET of this path and query is kept: a cacheable route, not a download, a sensible key. */
export function isCacheable(pathname, search) {
  return CACHEABLE_PATH.test(pathname) && pathname.length + search.length <= 1000 && !/[?&]format=/.test(search);
}

/**
 * The encoding to send for an Accept-Encoding header: brotli, else gzip, else
 * none, honouring q=0 (explicitly or through `*;q=0`).
 */
export function preferredEncoding(acceptEncoding = "") {
  const q = new Map();
  for (const item of String(acceptEncoding).toLowerCase().split(",")) {
    const [name, ...params] = item.trim().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q.set(name, qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const accepts = (name) => (q.get(name) ?? q.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/** If-None-Match against an ETag (weak comparison, as RFC 9110 says for this header). */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === etag);
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const ENCODERS = {
  // Quality 6: on a 97 KB authority page 13.7 KB in 1.9 ms; quality 9 saved 1 % more
  // and took 500 ms, quality 11 saved 14 % and took 540 ms (docs/performance.md).
  br: (body) =>
    brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzip(body, { level: 9 }),
};
const DECODERS = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };

/** Headers of Next's response that describe the connection or the encoding, not the document. */
const NOT_KEPT = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
  "cache-control",
  "vary",
  "content-security-policy",
  "x-accel-expires",
]);

/**
 * A response as this layer sends it, in each encoding once asked for. The
 * ETag is the body's hash, so a page whose bytes did not change with the data
 * keeps its ETag, and revalidations of it still get 304; each encoding is a
 * representation of its own, with its own strong ETag.
 */
export class Representation {
  constructor({ status, headers, body, html, navigation = false }) {
    this.status = status;
    /** A page for one person only (set by the layer): sent with Next's own caching rules, no ETag. */
    this.personal = false;
    this.hash = createHash("sha256").update(body).digest("base64url").slice(0, 27);
    if (navigation) {
      // Next's router fetches these itself and keeps its own client cache:
      // its caching rules and Vary stand, and no cache in front stores them (deploy/nginx.conf).
      this.headers = headers.filter(([name]) => !NOT_KEPT.has(name.toLowerCase()) || /^(cache-control|vary)$/i.test(name));
      this.headers.push(["Content-Security-Policy", NON_DOCUMENT_POLICY]);
      this.encoded = { identity: body };
      return;
    }
    // JSON routes that set their own caching rules (a max-age) keep them; pages get no-cache.
    const own = html ? undefined : headers.find(([name]) => name.toLowerCase() === "cache-control")?.[1];
    this.headers = headers.filter(([name]) => !NOT_KEPT.has(name.toLowerCase()));
    this.headers.push(["Content-Security-Policy", html ? documentPolicy(body.toString("utf8")) : NON_DOCUMENT_POLICY]);
    this.headers.push(["Cache-Control", own && !/no-store|private/.test(String(own)) ? own : "no-cache"]);
    // nginx will not store a response that says no-cache; this tells it to
    // store the page as already stale, so it revalidates on every request
    // (deploy/nginx.conf; nginx never passes this header on).
    this.headers.push(["X-Accel-Expires", "@1"]);
    this.headers.push(["Vary", html ? "RSC, Accept-Encoding" : "Accept-Encoding"]);
    /** @type {{ identity?: Buffer, br?: Buffer | Promise<Buffer>, gzip?: Buffer | Promise<Buffer> }} */
    this.encoded = { identity: body };
  }

  etag(encoding) {
    return `"${this.hash}${encoding === "identity" ? "" : `.${encoding}`}"`;
  }

  /** The body in an encoding: compressed on first use, then kept. */
  async body(encoding) {
    const kept = this.encoded[encoding];
    if (kept) return kept;
    if (encoding === "identity") {
      const [from, bytes] = /** @type {["br" | "gzip", Buffer]} */ (Object.entries(this.encoded).find(([, b]) => Buffer.isBuffer(b)));
      return DECODERS[from](bytes);
    }
    const pending = ENCODERS[encoding](await this.body("identity"));
    this.encoded[encoding] = pending;
    this.encoded[encoding] = await pending;
    return this.encoded[encoding];
  }

  /** Keeps only the compressed forms (the first is made if none is yet): a fifth of the memory. */
  async compact(encoding = "br") {
    if (!this.encoded.br && !this.encoded.gzip) await this.body(encoding);
    await Promise.all([this.encoded.br, this.encoded.gzip]);
    delete this.encoded.identity;
    return this;
  }

  get size() {
    const bytes = Object.values(this.encoded).reduce((sum, b) => sum + (Buffer.isBuffer(b) ? b.length : 0), 0);
    return bytes + 1024;
  }
}

/**
 * Answers a request with a representation: 304 when If-None-Match names its
 * ETag for the encoding the client accepts, else the body in that encoding.
 */
export async function send(req, res, representation) {
  const encoding = preferredEncoding(req.headers["accept-encoding"]);
  const etag = representation.etag(encoding);
  const notModified = representation.status === 200 && !representation.personal && etagMatches(req.headers["if-none-match"], etag);
  const body = notModified ? null : await representation.body(encoding);
  // Next's own headers for the render are replaced by the representation's.
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.statusCode = notModified ? 304 : representation.status;
  for (const [name, value] of representation.headers) res.setHeader(name, value);
  if (representation.status === 200 && !representation.personal) res.setHeader("ETag", etag);
  if (body) {
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
  }
  res.end(body && req.method !== "HEAD" ? body : undefined);
}

/**
 * Lets Next answer the request while keeping what it writes: resolves with
 * the status, headers and body once Next ends the response, or with null when
 * the response is not one to keep (`keep` decides from the status and
 * headers), in which case it has gone to the client as Next wrote it.
 */
export function capture(req, res, handle, keep) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const own = ["writeHead", "flushHeaders", "write", "end"];
    let decided = null;
    const restore = () => own.forEach((name) => delete res[name]);
    const decide = () => {
      if (decided === null) {
        decided = keep(res.statusCode, res.getHeaders());
        // Not kept: Next goes on writing to the client itself, and the caller
        // must not wait for an end it will no longer see.
        if (!decided) {
          restore();
          resolve(null);
        }
      }
      return decided;
    };
    const push = (chunk, encoding) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
        chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : undefined));
    };
    const callbackOf = (...args) => args.find((arg) => typeof arg === "function");
    res.writeHead = function (status, reason, headers) {
      res.statusCode = status;
      if (typeof reason === "string") res.statusMessage = reason;
      else headers = reason;
      if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      return res;
    };
    res.flushHeaders = function () {
      if (!decide()) return res.flushHeaders();
    };
    res.write = function (chunk, encoding, callback) {
      if (!decide()) return res.write(chunk, encoding, callback);
      push(chunk, encoding);
      callbackOf(encoding, callback)?.();
      return true;
    };
    res.end = function (chunk, encoding, callback) {
      if (!decide()) return res.end(chunk, encoding, callback);
      push(chunk, encoding);
      restore();
      res.once("finish", () => callbackOf(chunk, encoding, callback)?.());
      resolve({
        status: res.statusCode,
        headers: Object.entries(res.getHeaders()).map(([name, value]) => [name, typeof value === "number" ? String(value) : value]),
        body: Buffer.concat(chunks),
      });
      return res;
    };
    handle(req, res).catch((error) => {
      if (own.some((name) => Object.hasOwn(res, name))) restore();
      reject(error);
    });
  });
}

/**
 * The document layer: wraps Next's request handler.
 *
 * - Pages (GET, HEAD, and form POSTs without JavaScript): Next renders them
 *   uncompressed; the HTML gets its hash policy, an ETag and no-cache, and is
 *   compressed once per encoding.
 * - GETs of cacheable routes (pages and read-only JSON) are kept in memory per
 *   URL until the data version changes; concurrent first requests share one
 *   render.
 * - Next's navigation and prefetch requests (RSC payloads) of those routes
 *   are kept the same way, per URL and router headers, with Next's own
 *   caching rules.
 * - Everything else — server actions, downloads, static files, other API
 *   routes — is Next's alone.
 */
export function documentLayer(handle, { databaseFile: file = databaseFile(), maxBytes = 64 * 1024 * 1024 } = {}) {
  // One page may take at most a quarter of the memory, so that it cannot push out everything else.
  const cache = new LRUCache({
    maxSize: Math.max(1, maxBytes),
    maxEntrySize: Math.max(1, maxBytes / 4),
    sizeCalculation: (entry) => entry.representation.size,
  });
  const inFlight = new Map();
  const enabled = maxBytes > 0;

  /** Next's response for the request, uncompressed and kept when it is a document; null when Next sent it itself. */
  async function render(req, res, cacheable, navigation = false, personal = false) {
    const { method } = req;
    const acceptEncoding = req.headers["accept-encoding"];
    // A HEAD is rendered as a GET, so that its headers are those of the page.
    if (method === "HEAD") req.method = "GET";
    req.headers["accept-encoding"] = "identity";
    let captured;
    try {
      captured = await capture(req, res, handle, (status, headers) => {
        const type = String(headers["content-type"] ?? "");
        if (navigation) return status === 200 && type.startsWith("text/x-component") && !headers["set-cookie"];
        if (type.startsWith("text/html")) return true;
        return (
          cacheable && status === 200 && type.startsWith("application/json") && !headers["set-cookie"] && !headers["content-disposition"]
        );
      });
    } finally {
      req.method = method;
      req.headers["accept-encoding"] = acceptEncoding;
    }
    if (!captured) return null;
    const header = (wanted) => captured.headers.find(([name]) => name === wanted)?.[1];
    const representation = new Representation({
      ...captured,
      html: String(header("content-type") ?? "").startsWith("text/html"),
      navigation,
    });
    representation.personal = personal;
    const isDocument = captured.status === 200 && method !== "POST" && !representation.personal;
    if (!isDocument && !navigation) {
      // Not a document to keep or revalidate (an error, a form's answer): Next's own caching rules stand.
      representation.headers = representation.headers.filter(([name]) => !/^(cache-control|x-accel-expires)$/i.test(name));
      if (header("cache-control")) representation.headers.push(["Cache-Control", header("cache-control")]);
    }
    return { representation, keep: cacheable && enabled && isDocument && !header("set-cookie") };
  }

  return async function serve(req, res) {
    const target = req.url ?? "/";
    const queryAt = target.indexOf("?");
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    const search = queryAt === -1 ? "" : target.slice(queryAt);
    // Next's router would fail decoding these; refuse them before it sees them.
    if (!decodesCleanly(pathname)) {
      res.writeHead(400, {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Security-Policy": NON_DOCUMENT_POLICY,
        "X-Content-Type-Options": "nosniff",
      });
      res.end("Bad request: the address is not valid.");
      return;
    }
    const method = req.method ?? "GET";
    const cacheable =
      (method === "GET" || method === "HEAD") && target.startsWith("/") && !target.startsWith("//") && isCacheable(pathname, search);
    const navigation = cacheable ? navigationKey(method, req.headers, target) : null;
    if (
      !["GET", "HEAD", "POST"].includes(method) ||
      pathname.startsWith("/_next/") ||
      (isNextNavigation(req.headers, search) && navigation === null) ||
      (pathname.startsWith("/api/") && !cacheable)
    ) {
      return handle(req, res);
    }
    if (!cacheable) {
      const rendered = await render(req, res, false, false, isPersonal(pathname));
      if (rendered) await send(req, res, rendered.representation);
      return;
    }

    const key = navigation ?? target;
    const version = dataVersion(file);
    const kept = cache.get(key);
    if (kept?.version === version) {
      const grows = kept.representation.encoded[preferredEncoding(req.headers["accept-encoding"])] === undefined;
      await send(req, res, kept.representation);
      // A newly compressed encoding is kept with the page, and the page weighed again.
      if (grows && cache.peek(key) === kept && preferredEncoding(req.headers["accept-encoding"]) !== "identity") cache.set(key, kept);
      return;
    }
    const shared = inFlight.get(key);
    if (shared?.version === version) {
      const entry = await shared.promise;
      if (entry) return send(req, res, entry.representation);
    }

    let settle = () => {};
    const promise = new Promise((resolve) => (settle = resolve));
    inFlight.set(key, { version, promise });
    try {
      const rendered = await render(req, res, true, navigation !== null);
      if (!rendered) return;
      // Kept only if no import landed while it was rendering.
      if (rendered.keep && dataVersion(file) === version) {
        const encoding = preferredEncoding(req.headers["accept-encoding"]);
        await rendered.representation.compact(encoding === "identity" ? "br" : encoding);
        const entry = { version, representation: rendered.representation };
        cache.set(key, entry);
        settle(entry);
      }
      await send(req, res, rendered.representation);
    } finally {
      settle(null);
      if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
    }
  };
}

function decodesCleanly(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
