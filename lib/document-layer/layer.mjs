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
 * The layer (this file) is made of: routes.mjs (which requests are kept,
 * read from app/), capture.mjs (keeping what Next writes), policy.mjs (a
 * page's CSP by hash), representation.mjs (headers, ETags, encodings, 304s)
 * data-version.mjs (when the file changed) and page-versions.mjs (which
 * pages a write renewed).
 *
 * Plain JavaScript because scripts/server.mjs, the production server, loads it
 * with plain Node; each module's .d.mts gives TypeScript its types. It uses
 * only Next's public custom-server API: a request handler that writes to a
 * Node ServerResponse.
 */
import { LRUCache } from "lru-cache";
import { capture } from "./capture.mjs";
import { databaseFile } from "./data-version.mjs";
import { pageVersions, scopeOfPath } from "./page-versions.mjs";
import { NON_DOCUMENT_POLICY } from "./policy.mjs";
import { isCrossSiteWrite } from "../security/same-origin.mjs";
import { preferredEncoding, Representation, send } from "./representation.mjs";
import { APP_DIR, appRoutes, cacheableMatcher, isCacheable, isNextNavigation, isPersonal, navigationKey } from "./routes.mjs";

/**
 * The document layer: wraps Next's request handler.
 *
 * - Pages (GET, HEAD, and form POSTs without JavaScript): Next renders them
 *   uncompressed; the HTML gets its hash policy, an ETag and no-cache, and is
 *   compressed once per encoding.
 * - GETs of cacheable routes (pages and read-only JSON) are kept in memory per
 *   URL until a write renews them (an import renews its authority's pages
 *   and the lists, page-versions.mjs); concurrent first requests share one
 *   render. Each says whether it was kept or rendered (Server-Timing).
 * - Next's navigation and prefetch requests (RSC payloads) of those routes
 *   are kept the same way, per URL and router headers, with Next's own
 *   caching rules.
 * - Everything else — server actions, downloads, static files, other API
 *   routes — is Next's alone, except what it must not see: an address that
 *   does not decode (400) and a write from another site (403, in words; the
 *   rule is lib/security/same-origin.mjs, the one the forms apply).
 *
 * The cacheable routes are read from `appDir` (routes.mjs) once, when the layer is made.
 */
export function documentLayer(
  handle,
  { databaseFile: file = databaseFile(), maxBytes = 64 * 1024 * 1024, appDir = APP_DIR, recheckMs = DATA_RECHECK_MS } = {},
) {
  // One page may take at most a quarter of the memory, so that it cannot push out everything else.
  const cache = new LRUCache({
    maxSize: Math.max(1, maxBytes),
    maxEntrySize: Math.max(1, maxBytes / 4),
    sizeCalculation: (entry) => entry.representation.size,
  });
  const inFlight = new Map();
  const enabled = maxBytes > 0;
  const matcher = cacheableMatcher(appRoutes(appDir));
  const render = renderer(handle);
  const versionOf = pageVersions(file, { recheckMs });

  /**
   * A GET of a cacheable route: from memory while its scope's version holds
   * (sent at once, with no promise to wait on, when the encoding asked for is
   * kept), else rendered once and kept.
   */
  function serveKept(req, res, key, navigation, scope) {
    const version = versionOf(scope);
    const kept = cache.get(key);
    if (kept?.version === version) {
      const encoding = preferredEncoding(req.headers["accept-encoding"]);
      if (kept.representation.encoded[encoding] === undefined) return sendGrowing(req, res, key, kept, encoding);
      return send(req, res, kept.representation, KEPT);
    }
    return renderKept(req, res, key, navigation, scope, version);
  }

  /** A kept page in an encoding not asked for before: compressed, sent, and kept with the page, which is weighed again. */
  async function sendGrowing(req, res, key, kept, encoding) {
    await send(req, res, kept.representation, KEPT);
    if (cache.peek(key) === kept && encoding !== "identity") cache.set(key, kept);
  }

  async function renderKept(req, res, key, navigation, scope, version) {
    const shared = inFlight.get(key);
    if (shared?.version === version) {
      const entry = await shared.promise;
      if (entry) return send(req, res, entry.representation, KEPT);
    }

    let settle = () => {};
    const promise = new Promise((resolve) => (settle = resolve));
    inFlight.set(key, { version, promise });
    try {
      const started = performance.now();
      const rendered = await render(req, res, true, navigation);
      if (!rendered) return;
      // Kept only if no import landed while it was rendering.
      if (enabled && rendered.keep && versionOf(scope) === version) {
        const encoding = preferredEncoding(req.headers["accept-encoding"]);
        await rendered.representation.compact(encoding === "identity" ? "br" : encoding);
        const entry = { version, representation: rendered.representation };
        cache.set(key, entry);
        settle(entry);
      }
      await send(req, res, rendered.representation, `rendered;dur=${(performance.now() - started).toFixed(1)}`);
    } finally {
      settle(null);
      if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
    }
  }

  return async function serve(req, res) {
    const target = req.url ?? "/";
    const queryAt = target.indexOf("?");
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    const search = queryAt === -1 ? "" : target.slice(queryAt);
    // Next's router would fail decoding these; refuse them before it sees them.
    if (!decodesCleanly(pathname)) return badRequest(res);
    const method = req.method ?? "GET";
    // Refused here with a 403 in words: Next's own check of a server action's Origin answers a 500.
    if (isCrossSiteWrite(method, { get: (name) => headerValue(req.headers[name]) })) return refuseCrossSite(res);
    const cacheable = isKeepable(req, target, pathname, search, matcher);
    const navigation = cacheable ? navigationKey(method, req.headers, target) : null;
    if (cacheable && (navigation !== null || !isNextNavigation(req.headers, search))) {
      return serveKept(req, res, navigation ?? target, navigation !== null, scopeOfPath(pathname));
    }
    const request = { method, pathname, search, cacheable, navigation };
    if (method === "GET" || method === "HEAD") return serveUnkept(handle, render, req, res, request);
    // A request that may write (a form's POST, a server action): once answered, the next request looks at the file again.
    res.once("close", versionOf.recheck);
    try {
      return await serveUnkept(handle, render, req, res, request);
    } finally {
      versionOf.recheck();
    }
  };
}

/**
 * How often the layer looks whether the database file changed, at most (decision 0017): once
 * every 10 ms under load, against two `stat` calls per request before; a write by another process
 * is seen within that time, one by this process at once (see pageVersions).
 */
const DATA_RECHECK_MS = 10;

/**
 * A request not answered from memory: Next's alone (server actions, static
 * files, downloads, other API routes), or rendered for it with a page's headers.
 */
async function serveUnkept(handle, render, req, res, { method, pathname, search, cacheable, navigation }) {
  if (
    !["GET", "HEAD", "POST"].includes(method) ||
    pathname.startsWith("/_next/") ||
    (isNextNavigation(req.headers, search) && navigation === null) ||
    (pathname.startsWith("/api/") && !cacheable)
  ) {
    return handle(req, res);
  }
  const rendered = await render(req, res, false, false, isPersonal(pathname));
  if (rendered) await send(req, res, rendered.representation);
}

/** Server-Timing of an answer from memory (a rendered one says how long it took). */
const KEPT = "kept";

/** Whether a request is for a kept route and may be answered from memory: a plain GET or HEAD of a route kept. */
function isKeepable(req, target, pathname, search, matcher) {
  const method = req.method ?? "GET";
  // A request with credentials may be answered for that person alone: rendered for it, never kept or served from memory.
  const personal = req.headers.cookie !== undefined || req.headers.authorization !== undefined;
  return (
    (method === "GET" || method === "HEAD") &&
    !personal &&
    target.startsWith("/") &&
    !target.startsWith("//") &&
    isCacheable(pathname, search, matcher)
  );
}

/**
 * Next's response for a request, uncompressed, as a representation, and
 * whether it may be kept; null when it was not one to keep (Next sent it itself).
 */
function renderer(handle) {
  return async function render(req, res, cacheable, navigation = false, personal = false) {
    const { method } = req;
    const acceptEncoding = req.headers["accept-encoding"];
    // A HEAD is rendered as a GET, so that its headers are those of the page.
    if (method === "HEAD") req.method = "GET";
    req.headers["accept-encoding"] = "identity";
    let captured;
    try {
      captured = await capture(req, res, handle, (status, headers) => isDocumentResponse(status, headers, cacheable, navigation));
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
    const isDocument = captured.status === 200 && method !== "POST" && !personal;
    if (!isDocument && !navigation) {
      // Not a document to keep or revalidate (an error, a form's answer): Next's own caching rules stand.
      representation.headers = representation.headers.filter(([name]) => !/^cache-control$/i.test(name));
      representation.proxyMayKeep = false;
      if (header("cache-control")) representation.headers.push(["Cache-Control", header("cache-control")]);
    }
    return { representation, keep: cacheable && isDocument && !header("set-cookie") };
  };
}

/** Whether Next's response, seen by its status and headers, is one the layer takes over. */
function isDocumentResponse(status, headers, cacheable, navigation) {
  const type = String(headers["content-type"] ?? "");
  if (navigation) return status === 200 && type.startsWith("text/x-component") && !headers["set-cookie"];
  if (type.startsWith("text/html")) return true;
  return cacheable && status === 200 && type.startsWith("application/json") && !headers["set-cookie"] && !headers["content-disposition"];
}

const headerValue = (value) => (Array.isArray(value) ? value.join(", ") : (value ?? null));

function refuseCrossSite(res) {
  res.writeHead(403, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": NON_DOCUMENT_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  });
  res.end("Refused: this form was sent from another site. Forms can only be sent from this site’s own pages. Nothing was saved.");
}

function badRequest(res) {
  res.writeHead(400, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": NON_DOCUMENT_POLICY,
    "X-Content-Type-Options": "nosniff",
  });
  res.end("Bad request: the address is not valid.");
}

function decodesCleanly(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
