/**
 * An in-memory cache of rendered pages and API responses, for data that
 * changes only when a report is imported.
 *
 * Why: every page carries a fresh CSP nonce, which forces Next to render it on
 * every request, and rendering a report page costs tens of milliseconds. The
 * cache keeps each page as rendered with a placeholder nonce, and serves a copy
 * with the request's own fresh nonce put in its place: each response still has
 * a nonce nobody has seen before, and the page is rendered once per change of
 * the data instead of once per request. See docs/decisions/0002-page-cache.md.
 *
 * Bodies are kept as UTF-8 bytes, cut where the nonce goes: a response is then
 * one copy of bytes, not a scan and re-encoding of a 100 KB string (which was a
 * quarter of a cache hit's CPU), and a page takes half the memory it would as a
 * JavaScript string with a few characters outside Latin-1.
 *
 * Pure: no I/O. proxy.ts does the fetching and decides what to cache.
 */

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  /** The body's UTF-8 bytes, cut at each occurrence of the placeholder nonce (one part when there is none). */
  parts: Buffer<ArrayBuffer>[];
  /** Memory held by the body. */
  bytes: number;
  storedAt: number;
}

export interface PageCacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** A safety net: entries older than this are rendered again even if the data did not change. */
  ttlMs: number;
}

export const DEFAULT_LIMITS: PageCacheLimits = { maxEntries: 500, maxBytes: 64 * 1024 * 1024, ttlMs: 5 * 60_000 };

/**
 * The limits for a size in megabytes as an operator writes it (PAGE_CACHE_MB):
 * the default for nothing or nonsense, no cache at all for 0. Entries scale with
 * the bytes, as pages average well over 64 KB.
 */
export function limitsForMegabytes(value: string | undefined): PageCacheLimits {
  if (value === undefined || value.trim() === "" || !/^\d+(\.\d+)?$/.test(value.trim())) return DEFAULT_LIMITS;
  const maxBytes = Math.round(Number(value) * 1024 * 1024);
  return { ...DEFAULT_LIMITS, maxBytes, maxEntries: Math.ceil((DEFAULT_LIMITS.maxEntries * maxBytes) / DEFAULT_LIMITS.maxBytes) };
}

/**
 * Least-recently-used cache, bounded in entries and bytes, emptied whenever the
 * data version changes.
 *
 * Once full, a page is stored only if it has been asked for more often lately
 * than the page it would push out (TinyLFU's admission rule, with exact counts
 * that are halved as they age). A crawl through more pages than fit, or URLs
 * nobody asks for twice, would otherwise push out every page in turn, each
 * evicted before it is asked for again; this way the pages already kept keep
 * being served, and the rest are rendered without being stored.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private version: string | null = null;
  private readonly recentRequests = new Map<string, number>();
  private requestsSinceAgeing = 0;

  constructor(private readonly limits: PageCacheLimits = DEFAULT_LIMITS) {}

  /** Counts a request for the admission rule; call once per request that could be cached. */
  recordRequest(key: string): void {
    this.recentRequests.set(key, (this.recentRequests.get(key) ?? 0) + 1);
    this.requestsSinceAgeing += 1;
    if (this.requestsSinceAgeing >= this.limits.maxEntries * 10 || this.recentRequests.size > this.limits.maxEntries * 4) this.age();
  }

  /** Whether a page that is not in the cache should be rendered for it (true) or just rendered (false). */
  admits(key: string): boolean {
    if (this.limits.maxBytes <= 0) return false;
    if (!this.isFull()) return true;
    const [victim] = this.entries.keys();
    return (this.recentRequests.get(key) ?? 0) > (this.recentRequests.get(victim) ?? 0);
  }

  /** Empties the cache when the data it was built from has changed. */
  checkVersion(version: string): void {
    if (version !== this.version) {
      this.clear();
      this.version = version;
    }
  }

  get(key: string, now = Date.now()): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.storedAt > this.limits.ttlMs) {
      this.delete(key);
      return undefined;
    }
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    if (entry.bytes > this.limits.maxBytes / 4) return; // one page must not push out everything else
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private isFull(): boolean {
    if (this.entries.size === 0) return false;
    return this.entries.size >= this.limits.maxEntries || this.bytes + this.bytes / this.entries.size > this.limits.maxBytes;
  }

  /** Halves every count, so what was popular an hour ago does not outrank what is popular now. */
  private age(): void {
    for (const [key, count] of this.recentRequests) {
      if (count < 2) this.recentRequests.delete(key);
      else this.recentRequests.set(key, count >> 1);
    }
    this.requestsSinceAgeing = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}

/** Routes whose GET responses depend only on the URL and the data. */
const CACHEABLE_PATH = /^\/(?:$|authorities\/[^/]+$|compare$|recommendations$|search$|api\/(?:authorities(?:\/[^/]+)?|compare|recommendations|search)$)/;

/**
 * Whether a request may be answered from the cache: a plain GET of a
 * cacheable route, not a request for Next's RSC payload (client navigation
 * and prefetch, whose response depends on router state headers), with a URL
 * short enough to be a sensible key.
 */
export function isCacheableRequest(method: string, pathname: string, search: string, headers: Headers): boolean {
  if (method !== "GET") return false;
  if (!CACHEABLE_PATH.test(pathname)) return false;
  if (pathname.length + search.length > 1000) return false;
  if (headers.has("rsc") || headers.has("next-router-prefetch") || headers.has("next-router-state-tree") || headers.has("next-action")) return false;
  if (/[?&]_rsc=/.test(search)) return false;
  // Downloads (?format=csv) are whole exports: rendering them twice to find that out would waste the work.
  if (/[?&]format=/.test(search)) return false;
  return true;
}

/** Headers of a rendered response that describe the body and are kept with it. */
const KEPT_HEADERS = new Set(["content-type", "cache-control", "vary", "link", "x-robots-tag"]);

/** Whether a rendered response may be stored: a complete 200 page or JSON body, not a download. */
export function isCacheableResponse(status: number, headers: Headers): boolean {
  if (status !== 200) return false;
  if (headers.has("set-cookie") || headers.has("content-disposition")) return false;
  const type = headers.get("content-type") ?? "";
  return type.startsWith("text/html") || type.startsWith("application/json");
}

export function keptHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => KEPT_HEADERS.has(name.toLowerCase()));
}

/** A rendered body as kept in the cache: its bytes, cut where the placeholder nonce was. */
export function storedBody(body: string, placeholder: string): { parts: Buffer<ArrayBuffer>[]; bytes: number } {
  const parts = body.split(placeholder).map((part) => Buffer.from(part, "utf8"));
  return { parts, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
}

/**
 * The stored body with this response's own nonce in every place the
 * placeholder was, as the pieces to send in order: the stored bytes are sent
 * as they are, never copied.
 */
export function piecesWithNonce(parts: readonly Buffer<ArrayBuffer>[], nonce: string): Buffer<ArrayBuffer>[] {
  if (parts.length === 1) return [parts[0]];
  const nonceBytes = Buffer.from(nonce, "utf8");
  const pieces: Buffer<ArrayBuffer>[] = [];
  parts.forEach((part, index) => {
    if (index > 0) pieces.push(nonceBytes);
    pieces.push(part);
  });
  return pieces;
}
