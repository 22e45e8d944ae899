import type { IncomingMessage, ServerResponse } from "node:http";
import { type NextRequest, NextResponse } from "next/server";
import { databaseFile } from "@/lib/database-file";
import { dataVersion } from "@/lib/page-cache/data-version";
import { acceptsGzip } from "@/lib/page-cache/gzip-splice";
import { type CachedResponse, coalesce, isCacheableRequest, isCacheableResponse, keptHeaders, limitsForMegabytes, PageCache, responsePieces, storedBody } from "@/lib/page-cache/page-cache";
import { contentSecurityPolicy } from "@/lib/security/headers";
import responseHeaders from "@/lib/security/response-headers.json";
import { staticPagePolicy } from "@/lib/security/static-pages";

const development = process.env.NODE_ENV === "development";
// Off when a reverse proxy in front compresses instead (next.config.js).
const compress = process.env.COMPRESS_RESPONSES !== "0";
const NON_DOCUMENT_CSP = responseHeaders.nonDocumentPolicy;

// Per process: the header that marks the proxy's own render requests, and the
// nonce those renders carry until a real response puts its own in its place.
const RENDER_SECRET = crypto.randomUUID();
const PLACEHOLDER_NONCE = `pagecache${crypto.randomUUID().replace(/-/g, "")}`;
const RENDER_HEADER = "x-page-cache-render";
const RENDER_TIMEOUT_MS = 10_000;

const cache = new PageCache(limitsForMegabytes(process.env.PAGE_CACHE_MB));
const inFlight = new Map<string, Promise<CachedResponse | null>>();
const DATABASE_FILE = databaseFile();

/**
 * Every request passes through here:
 * - paths that are not valid percent-encoded UTF-8 are refused (400) before
 *   routing, which would otherwise fail decoding them;
 * - every page gets a fresh CSP nonce: Next reads the policy from the request
 *   headers and puts the nonce on the scripts it writes; pages prerendered at
 *   build time get a policy naming their inline scripts by hash instead;
 * - GETs of read-only pages and API routes are answered from the page cache
 *   (lib/page-cache), rendered once per change of the data; a page the full
 *   cache does not admit is rendered directly, which costs less than rendering
 *   it for the cache through a request to this same server. The production
 *   server (scripts/server.mjs) answers pages the cache already holds before
 *   Next's router, through `answerFromCache` below (decision record 0004), so
 *   such a page reaches this function only under plain `next start`.
 * Static files are left out (next.config.js gives them fixed headers).
 */
export async function proxy(request: NextRequest) {
  if (!decodesCleanly(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address is not valid.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": NON_DOCUMENT_CSP },
    });
  }

  if (request.headers.get(RENDER_HEADER) === RENDER_SECRET) return render(request, PLACEHOLDER_NONCE);

  const staticPolicy = development ? null : staticPagePolicy(request.nextUrl.pathname);
  if (staticPolicy) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", staticPolicy);
    return response;
  }

  const nonce = freshNonce();
  const { pathname, search } = request.nextUrl;
  if (!development && isCacheableRequest(request.method, pathname, search, request.headers)) {
    cache.checkVersion(dataVersion(DATABASE_FILE));
    const key = pathname + search;
    cache.recordRequest(key);
    const cached = cache.get(key) ?? (inFlight.has(key) || cache.admits(key) ? await renderForCache(key) : null);
    if (cached) return fromCache(cached, nonce);
  }
  return render(request, nonce);
}

/** Lets Next render the request, with the policy (and so the nonce) it must use. */
function render(request: NextRequest, nonce: string) {
  const policy = contentSecurityPolicy(nonce, { development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(RENDER_HEADER);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** Renders a page once for the cache (concurrent misses for the same page share the render). */
function renderForCache(key: string): Promise<CachedResponse | null> {
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchRender(key).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function fetchRender(key: string): Promise<CachedResponse | null> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const version = dataVersion(DATABASE_FILE);
  try {
    const response = await fetch(origin + key, {
      // Uncompressed: Next would otherwise gzip the page only for fetch to gunzip it again.
      headers: { [RENDER_HEADER]: RENDER_SECRET, "accept-encoding": "identity" },
      redirect: "manual",
      cache: "no-store",
      // A render that takes this long is answered the ordinary way instead of holding up every request for the page.
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    // Read the body even when it is not kept: cancelling the stream instead can
    // wait forever on the copy Next's patched fetch keeps of it.
    const body = await response.text();
    if (!isCacheableResponse(response.status, response.headers)) return null;
    const entry = { status: response.status, headers: keptHeaders(response.headers), ...storedBody(body, PLACEHOLDER_NONCE), storedAt: Date.now() };
    // Only keep it if no import landed while it was rendering.
    if (dataVersion(DATABASE_FILE) === version) cache.set(key, entry);
    return entry;
  } catch (error) {
    console.warn(`page cache: could not render ${key} for the cache (${(error as Error).name}); rendering it directly`);
    return null;
  }
}

/**
 * A cached page answered through Next (under plain `next start`, or a page
 * first rendered by this request). Always uncompressed: Next drops a proxy
 * response's Content-Encoding, and gzips the body itself when the client asks.
 */
function fromCache(entry: CachedResponse, nonce: string): NextResponse {
  // A stream, not a Buffer body, which undici would copy on its way out.
  const pieces = responsePieces(entry, nonce, { gzip: false });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of coalesce(pieces)) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new NextResponse(body, { status: entry.status, headers: cachedResponseHeaders(entry, nonce, { gzip: false }) });
}

/** A cached response's headers, with this response's policy (naming its nonce) and encoding. */
function cachedResponseHeaders(entry: CachedResponse, nonce: string, { gzip }: { gzip: boolean }): [string, string][] {
  const isHtml = entry.headers.some(([name, value]) => name.toLowerCase() === "content-type" && value.startsWith("text/html"));
  const vary = entry.headers.find(([name]) => name.toLowerCase() === "vary")?.[1];
  // A Link header preloading a style carries the render's placeholder nonce too.
  const headers = entry.headers.filter(([name]) => name.toLowerCase() !== "vary").map(([name, value]): [string, string] => [name, value.replaceAll(PLACEHOLDER_NONCE, nonce)]);
  headers.push(["Content-Security-Policy", isHtml ? contentSecurityPolicy(nonce, { development }) : NON_DOCUMENT_CSP]);
  headers.push(["Vary", vary ? (/\baccept-encoding\b/i.test(vary) ? vary : `${vary}, Accept-Encoding`) : "Accept-Encoding"]);
  if (gzip) headers.push(["Content-Encoding", "gzip"]);
  return headers;
}

/**
 * The front door (scripts/server.mjs asks it first, before Next's router):
 * answers a GET for a page the cache holds straight from Node's server, with
 * the headers Next would have sent, a fresh nonce, and gzipped from the
 * stored deflated parts when the client accepts it. Returns false, having
 * written nothing, for every other request, which Next then handles, this
 * proxy included, as under `next start`.
 */
function answerFromCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (development || req.method !== "GET" || req.headers[RENDER_HEADER] !== undefined) return false;
  // The key is the path and query as Next parses them; a request target in
  // any other form (absolute, "//…", with dot segments or unencoded
  // characters) cannot equal a key, misses, and goes through Next.
  const target = req.url ?? "";
  if (!target.startsWith("/") || target.startsWith("//")) return false;
  const queryAt = target.indexOf("?");
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? "" : target.slice(queryAt);
  if (!isCacheableRequest("GET", pathname, search, { has: (name) => req.headers[name] !== undefined })) return false;
  cache.checkVersion(dataVersion(DATABASE_FILE));
  // A miss is left to the proxy, which counts the request and renders the page.
  if (!cache.has(target)) return false;
  cache.recordRequest(target);
  const entry = cache.get(target) as CachedResponse;
  const nonce = freshNonce();
  const gzip = compress && acceptsGzip(req.headers["accept-encoding"]);
  const chunks = coalesce(responsePieces(entry, nonce, { gzip }));
  res.statusCode = entry.status;
  for (const { key, value } of responseHeaders.everyResponse) res.setHeader(key, value);
  for (const [name, value] of cachedResponseHeaders(entry, nonce, { gzip })) res.setHeader(name, value);
  res.setHeader("Content-Length", chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  res.cork();
  for (const chunk of chunks) res.write(chunk);
  res.end();
  return true;
}

(globalThis as Record<symbol, unknown>)[Symbol.for("inspection-reports.page-cache-front-door")] = answerFromCache;

// Random bytes for nonces, drawn from the CSPRNG 4 KB at a time: one call per
// request was 2–3 % of a cached page's CPU. Each nonce still gets 16 bytes
// nobody else has seen.
const NONCE_BYTES = 16;
const randomPool = Buffer.alloc(4096);
let randomOffset = randomPool.length;

function freshNonce(): string {
  if (randomOffset + NONCE_BYTES > randomPool.length) {
    crypto.getRandomValues(randomPool);
    randomOffset = 0;
  }
  const nonce = randomPool.toString("base64", randomOffset, randomOffset + NONCE_BYTES);
  randomOffset += NONCE_BYTES;
  return nonce;
}

function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
