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
 * JavaScript string with a few characters outside Latin-1. The same parts are
 * kept deflated one by one, so that a browser's gzip response is put together
 * from them (gzip-splice.ts) instead of compressed again on every request.
 *
 * Pure: no I/O. proxy.ts does the fetching and decides what to cache.
 */
import { type DeflatedParts, deflateParts, gzipPieces, inflateParts } from "./gzip-splice";

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  /**
   * The body's UTF-8 bytes, cut at each occurrence of the placeholder nonce
   * (one part when there is none): kept for the pages in the hot part only.
   */
  parts?: Buffer<ArrayBuffer>[];
  /** The same parts deflated one by one, kept for every page: gzip responses are made of them. */
  deflated: DeflatedParts;
  /** Memory held by the body. */
  bytes: number;
  storedAt: number;
}

export interface PageCacheLimits {
  /** Memory for pages kept as they are sent: the most asked for. */
  hotBytes: number;
  /** Memory for pages kept only deflated, about a fifth of their size: the rest. */
  coldBytes: number;
  /** Most pages each part keeps, whatever their size. */
  maxEntries: number;
  /** A safety net: entries older than this are rendered again even if the data did not change. */
  ttlMs: number;
}

const MB = 1024 * 1024;

/**
 * The limits for a size in megabytes as an operator writes it (PAGE_CACHE_MB,
 * default 64): the default for nothing or nonsense, no cache at all for 0.
 * A quarter holds pages as they are sent, three quarters hold pages deflated
 * (every authority page of 1,500 reports takes about 37 MB deflated).
 */
export function limitsForMegabytes(value: string | undefined): PageCacheLimits {
  const valid = value !== undefined && /^\d+(\.\d+)?$/.test(value.trim());
  const megabytes = valid ? Number(value) : 64;
  return { hotBytes: Math.round(megabytes * MB * 0.25), coldBytes: Math.round(megabytes * MB * 0.75), maxEntries: Math.ceil(megabytes * 80), ttlMs: 5 * 60_000 };
}

export const DEFAULT_LIMITS: PageCacheLimits = limitsForMegabytes(undefined);

/** Least recently used first: Map keeps insertion order, and a use re-inserts. */
class Lru<T extends { bytes: number }> {
  readonly entries = new Map<string, T>();
  bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxEntries: number,
  ) {}

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  use(key: string, entry: T): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /** Whether an entry of this size would fit beside the others without pushing one out. */
  hasRoomFor(bytes: number): boolean {
    return this.entries.size < this.maxEntries && this.bytes + bytes <= this.maxBytes;
  }

  /** The least recently used keys, oldest first. */
  *oldestKeys(count: number): Generator<string> {
    let given = 0;
    for (const key of this.entries.keys()) {
      if (given++ === count) return;
      yield key;
    }
  }

  /** Stores the entry and gives back what no longer fits, oldest first. */
  add(key: string, entry: T): [string, T][] {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    const evicted: [string, T][] = [];
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldestKey);
      evicted.push([oldestKey, oldest]);
    }
    return evicted;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  /** Whether one more entry of about the average size would fit without pushing one out. */
  hasRoom(): boolean {
    if (this.entries.size === 0) return this.maxBytes > 0 && this.maxEntries > 0;
    return this.entries.size < this.maxEntries && this.bytes + this.bytes / this.entries.size <= this.maxBytes;
  }

  /** One entry may take at most a quarter of the memory, so that one page cannot push out everything else. */
  fits(bytes: number): boolean {
    return bytes <= this.maxBytes / 4 && this.maxEntries > 0;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * Pages in two parts, emptied whenever the data version changes:
 *
 * - **hot**: pages kept both as they are sent and deflated, the most asked for;
 * - **cold**: pages kept only deflated (a fifth of the memory), so that every
 *   authority's page of the whole series and ten times over fits: a crawl, or
 *   a busy day across all of them, is then served from memory and not
 *   rendered page by page. Browsers, which accept gzip, are served from the
 *   deflated parts of either part alike; a client that does not accept gzip
 *   is sent a cold page inflated (0.1 ms).
 *
 * A page goes to the hot part while it has room, or if it has been asked for
 * more often lately than the hot page it would push out, which moves to the
 * cold part; otherwise to the cold part. Once both are full, a page is stored
 * only if it has been asked for more often than the cold page it would push
 * out (TinyLFU's admission rule, with exact counts halved as they age): a
 * crawl through more pages than fit, or URLs nobody asks for twice, would
 * otherwise push out every page in turn, each before it is asked for again.
 *
 * The page pushed out is the least asked for of the few least recently used
 * (Redis's sampled eviction), not simply the least recently used: a page asked
 * for thousands of times and then left alone would otherwise stand at the end
 * of the queue and outrank every newcomer until its count had aged away, and
 * the pages most asked for in the meantime would be inflated on every request.
 */
export class PageCache {
  private readonly hot: Lru<CachedResponse>;
  private readonly cold: Lru<CachedResponse>;
  private version: string | null = null;
  private readonly recentRequests = new Map<string, number>();
  private requestsSinceAgeing = 0;

  constructor(private readonly limits: PageCacheLimits = DEFAULT_LIMITS) {
    this.hot = new Lru(limits.hotBytes, limits.maxEntries);
    this.cold = new Lru(limits.coldBytes, limits.maxEntries);
  }

  /** Counts a request for the admission rule; call once per request that could be cached. */
  recordRequest(key: string): void {
    this.recentRequests.set(key, (this.recentRequests.get(key) ?? 0) + 1);
    this.requestsSinceAgeing += 1;
    if (this.requestsSinceAgeing >= this.limits.maxEntries * 10 || this.recentRequests.size > this.limits.maxEntries * 4) this.age();
  }

  /** Whether a page that is not in the cache should be rendered for it (true) or just rendered (false). */
  admits(key: string): boolean {
    if (this.hot.hasRoom() || this.cold.hasRoom()) return true;
    const victim = this.victim(this.cold.entries.size > 0 ? this.cold : this.hot);
    return victim !== undefined && this.asked(key) > this.asked(victim);
  }

  /** Empties the cache when the data it was built from has changed. */
  checkVersion(version: string): void {
    if (version !== this.version) {
      this.clear();
      this.version = version;
    }
  }

  /** Whether a page is kept for the key and fresh, without counting it as used. */
  has(key: string, now = Date.now()): boolean {
    const entry = this.hot.get(key) ?? this.cold.get(key);
    return entry !== undefined && !this.expired(entry, now);
  }

  get(key: string, now = Date.now()): CachedResponse | undefined {
    const hot = this.hot.get(key);
    if (hot) {
      if (this.expired(hot, now)) {
        this.hot.delete(key);
        return undefined;
      }
      this.hot.use(key, hot);
      return hot;
    }
    const cold = this.cold.get(key);
    if (!cold) return undefined;
    if (this.expired(cold, now)) {
      this.cold.delete(key);
      return undefined;
    }
    if (this.belongsInHot(key, hotBytes(cold.deflated))) {
      const promoted = withParts(cold);
      this.cold.delete(key);
      this.addHot(key, promoted);
      return promoted;
    }
    this.cold.use(key, cold);
    return cold;
  }

  set(key: string, entry: CachedResponse): void {
    this.hot.delete(key);
    this.cold.delete(key);
    if (this.belongsInHot(key, hotBytes(entry.deflated))) this.addHot(key, withParts(entry));
    else this.addCold(key, withoutParts(entry));
  }

  clear(): void {
    this.hot.clear();
    this.cold.clear();
  }

  get size(): { entries: number; bytes: number; hot: { entries: number; bytes: number }; cold: { entries: number; bytes: number } } {
    const hot = { entries: this.hot.entries.size, bytes: this.hot.bytes };
    const cold = { entries: this.cold.entries.size, bytes: this.cold.bytes };
    return { entries: hot.entries + cold.entries, bytes: hot.bytes + cold.bytes, hot, cold };
  }

  private belongsInHot(key: string, bytes: number): boolean {
    if (!this.hot.fits(bytes)) return false;
    if (this.hot.hasRoom()) return true;
    const victim = this.victim(this.hot);
    return victim !== undefined && this.asked(key) > this.asked(victim);
  }

  private addHot(key: string, entry: CachedResponse): void {
    while (this.hot.entries.size > 0 && !this.hot.hasRoomFor(entry.bytes)) {
      const victim = this.victim(this.hot) as string;
      const demoted = this.hot.get(victim) as CachedResponse;
      this.hot.delete(victim);
      this.addCold(victim, withoutParts(demoted));
    }
    for (const [demotedKey, demoted] of this.hot.add(key, entry)) this.addCold(demotedKey, withoutParts(demoted));
  }

  private addCold(key: string, entry: CachedResponse): void {
    if (!this.cold.fits(entry.bytes)) return;
    while (this.cold.entries.size > 0 && !this.cold.hasRoomFor(entry.bytes)) this.cold.delete(this.victim(this.cold) as string);
    this.cold.add(key, entry);
  }

  /** The entry to push out for a newcomer: the least asked for of the least recently used few, the oldest of equals. */
  private victim(part: Lru<{ bytes: number }>): string | undefined {
    let victim: string | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    for (const key of part.oldestKeys(VICTIM_SAMPLE)) {
      const asked = this.asked(key);
      if (asked < fewest) {
        victim = key;
        fewest = asked;
      }
    }
    return victim;
  }

  private asked(key: string): number {
    return this.recentRequests.get(key) ?? 0;
  }

  private expired(entry: { storedAt: number }, now: number): boolean {
    return now - entry.storedAt > this.limits.ttlMs;
  }

  /** Halves every count, so what was popular an hour ago does not outrank what is popular now. */
  private age(): void {
    for (const [key, count] of this.recentRequests) {
      if (count < 2) this.recentRequests.delete(key);
      else this.recentRequests.set(key, count >> 1);
    }
    this.requestsSinceAgeing = 0;
  }
}

// How many of the least recently used entries are weighed when one must go.
const VICTIM_SAMPLE = 8;

// Bookkeeping of an entry beyond its body: the Map slot, the header pairs, the part lengths and CRCs.
const ENTRY_OVERHEAD = 512;

function hotBytes(deflated: DeflatedParts): number {
  return deflated.partLengths.reduce((sum, length) => sum + length, 0) + deflated.deflated.length + ENTRY_OVERHEAD;
}

/** The entry as the hot part keeps it: its parts as sent, beside the deflated ones. */
function withParts(entry: CachedResponse): CachedResponse {
  return { ...entry, parts: entry.parts ?? inflateParts(entry.deflated), bytes: hotBytes(entry.deflated) };
}

/** The entry as the cold part keeps it: deflated only. */
function withoutParts(entry: CachedResponse): CachedResponse {
  return { ...entry, parts: undefined, bytes: entry.deflated.deflated.length + ENTRY_OVERHEAD };
}

/** Routes whose GET responses depend only on the URL and the data. */
const CACHEABLE_PATH = /^\/(?:$|authorities\/[^/]+$|compare$|recommendations$|search$|api\/(?:authorities(?:\/[^/]+)?|compare|recommendations|search)$)/;

/**
 * Whether a request may be answered from the cache: a plain GET of a
 * cacheable route, not a request for Next's RSC payload (client navigation
 * and prefetch, whose response depends on router state headers), with a URL
 * short enough to be a sensible key.
 */
export function isCacheableRequest(method: string, pathname: string, search: string, headers: Pick<Headers, "has">): boolean {
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

/** A rendered body as kept in the cache: its bytes, cut where the placeholder nonce was, and the same parts deflated. */
export function storedBody(body: string, placeholder: string): { parts: Buffer<ArrayBuffer>[]; deflated: DeflatedParts; bytes: number } {
  const parts = body.split(placeholder).map((part) => Buffer.from(part, "utf8"));
  const deflated = deflateParts(parts);
  return { parts, deflated, bytes: hotBytes(deflated) };
}

/**
 * A cached body with this response's own nonce in every place the
 * placeholder was, as the pieces to send in order: gzipped when the client
 * accepts it (from the parts deflated when the page was stored, never
 * compressed again), else as it was rendered.
 */
export function responsePieces(entry: CachedResponse, nonce: string, { gzip }: { gzip: boolean }): Buffer<ArrayBuffer>[] {
  if (gzip) return gzipPieces(entry.deflated, Buffer.from(nonce, "utf8"));
  return piecesWithNonce(entry.parts ?? inflateParts(entry.deflated), nonce);
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

/**
 * Below this size Buffer.concat takes its bytes from Node's shared 8 KB pool
 * rather than a fresh ArrayBuffer of its own.
 */
export const POOLED_CHUNK_BYTES = (Buffer.poolSize >>> 1) - 1;

/**
 * The pieces of a response joined into chunks of up to `size` bytes; a piece
 * that big or bigger goes alone, uncopied. Each chunk is a write to the socket
 * (a page's 33 pieces were 33 writes, a quarter of a cached page's CPU). The
 * small pieces are the nonces and the markup between them, so chunks from the
 * shared pool make a page 5 or 6 writes. Joining whole pages into 64 KB chunks
 * made it 2 or 3 at the same CPU per page (measured side by side), but
 * allocated 100–170 KB of fresh ArrayBuffers per response for the collector.
 */
export function coalesce(pieces: readonly Buffer<ArrayBuffer>[], size = POOLED_CHUNK_BYTES): Buffer<ArrayBuffer>[] {
  const chunks: Buffer<ArrayBuffer>[] = [];
  let pending: Buffer<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length > 0) chunks.push(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  for (const piece of pieces) {
    if (pendingBytes + piece.length > size) flush();
    if (piece.length >= size) {
      chunks.push(piece);
    } else {
      pending.push(piece);
      pendingBytes += piece.length;
    }
  }
  flush();
  return chunks;
}
