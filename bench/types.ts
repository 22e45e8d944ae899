/** The shape of bench/results/latest.json. */

export interface ParseFigures {
  files: string[];
  bytesPerRound: number;
  /** Median of the measured rounds. */
  mbPerSecond: number;
  reportsPerSecond: number;
  msPerReport: number;
  /** Best round, for comparison with the median. */
  bestMbPerSecond: number;
  rounds: number;
  iterationsPerRound: number;
  /** The synthetic corpus of the smaller N parsed once, for comparison. */
  synthetic?: { reports: number; bytes: number; mbPerSecond: number; reportsPerSecond: number };
  /** PDFs of the fixtures (test/fixtures/pdf) read and parsed once each: extraction in its worker, layout, parse. */
  pdf?: PdfParseFigures;
  /** Assessing and theming every finding paragraph and recommendation of a seed report, as import does (median of rounds). */
  assess?: { msPerReport: number; bestMsPerReport: number; texts: number; rounds: number };
}

export interface PdfParseFigures {
  files: number;
  pages: number;
  bytes: number;
  seconds: number;
  pagesPerSecond: number;
  mbPerSecond: number;
  /** CPU time of every thread of the process (the readers' included): steady where wall time is shared. */
  cpuSeconds?: number;
  pagesPerCpuSecond?: number;
  /** PDF readers in the pool (lib/pdf/pdf-worker.ts). */
  readers?: number;
}

export interface ImportFigures {
  n: number;
  seconds: number;
  reportsPerSecond: number;
  /** Of which parsing (measured separately on the same texts). */
  parseSeconds: number;
  corpusBytes: number;
  databaseBytes: number;
  rows: Record<string, number>;
}

export interface RouteFigures {
  name: string;
  path: string;
  /**
   * "route": a page or JSON of the app; "next-minimal": the not-found page, the least a page rendered per
   * request can cost.
   */
  kind: "route" | "next-minimal";
  status: number;
  /** Size of the body, decoded. */
  htmlBytes: number;
  /** The same body gzipped (level 6). */
  htmlGzipBytes: number;
  /** Size of the body as sent to the load, which asks for what a browser asks for (LoadOptions.acceptEncoding). */
  sentBytes: number;
  requestsPerSecond: number;
  /** CPU time (user + system) of the server process tree per request during the measured run. */
  cpuMsPerRequest: number;
  p50: number;
  p99: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Responses whose status was not the expected one (2xx, or 404 for the not-found page). */
  unexpectedStatus: number;
  requests: number;
  /**
   * The floor of this route, measured just after it: a bare Node http server
   * sending the route's own bytes with the same headers (bench/floor.ts). The
   * machine's speed drifts over a run, so each route has its own, taken at the
   * same time.
   */
  floorRps?: number;
  /** requestsPerSecond / floorRps. */
  ratioToFloor: number | null;
  /** Peak RSS of the server process tree while this route was loaded (warm-up included), MB. */
  peakRssMb: number | null;
  /**
   * For a route over several paths: the pass over every path once before the
   * measured run (the warm-up), which renders each page for the cache.
   */
  firstPass?: { requests: number; seconds: number; cpuMsPerRequest: number; errors: number };
  /** Bytes on the wire per response (status line, headers and body as sent), from autocannon's byte count. */
  wireBytes?: number;
  /**
   * A repeat visit: the same load with If-None-Match carrying the page's ETag,
   * answered 304 with no body.
   */
  revalidation?: {
    requestsPerSecond: number;
    cpuMsPerRequest: number;
    p99: number;
    notModified: number;
    requests: number;
    wireBytes: number;
  };
  /** Why the route was not loaded: it did not answer as expected (its other figures are then zero). */
  failed?: string;
}

export interface HttpFigures {
  n: number;
  connections: number;
  durationSeconds: number;
  routes: RouteFigures[];
  /** Peak resident memory of the server process tree during the runs, MB. */
  peakRssMb: number;
  rssAtStartMb: number;
  rssSamples: number;
  processes: number;
}

export interface ClientJsRoute {
  route: string;
  /** gzip bytes of every JS file the route loads, the shared runtime included. */
  totalGzip: number;
  /** gzip bytes beyond the framework's shared runtime (rootMainFiles). */
  beyondRuntimeGzip: number;
  files: { file: string; gzip: number; shared: boolean }[];
}

export interface ClientJsFigures {
  distDir: string;
  runtimeFiles: string[];
  runtimeGzip: number;
  /** nomodule polyfills: only browsers without ES modules load them; not counted. */
  polyfillFiles: string[];
  routes: ClientJsRoute[];
  /** Scripts seen in served HTML that the manifests did not list (should be empty). */
  unlisted: { route: string; file: string }[];
}

export interface Target {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export interface PlanFigures {
  path: string;
  /** The plan page as a signed-in admin sees it: per person, rendered every time. */
  page: { requestsPerSecond: number; cpuMsPerRequest: number; p50: number; p99: number; errors: number };
  /** Saves through the plan's form, each writer its own action, one save after another. */
  saves: { savesPerSecond: number; cpuMsPerSave: number; p50: number; p99: number; writers: number; failed: number };
}

export interface BenchResults {
  kind: "full" | "smoke";
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadBefore: number[]; loadAfter: number[] };
  git: { commit: string; dirty: boolean };
  seed: number;
  sizes: number[];
  parse: ParseFigures;
  imports: ImportFigures[];
  http: HttpFigures[];
  /** An action plan's page and saves of its actions, signed in (bench/plan-bench.ts), at each N. */
  plans?: (PlanFigures & { n: number })[];
  clientJs: ClientJsFigures | null;
  /** NaN where the route failed at either size. */
  growth: { route: string; costGrowth: number; throughputDrop: number; p50Growth: number; p99Growth: number; htmlGrowth: number }[];
  targets: Target[];
  notes: string[];
}
