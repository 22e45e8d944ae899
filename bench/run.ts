/**
 * The benchmark (npm run bench, npm run bench:smoke). See docs/performance.md.
 *
 * 1. parse throughput on the real reports;
 * 2. import of N synthetic reports into fresh databases (bench/tmp/bench-N.db);
 * 3. HTTP load on each main route of the production server over each database, each
 *    beside its floor: a bare Node server sending the route's own bytes and headers;
 * 4. peak RSS of the server process tree; 5. client JS per route from the
 *    build output; 6. growth of each figure from the smallest to largest N.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeClientJs, checkServedScripts } from "./client-js";
import { THEMES } from "../lib/assessment";
import { slugify } from "../lib/report/slug";
import { authorityNames, DEFAULT_SEED, generateCorpus } from "../lib/testing/synthetic-corpus";
import { BROWSER_ACCEPT_ENCODING, loadRoute, type LoadOptions, type Probe, type RouteSpec } from "./http-bench";
import { assertBenchFile, BENCH_TMP, benchImport, tableCounts } from "./import-bench";
import { benchAssess, benchParse, benchPdfParse, parseOnce } from "./parse-bench";
import { evaluateTargets, markdown } from "./report";
import { startFloor } from "./floor";
import { benchPlan } from "./plan-bench";
import { type RunningServer, sampleRss, startServer } from "./server";
import type { BenchResults, RouteFigures } from "./types";

const ROOT = path.join(import.meta.dirname, "..");

export interface BenchOptions {
  kind: "full" | "smoke";
  sizes: number[];
  seed: number;
  distDir: string;
  build: boolean;
  port: number;
  load: LoadOptions;
  /** Route names to load (all main routes when undefined). */
  routes?: string[];
  parse: { warmup: number; rounds: number; iterations: number };
  outDir: string;
  /** Keep bench/tmp/bench-N.db when it already holds N reports (experiments): no import figures then. */
  reuseDb?: boolean;
  /** Node options for the server: the production ones unless an experiment asks for others. */
  serverNodeArgs: string[];
}

/** What `npm run up` (scripts/start.sh) runs the server with: the benchmark measures the server as deployed. */
export const PRODUCTION_NODE_OPTIONS = ["--max-old-space-size=192", "--max-semi-space-size=8"];
export const PRODUCTION_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "1048576" };

/** The production environment, each variable overridable from the bench's own environment (experiments). */
function productionEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(PRODUCTION_ENV).map(([name, value]) => [name, process.env[name] ?? value]));
}

export function fullOptions(): BenchOptions {
  return {
    kind: "full",
    sizes: [150, 1500],
    seed: DEFAULT_SEED,
    distDir: process.env.BENCH_DIST_DIR || ".next-bench",
    build: true,
    port: Number(process.env.BENCH_PORT || 3400),
    load: { connections: 16, durationSeconds: 10, warmupSeconds: 3, acceptEncoding: BROWSER_ACCEPT_ENCODING },
    parse: { warmup: 200, rounds: 7, iterations: 150 },
    outDir: path.join(ROOT, "bench", "results"),
    serverNodeArgs: PRODUCTION_NODE_OPTIONS,
  };
}

export function smokeOptions(): BenchOptions {
  return {
    kind: "smoke",
    sizes: [20],
    seed: DEFAULT_SEED,
    distDir: process.env.NEXT_DIST_DIR || ".next",
    build: false,
    port: Number(process.env.BENCH_PORT || 3410),
    load: { connections: 4, durationSeconds: 2, warmupSeconds: 1, acceptEncoding: BROWSER_ACCEPT_ENCODING },
    routes: ["home", "authority"],
    parse: { warmup: 20, rounds: 3, iterations: 20 },
    outDir: path.join(BENCH_TMP, "smoke"),
    serverNodeArgs: PRODUCTION_NODE_OPTIONS,
  };
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

async function build(distDir: string): Promise<void> {
  const logFile = path.join(BENCH_TMP, "build.log");
  log(`building with NEXT_DIST_DIR=${distDir} (log: ${path.relative(ROOT, logFile)})`);
  const out = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: path.join(BENCH_TMP, "build-unused.db") },
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${fs.readFileSync(logFile, "utf8").slice(-3000)}`);
}

function mainRoutes(a: { slug: string; name: string }, b: { slug: string; name: string }, slugs: string[]): RouteSpec[] {
  const route = (name: string, p: string, expectText: string | RegExp): RouteSpec => ({
    name,
    path: p,
    kind: "route",
    expectStatus: 200,
    expectText,
  });
  return [
    route("home", "/", "<h1>Local authorities</h1>"),
    route("authority", `/authorities/${a.slug}`, `<h1>${a.name}</h1>`),
    // Every authority's page in turn: what a crawler or a busy day costs when the pages are not all cached.
    {
      ...route("authority-each", `/authorities/(each of the N in turn)`, `<h1>${a.name}</h1>`),
      paths: slugs.map((s) => `/authorities/${s}`),
    },
    route("compare", `/compare?a=${a.slug}&b=${b.slug}`, `${a.name} and ${b.name} compared`),
    route("compare-concerns", `/compare?a=${a.slug}&b=${b.slug}&concerns=only`, "Findings raising a concern"),
    route("themes", "/themes", "<h1>Themes across councils</h1>"),
    route("theme", `/themes/${THEMES[0].id}`, /paragraphs? and recommendations?|paragraph or recommendation/),
    route("recommendations", "/recommendations?deadline=3", "<h1>Recommendations</h1>"),
    route("api-recommendations", "/api/recommendations?q=designated", /"total":[1-9]/),
    route("api-authorities", "/api/authorities", /"total":[1-9]/),
    route("search", "/search?q=%22designated%20doctor%22", /[1-9][\d,]* results?(?:<!-- -->)? for/),
  ];
}

/**
 * The floor of a route, loaded just after it: its own bytes and headers, as
 * the server sent them for the same Accept-Encoding, from a bare Node server
 * (bench/floor.ts). Requests per second, or undefined when it failed.
 */
async function loadFloor(opts: BenchOptions, spec: RouteSpec, answer: Probe): Promise<number | undefined> {
  const url = spec.paths?.[0] ?? spec.path;
  const floor = await startFloor({
    port: opts.port + 1,
    answers: new Map([[url, { status: answer.status, headers: answer.headers, body: answer.sent }]]),
    dir: path.join(BENCH_TMP, `floor-${opts.kind}`),
  });
  try {
    const floorSpec: RouteSpec = { ...spec, path: url, paths: undefined, kind: "next-minimal" };
    const r = await loadRoute(floor.baseUrl, floorSpec, { ...opts.load, warmupSeconds: 1 }, floor.pid);
    return r.problem ? undefined : r.figures.requestsPerSecond;
  } finally {
    await floor.stop();
  }
}

type ServerUnderTest = { n: number; server: RunningServer; rss: ReturnType<typeof sampleRss>; figures: RouteFigures[] };

/** One route on one server, then its floor. */
async function benchRoute(opts: BenchOptions, s: ServerUnderTest, spec: RouteSpec, results: BenchResults): Promise<void> {
  await s.rss.window(); // start a new window for this route
  log(`N=${s.n}: ${spec.path}`);
  const r = await loadRoute(s.server.baseUrl, spec, opts.load, s.server.pid);
  if (r.problem) {
    log(`  FAILED: ${r.problem}`);
    results.notes.push(`N=${s.n}: ${r.problem}`);
  }
  if (!r.figures.failed) r.figures.peakRssMb = (await s.rss.window()) / 2 ** 20;
  if (results.clientJs && spec.kind === "route" && !spec.path.startsWith("/api/")) {
    checkServedScripts(
      results.clientJs,
      spec.name.startsWith("authority") ? "/authorities/[slug]" : spec.path.replace(/\?.*$/, ""),
      r.probe.body,
    );
  }
  const f = r.figures;
  if (spec.kind === "route" && !f.failed) {
    f.floorRps = await loadFloor(opts, spec, r.probe);
    f.ratioToFloor = f.floorRps ? f.requestsPerSecond / f.floorRps : null;
  }
  s.figures.push(f);
  if (f.firstPass) {
    const p = f.firstPass;
    const note = `N=${s.n}: ${spec.path}: the first pass over all ${p.requests.toLocaleString("en-GB")} pages (the warm-up, rendering each for the cache) took ${p.seconds.toFixed(1)} s at ${p.cpuMsPerRequest.toFixed(2)} ms CPU per page, ${p.errors} errors; the figures are of the passes after it.`;
    log(`  ${note}`);
    results.notes.push(note);
  }
  log(
    `  ${f.requestsPerSecond.toFixed(1)} req/s (floor ${f.floorRps?.toFixed(1) ?? "–"}), p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.cpuMsPerRequest.toFixed(2)} ms CPU per request, errors ${f.errors}, unexpected status ${f.unexpectedStatus}`,
  );
}

/** The action plan's page and saves on one server (after the public routes: saves renew no kept page). */
async function benchPlanOn(opts: BenchOptions, s: ServerUnderTest, dbFile: string, slug: string, results: BenchResults): Promise<void> {
  log(`N=${s.n}: /authorities/${slug}/actions signed in, then saves of its actions`);
  try {
    const plan = await benchPlan(s.server.baseUrl, dbFile, slug, {
      connections: Math.min(4, opts.load.connections),
      seconds: opts.load.durationSeconds,
      pid: s.server.pid,
    });
    (results.plans ??= []).push({ n: s.n, ...plan });
    log(
      `  page ${plan.page.requestsPerSecond.toFixed(1)} req/s, p99 ${plan.page.p99} ms; saves ${plan.saves.savesPerSecond.toFixed(1)}/s, p99 ${plan.saves.p99} ms, ${plan.saves.failed} not saved`,
    );
  } catch (error) {
    log(`  FAILED: ${(error as Error).message}`);
    results.notes.push(`N=${s.n}: the action plan bench failed: ${(error as Error).message}`);
  }
}

/**
 * HTTP at every N. One server per database, all running at once, and
 * each route measured on each server in turn (N=150, N=1,500, then the next
 * route), so that load from elsewhere on the machine falls on both sizes alike.
 */
async function benchHttp(opts: BenchOptions, dbFiles: string[], results: BenchResults): Promise<void> {
  const corpus = generateCorpus(2, opts.seed); // the first two authorities are the same at every N
  const allRoutes = (n: number) => mainRoutes(corpus[0], corpus[1], authorityNames(n, opts.seed).map(slugify));
  const routes = allRoutes(opts.sizes[0]).filter((r) => !opts.routes || opts.routes.includes(r.name));
  const servers: ServerUnderTest[] = [];
  try {
    for (const [i, n] of opts.sizes.entries()) {
      const port = opts.port + 2 + i;
      log(`N=${n}: starting the server on port ${port} (${opts.distDir}, ${path.relative(ROOT, dbFiles[i])})`);
      const server = await startServer({
        distDir: opts.distDir,
        port,
        databaseFile: dbFiles[i],
        logFile: path.join(BENCH_TMP, `next-${opts.kind}-${n}.log`),
        nodeArgs: opts.serverNodeArgs,
        env: productionEnv(),
      });
      servers.push({ n, server, rss: sampleRss(server.pid, 100), figures: [] });
    }
    // The not-found page of an unknown path: layout, proxy and React, but no database.
    const minimalSpec: RouteSpec = {
      name: "next-minimal",
      path: "/bench-no-such-page",
      kind: "next-minimal",
      expectStatus: 404,
      expectText: "Page not found",
    };
    for (const spec of [minimalSpec, ...routes]) {
      for (const s of servers) await benchRoute(opts, s, spec.paths ? allRoutes(s.n).find((x) => x.name === spec.name)! : spec, results);
    }
    for (const [i, s] of servers.entries()) await benchPlanOn(opts, s, dbFiles[i], corpus[0].slug, results);
  } finally {
    for (const s of servers) {
      const stats = await s.rss.stop();
      await s.server.stop();
      results.http.push({
        n: s.n,
        connections: opts.load.connections,
        durationSeconds: opts.load.durationSeconds,
        routes: s.figures,
        peakRssMb: stats.peakBytes / 2 ** 20,
        rssAtStartMb: stats.firstBytes / 2 ** 20,
        rssSamples: stats.samples,
        processes: stats.processes,
      });
    }
  }
}

export async function runBench(opts: BenchOptions): Promise<{ results: BenchResults; failed: boolean }> {
  fs.mkdirSync(BENCH_TMP, { recursive: true });
  fs.mkdirSync(opts.outDir, { recursive: true });
  const cpus = os.cpus();
  const results: BenchResults = {
    kind: opts.kind,
    startedAt: new Date().toISOString(),
    finishedAt: "",
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "?",
      memoryGb: os.totalmem() / 2 ** 30,
      node: process.version,
      loadBefore: os.loadavg(),
      loadAfter: [],
    },
    git: { commit: git(["rev-parse", "HEAD"]), dirty: git(["status", "--porcelain"]) !== "" },
    seed: opts.seed,
    sizes: opts.sizes,
    parse: undefined as never,
    imports: [],
    http: [],
    clientJs: null,
    growth: [],
    targets: [],
    notes: [],
  };
  results.notes.push(
    `The server (scripts/server.mjs) ran with ${opts.serverNodeArgs.length ? `node ${opts.serverNodeArgs.join(" ")}` : "no node options"} and ${Object.entries(
      productionEnv(),
    )
      .map(([name, value]) => `${name}=${value}`)
      .join(
        " ",
      )}${opts.serverNodeArgs === PRODUCTION_NODE_OPTIONS && Object.keys(PRODUCTION_ENV).every((name) => !process.env[name]) ? ", as npm run up runs it" : ""}; page cache ${process.env.PAGE_CACHE_MB ?? "64"} MB.`,
    `Every request asked for Accept-Encoding: ${opts.load.acceptEncoding}${opts.load.acceptEncoding === BROWSER_ACCEPT_ENCODING ? " (what Chromium sends)" : ""}; "sent KB" is the body as sent.`,
  );
  if (results.machine.loadBefore[0] > results.machine.cpus * 0.5) {
    results.notes.push(
      `The machine was busy when the run started (load average ${results.machine.loadBefore[0].toFixed(2)} on ${results.machine.cpus} cores): figures are lower than on an idle machine.`,
    );
  }
  let failed = false;

  const distDir = path.resolve(ROOT, opts.distDir);
  if (opts.build) await build(opts.distDir);
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(
      `no Next build in ${opts.distDir} (no BUILD_ID): run \`NEXT_DIST_DIR=${opts.distDir} npx next build\` first, or set NEXT_DIST_DIR to an existing build directory`,
    );
  }

  log("parse throughput on the real reports");
  results.parse = benchParse(opts.parse);
  const syn = parseOnce(generateCorpus(opts.sizes[0], opts.seed).map((r) => r.text));
  results.parse.synthetic = {
    reports: syn.reports,
    bytes: syn.bytes,
    mbPerSecond: syn.bytes / syn.seconds / 1e6,
    reportsPerSecond: syn.reports / syn.seconds,
  };
  log(`parse: ${results.parse.mbPerSecond.toFixed(1)} MB/s, ${results.parse.reportsPerSecond.toFixed(0)} reports/s`);
  results.parse.assess = benchAssess(opts.kind === "smoke" ? 3 : 9);
  log(`assess and theme: ${results.parse.assess.msPerReport.toFixed(1)} ms per seed report`);
  results.parse.pdf = await benchPdfParse(opts.kind === "smoke" ? 2 : Infinity);
  log(`pdf: ${results.parse.pdf.pagesPerSecond.toFixed(1)} pages/s, ${results.parse.pdf.mbPerSecond.toFixed(2)} MB/s`);

  results.clientJs = analyzeClientJs(distDir);

  const dbFiles: string[] = [];
  for (const n of opts.sizes) {
    const dbFile = assertBenchFile(path.join(BENCH_TMP, `${opts.kind === "smoke" ? "smoke" : "bench"}-${n}.db`));
    if (opts.reuseDb && fs.existsSync(dbFile) && tableCounts(dbFile).Report === n) {
      log(`import: reusing ${path.relative(ROOT, dbFile)}`);
      dbFiles.push(dbFile);
      continue;
    }
    log(`import: N=${n} into ${path.relative(ROOT, dbFile)}`);
    const imp = await benchImport(n, opts.seed, dbFile);
    results.imports.push(imp);
    dbFiles.push(dbFile);
    log(`import: N=${n} in ${imp.seconds.toFixed(2)} s (${imp.reportsPerSecond.toFixed(1)} reports/s)`);
  }

  await benchHttp(opts, dbFiles, results);
  for (const h of results.http) for (const r of h.routes) if (r.errors > 0 || r.unexpectedStatus > 0) failed = true;
  for (const p of results.plans ?? []) if (p.page.errors > 0 || p.saves.failed > 0) failed = true;
  if (results.notes.some((note) => note.includes("action plan bench failed"))) failed = true;

  if (results.http.length > 1) {
    const [small, large] = [results.http[0], results.http.at(-1)!];
    for (const r of large.routes.filter((x) => x.kind === "route")) {
      const s = small.routes.find((x) => x.name === r.name);
      if (!s) continue;
      const measured = !r.failed && !s.failed;
      results.growth.push({
        route: r.path,
        costGrowth: measured ? r.cpuMsPerRequest / s.cpuMsPerRequest : NaN,
        throughputDrop: measured ? s.requestsPerSecond / r.requestsPerSecond : NaN,
        p50Growth: measured ? r.p50 / Math.max(1, s.p50) : NaN,
        p99Growth: measured ? r.p99 / Math.max(1, s.p99) : NaN,
        htmlGrowth: measured ? r.htmlBytes / s.htmlBytes : NaN,
      });
    }
  }

  results.machine.loadAfter = os.loadavg();
  results.finishedAt = new Date().toISOString();
  results.targets = evaluateTargets(results);
  const md = markdown(results);
  fs.writeFileSync(path.join(opts.outDir, opts.kind === "smoke" ? "results.json" : "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(opts.outDir, opts.kind === "smoke" ? "results.md" : "latest.md"), md);
  console.log(`\n${md}`);
  log(`written to ${path.relative(ROOT, opts.outDir)}/`);
  return { results, failed };
}
