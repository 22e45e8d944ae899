/**
 * Lighthouse, mobile (its default: a Moto G Power's screen, simulated slow 4G and a 4× slower CPU), on
 * every public page of a production server (`npm run lighthouse`). Prints one line per page: the four
 * categories, total blocking time, the main thread's work and whether the back/forward cache kept the
 * page; saves the figures to bench/results/lighthouse-LABEL.json and each run's full report to
 * bench/tmp/lighthouse/.
 *
 *   npx next build && npm run seed
 *   npm run lighthouse -- --start [--port 3700] [--db data/app.db] [--runs 3] [--label quiet]
 *   npm run lighthouse -- --url http://127.0.0.1:3700 [--only compare,authority] [--parallel 3]
 *
 * Lighthouse is run with npx at a pinned version (as scripts/check-bfcache.sh does), so it is no
 * dependency of the app or of `npm test`; CHROME_PATH is Debian's Chromium unless set. Simulated
 * throttling scales what the machine took: on a busy machine every figure is worse, so compare two
 * builds in the same minute, or measure on a quiet machine.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { startServer } from "./server";
import { type TraceCpu, traceCpu } from "./trace-cpu";

const ROOT = path.join(import.meta.dirname, "..");
const LIGHTHOUSE = "lighthouse@13.5.0";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update";

const LIGHTHOUSE_PAGES = [
  { name: "home", path: "/" },
  { name: "authority", path: "/authorities/barnet" },
  { name: "compare", path: "/compare?a=barnet&b=dudley" },
  { name: "recommendations", path: "/recommendations" },
  { name: "themes", path: "/themes" },
  { name: "theme", path: "/themes/consent" },
  { name: "search", path: "/search?q=CAMHS" },
  { name: "map", path: "/map" },
  { name: "about", path: "/about" },
  { name: "import", path: "/import" },
  { name: "sign-in", path: "/sign-in" },
] as const;

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[] };
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runWarnings?: string[];
}

interface PageFigures {
  name: string;
  path: string;
  /** Category scores out of 100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  speedIndexMs: number;
  cls: number;
  /** Main-thread work by kind (Lighthouse's groups: Script Evaluation, Style & Layout, …), ms before throttling is simulated. */
  mainThread: Record<string, number>;
  /** The longest main-thread tasks, ms. */
  longTasks: number[];
  domElements: number | null;
  bfcache: { pass: boolean; reasons: string[] };
  /** Audits of accessibility, best practices and SEO that did not pass, by id. */
  failing: string[];
  /** The main thread in CPU time, unaffected by other work on the machine (bench/trace-cpu.ts). */
  cpu: TraceCpu | null;
  /** Every run's performance score, TBT and TBT from CPU time, the median run's first. */
  runs: { performance: number; tbtMs: number; cpuBlockingMs: number | null }[];
}

const score = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const value = (lhr: Lhr, audit: string) => Math.round(lhr.audits[audit]?.numericValue ?? NaN);
const items = (lhr: Lhr, audit: string) => lhr.audits[audit]?.details?.items ?? [];

function failingAudits(lhr: Lhr): string[] {
  const ids = new Set<string>();
  // Performance's diagnostics fail on every page of a busy machine: the figures above say more.
  for (const category of ["accessibility", "best-practices", "seo"]) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit && audit.score !== null && audit.score < 1) ids.add(ref.id);
    }
  }
  return [...ids].sort();
}

/** The figures of one run's report. */
function pageFigures(name: string, pagePath: string, lhr: Lhr, cpu: TraceCpu | null): PageFigures {
  const bfcache = lhr.audits["bf-cache"];
  const dom = lhr.audits["dom-size"] ?? lhr.audits["dom-size-insight"];
  return {
    name,
    path: pagePath,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    bestPractices: score(lhr, "best-practices"),
    seo: score(lhr, "seo"),
    tbtMs: value(lhr, "total-blocking-time"),
    fcpMs: value(lhr, "first-contentful-paint"),
    lcpMs: value(lhr, "largest-contentful-paint"),
    speedIndexMs: value(lhr, "speed-index"),
    cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN) * 1000) / 1000,
    mainThread: Object.fromEntries(
      items(lhr, "mainthread-work-breakdown").map((i) => [String(i.groupLabel ?? i.group), Math.round(Number(i.duration))]),
    ),
    longTasks: items(lhr, "long-tasks")
      .map((i) => Math.round(Number(i.duration)))
      .slice(0, 5),
    domElements: dom?.numericValue ?? null,
    bfcache: { pass: bfcache?.score === 1, reasons: (bfcache?.details?.items ?? []).map((i) => String(i.reason)) },
    failing: failingAudits(lhr),
    cpu,
    runs: [],
  };
}

const run = promisify(execFile);

/**
 * One Lighthouse run on one URL, tried up to three times (on a busy machine Chrome's trace now and
 * then misses the navigation: NO_NAVSTART); the report and its trace are kept under bench/tmp/lighthouse/.
 */
async function lighthouse(url: string, reportFile: string): Promise<{ lhr: Lhr; cpu: TraceCpu | null }> {
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  const args = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--output=json",
    `--output-path=${reportFile}`,
    "--save-assets",
    "--quiet",
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" };
  for (let attempt = 1; ; attempt++) {
    try {
      await run("npx", args, { cwd: ROOT, env, maxBuffer: 64 << 20 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`lighthouse: ${url}: ${String((error as { stderr?: string }).stderr ?? error).trim()}; trying again`);
    }
  }
  const trace = reportFile.replace(/\.json$/, "-0.trace.json");
  const events = fs.existsSync(trace) ? (JSON.parse(fs.readFileSync(trace, "utf8")) as { traceEvents: [] }).traceEvents : [];
  return { lhr: JSON.parse(fs.readFileSync(reportFile, "utf8")) as Lhr, cpu: traceCpu(events) };
}

/** Runs each page `runs` times and keeps the median run by performance score (ties by TBT), as Lighthouse advises. */
async function measurePage(baseUrl: string, page: { name: string; path: string }, runs: number, label: string): Promise<PageFigures> {
  const figures: PageFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const file = path.join(ROOT, "bench", "tmp", "lighthouse", `${label}-${page.name}-${i + 1}.json`);
    const { lhr, cpu } = await lighthouse(`${baseUrl}${page.path}`, file);
    figures.push(pageFigures(page.name, page.path, lhr, cpu));
  }
  const byScore = [...figures].sort((x, y) => y.performance - x.performance || x.tbtMs - y.tbtMs);
  const median = byScore[Math.floor((byScore.length - 1) / 2)];
  return {
    ...median,
    runs: [median, ...figures.filter((f) => f !== median)].map((f) => ({
      performance: f.performance,
      tbtMs: f.tbtMs,
      cpuBlockingMs: f.cpu?.blockingMs ?? null,
    })),
  };
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The table printed at the end: one line per page. */
function table(pages: PageFigures[]): string {
  const head = `${"page".padEnd(16)} perf  a11y  b-p   seo   TBT ms  FCP ms  LCP ms  script  style+layout  DOM   CPU ms  TBT from CPU  bfcache`;
  const lines = pages.map((p) =>
    [
      p.name.padEnd(16),
      pad(p.performance, 4),
      pad(p.accessibility, 5),
      pad(p.bestPractices, 5),
      pad(p.seo, 5),
      pad(p.tbtMs, 8),
      pad(p.fcpMs, 7),
      pad(p.lcpMs, 7),
      pad(p.mainThread["Script Evaluation"] ?? 0, 7),
      pad(p.mainThread["Style & Layout"] ?? 0, 13),
      pad(p.domElements ?? "?", 5),
      pad(p.cpu?.cpuMs ?? "?", 7),
      pad(p.cpu?.blockingMs ?? "?", 13),
      `  ${p.bfcache.pass ? "pass" : `FAIL ${p.bfcache.reasons.join("; ")}`}`,
      p.failing.length ? `  not passing: ${p.failing.join(", ")}` : "",
    ].join(" "),
  );
  return [head, ...lines].join("\n");
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

async function main() {
  const label = option("label") ?? new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-");
  const runs = Number(option("runs") ?? 1);
  const only = option("only")?.split(",");
  const pages = LIGHTHOUSE_PAGES.filter((p) => !only || only.includes(p.name));
  const port = Number(option("port") ?? 3700);
  const server = process.argv.includes("--start")
    ? await startServer({
        distDir: option("dist") ?? ".next",
        port,
        databaseFile: option("db") ?? "data/app.db",
        logFile: path.join(ROOT, "bench", "tmp", "lighthouse", "server.log"),
      })
    : null;
  const baseUrl = server?.baseUrl ?? option("url") ?? `http://127.0.0.1:${port}`;
  const out = path.join(ROOT, "bench", "results", `lighthouse-${label}.json`);
  const loadAverage = () => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  // Saved after every page, so that a run cut short keeps what it measured.
  const save = () =>
    fs.writeFileSync(
      out,
      `${JSON.stringify({ label, lighthouse: LIGHTHOUSE, baseUrl, runs, loadAverage: loadAverage(), pages: results }, null, 2)}\n`,
    );
  // --parallel N: N pages at once. Only the figures from CPU time stay comparable then.
  const parallel = Math.max(1, Number(option("parallel") ?? 1));
  const queue = [...pages];
  const results: PageFigures[] = [];
  const worker = async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      const figures = await measurePage(baseUrl, page, runs, label);
      console.log(table([figures]).split("\n")[1]);
      results.push(figures);
      save();
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    await server?.stop();
  }
  results.sort((a, b) => pages.findIndex((p) => p.name === a.name) - pages.findIndex((p) => p.name === b.name));
  save();
  console.log(`\n${table(results)}\n\nload average at the end: ${loadAverage()}; saved ${path.relative(ROOT, out)}`);
  if (results.some((p) => !p.bfcache.pass)) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
