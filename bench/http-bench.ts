import http from "node:http";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { cpuMs } from "./server";
import type { RouteFigures } from "./types";

export interface RouteSpec {
  name: string;
  path: string;
  kind: RouteFigures["kind"];
  /** The status the route should answer with (404 for the not-found page). */
  expectStatus: number;
  /** Text the body must contain, to be sure the route rendered its real content. */
  expectText: string | RegExp;
  /** Paths requested in turn instead of `path` (which is then only a label); the first is checked. */
  paths?: string[];
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The Accept-Encoding every request carries: a browser's, unless an experiment asks for another. */
  acceptEncoding: string;
}

/** What Chromium sends: the server may answer gzipped, as it does a browser. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

export interface Probe {
  status: number;
  /** The body decoded. */
  body: string;
  bytes: Buffer;
  /** The body as sent, and how it was encoded. */
  sent: Buffer;
  contentEncoding: string | null;
  contentType: string;
  etag: string | null;
  /** Every header as sent: the floor sends them again (floor.ts). */
  headers: http.IncomingHttpHeaders;
}

/** One request as the load sends it, read raw: what was sent, and what it decodes to. */
export async function probe(url: string, acceptEncoding: string): Promise<Probe> {
  const { status, headers, sent } = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; sent: Buffer }>(
    (resolve, reject) => {
      const req = http.get(url, { headers: { "accept-encoding": acceptEncoding }, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, sent: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error(`no answer from ${url} within 30 s`)));
      req.on("error", reject);
    },
  );
  const contentEncoding = headers["content-encoding"] ?? null;
  const bytes =
    contentEncoding === "gzip"
      ? zlib.gunzipSync(sent)
      : contentEncoding === "deflate"
        ? zlib.inflateSync(sent)
        : contentEncoding === "br"
          ? zlib.brotliDecompressSync(sent)
          : sent;
  return {
    status,
    body: bytes.toString("utf8"),
    bytes,
    sent,
    contentEncoding,
    contentType: headers["content-type"] ?? "text/html",
    etag: headers.etag ?? null,
    headers,
  };
}

/**
 * Checks a route answers as expected, then loads it: a warm-up, then the
 * measured run. A route that does not answer as expected is not loaded: its
 * figures say so (one error) and `problem` says why.
 */
export async function loadRoute(
  baseUrl: string,
  spec: RouteSpec,
  opts: LoadOptions,
  serverPid: number,
): Promise<{ figures: RouteFigures; probe: Probe; problem?: string }> {
  const url = baseUrl + (spec.paths?.[0] ?? spec.path);
  const first = await probe(url, opts.acceptEncoding);
  const found = typeof spec.expectText === "string" ? first.body.includes(spec.expectText) : spec.expectText.test(first.body);
  if (first.status !== spec.expectStatus || !found) {
    // Not what the route should answer: counted as an error, and not loaded (the figures would mean nothing).
    const problem = `${spec.name} (${spec.path}) answered ${first.status}${first.status === spec.expectStatus ? " without the expected content" : ` instead of ${spec.expectStatus}`}${first.body ? `: ${first.body.slice(0, 200).replace(/\s+/g, " ")}` : ""}`;
    return {
      probe: first,
      problem,
      figures: {
        failed: problem,
        name: spec.name,
        path: spec.path,
        kind: spec.kind,
        status: first.status,
        htmlBytes: first.bytes.length,
        htmlGzipBytes: zlib.gzipSync(first.bytes).length,
        sentBytes: first.sent.length,
        requestsPerSecond: 0,
        cpuMsPerRequest: 0,
        p50: 0,
        p99: 0,
        errors: first.status === spec.expectStatus ? 1 : 0,
        unexpectedStatus: first.status === spec.expectStatus ? 0 : 1,
        requests: 1,
        ratioToFloor: null,
        peakRssMb: null,
      },
    };
  }
  // Several paths: every request takes the next one, across all connections, in order.
  let next = 0;
  const paths = spec.paths;
  const requests = paths
    ? [{ method: "GET", setupRequest: (req: { path: string }) => ({ ...req, path: paths[next++ % paths.length] }) }]
    : undefined;
  const headers = { "accept-encoding": opts.acceptEncoding };
  // The warm-up of a route over several paths is one pass over all of them, so
  // that the measured run sees the steady state (every page asked for before),
  // whatever N is; the pass itself is reported as what a cold crawl costs.
  let firstPass: RouteFigures["firstPass"];
  if (paths) {
    const cpuAtStart = cpuMs(serverPid);
    const pass = await autocannon({
      url,
      headers,
      requests,
      connections: Math.min(4, opts.connections),
      amount: paths.length,
      timeout: 30,
    });
    firstPass = {
      requests: pass.requests.total,
      seconds: pass.duration,
      cpuMsPerRequest: (cpuMs(serverPid) - cpuAtStart) / Math.max(1, pass.requests.total),
      errors: pass.errors + pass.non2xx,
    };
  } else if (opts.warmupSeconds > 0) {
    await autocannon({ url, headers, requests, connections: Math.min(4, opts.connections), duration: opts.warmupSeconds, timeout: 10 });
  }
  const cpuBefore = cpuMs(serverPid);
  const r = await autocannon({ url, headers, requests, connections: opts.connections, duration: opts.durationSeconds, timeout: 10 });
  const cpuUsed = cpuMs(serverPid) - cpuBefore;
  // A repeat visit: the browser has the page and asks whether it changed (If-None-Match), and is answered 304.
  let revalidation: RouteFigures["revalidation"];
  if (spec.kind === "route" && !paths && first.etag) {
    const cpuAtStart = cpuMs(serverPid);
    const rv = await autocannon({
      url,
      headers: { ...headers, "if-none-match": first.etag },
      connections: opts.connections,
      duration: opts.durationSeconds,
      timeout: 10,
    });
    revalidation = {
      requestsPerSecond: rv.requests.total / rv.duration,
      cpuMsPerRequest: (cpuMs(serverPid) - cpuAtStart) / Math.max(1, rv.requests.total),
      p99: rv.latency.p99,
      notModified: rv.statusCodeStats["304"]?.count ?? 0,
      requests: rv.requests.total,
      wireBytes: rv.throughput.total / Math.max(1, rv.requests.total),
    };
  }
  const expected = r.statusCodeStats[String(spec.expectStatus)]?.count ?? 0;
  const responses = Object.values(r.statusCodeStats).reduce((n, s) => n + s.count, 0);
  return {
    probe: first,
    figures: {
      name: spec.name,
      path: spec.path,
      kind: spec.kind,
      status: first.status,
      htmlBytes: first.bytes.length,
      htmlGzipBytes: zlib.gzipSync(first.bytes).length,
      sentBytes: first.sent.length,
      requestsPerSecond: r.requests.total / r.duration,
      cpuMsPerRequest: cpuUsed / Math.max(1, r.requests.total),
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors, // timeouts included
      unexpectedStatus: responses - expected,
      requests: r.requests.total,
      ratioToFloor: null,
      peakRssMb: null,
      wireBytes: r.throughput.total / Math.max(1, r.requests.total),
      ...(firstPass ? { firstPass } : {}),
      ...(revalidation ? { revalidation } : {}),
    },
  };
}
