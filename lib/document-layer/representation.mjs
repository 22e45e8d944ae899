/**
 * A kept response and how it is sent: the headers a document carries (its
 * policy, a strong ETag per encoding, no-cache), each encoding compressed
 * once, and 304 for a revalidation that names the ETag. Part of the document
 * layer (layer.mjs; decision 0005).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { documentPolicy, NON_DOCUMENT_POLICY } from "./policy.mjs";

/**
 * The encoding to send for an Accept-Encoding header: brotli, else gzip, else
 * none, honouring q=0 (explicitly or through `*;q=0`).
 */
export function preferredEncoding(acceptEncoding = "") {
  let encoding = preferred.get(acceptEncoding);
  if (encoding === undefined) {
    encoding = readAcceptEncoding(acceptEncoding);
    // Browsers send a handful of distinct headers: those are remembered, within bounds.
    if (acceptEncoding.length <= 200) {
      if (preferred.size >= 100) preferred.clear();
      preferred.set(acceptEncoding, encoding);
    }
  }
  return encoding;
}

/** The answer of preferredEncoding per Accept-Encoding header, read once (it is asked twice a request). */
const preferred = new Map();

function readAcceptEncoding(acceptEncoding) {
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
      this.proxyMayKeep = false;
      return;
    }
    // JSON routes that set their own caching rules (a max-age) keep them; pages get no-cache.
    const own = html ? undefined : headers.find(([name]) => name.toLowerCase() === "cache-control")?.[1];
    this.headers = headers.filter(([name]) => !NOT_KEPT.has(name.toLowerCase()));
    this.headers.push(["Content-Security-Policy", html ? documentPolicy(body.toString("utf8")) : NON_DOCUMENT_POLICY]);
    this.headers.push(["Cache-Control", own && !/no-store|private/.test(String(own)) ? own : "no-cache"]);
    // A cache in front (nginx) may keep it until the end of the second it is sent in: see send().
    this.proxyMayKeep = true;
    this.headers.push(["Vary", html ? "RSC, Accept-Encoding" : "Accept-Encoding"]);
    /** @type {{ identity?: Buffer, br?: Buffer | Promise<Buffer>, gzip?: Buffer | Promise<Buffer> }} */
    this.encoded = { identity: body };
  }

  etag(encoding) {
    return `"${this.hash}${encoding === "identity" ? "" : `.${encoding}`}"`;
  }

  /**
   * The headers of an answer in an encoding, with its body or as a 304, as
   * the flat list `writeHead` takes: made on first use, then reused (a kept
   * page is sent thousands of times). Made once the layer has settled the
   * representation's headers and whether it is personal, at its first send.
   */
  headersFor(encoding, body) {
    const key = body ? encoding : `${encoding} 304`;
    let list = this.prepared?.get(key);
    if (!list) {
      list = this.headers.flat();
      if (this.status === 200 && !this.personal) list.push("ETag", this.etag(encoding));
      if (body) {
        if (encoding !== "identity") list.push("Content-Encoding", encoding);
        list.push("Content-Length", String(body.length));
      }
      (this.prepared ??= new Map()).set(key, list);
    }
    return list;
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
 * `timing`, when given, is sent as Server-Timing: whether the layer kept or
 * rendered it, which benchmarks and tests read (a standard header that no
 * cache acts on). Sent at once when the body in that encoding is at hand
 * (a kept page), else once it is compressed: the promise of that.
 */
export function send(req, res, representation, timing) {
  const encoding = preferredEncoding(req.headers["accept-encoding"]);
  const ifNoneMatch = req.headers["if-none-match"];
  const notModified =
    ifNoneMatch !== undefined &&
    representation.status === 200 &&
    !representation.personal &&
    etagMatches(ifNoneMatch, representation.etag(encoding));
  const ready = notModified ? null : representation.encoded[encoding];
  if (notModified || Buffer.isBuffer(ready)) return write(req, res, representation, encoding, ready, timing);
  return representation.body(encoding).then((body) => write(req, res, representation, encoding, body, timing));
}

function write(req, res, representation, encoding, body, timing) {
  // Next's own headers for the render are replaced by the representation's.
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  let headers = representation.headersFor(encoding, body);
  if (timing || representation.proxyMayKeep) {
    headers = headers.slice();
    if (timing) headers.push("Server-Timing", timing);
    // nginx will not store a response that says no-cache: this lets it keep the
    // page until the end of this second ("@" and a Unix time; nginx never passes
    // it on). A relative "1" would keep it up to two seconds, nginx counting in
    // whole seconds, and "0" not at all: so nobody is sent a page more than a
    // second older than the data (deploy/nginx.conf, decision 0009).
    if (representation.proxyMayKeep) headers.push("X-Accel-Expires", thisSecond());
  }
  res.writeHead(body ? representation.status : 304, headers);
  res.end(body && req.method !== "HEAD" ? body : undefined);
}

let second = -1;
let secondText = "";

/** "@" and the current Unix second, as X-Accel-Expires says it. */
function thisSecond() {
  const now = Math.floor(Date.now() / 1000);
  if (now !== second) {
    second = now;
    secondText = `@${now}`;
  }
  return secondText;
}
