/**
 * npm run load-test — holds LOAD_CONNECTIONS (64) connections across the main
 * routes for LOAD_SECONDS (60) against the production server on a synthetic database,
 * while another process keeps importing reports into that same database.
 * LOAD_PROCESSES=2 runs two server processes on the database, each given half
 * the connections, as behind nginx's upstream of two (deploy/nginx.conf).
 * Prints throughput, latency, errors, the imports done and the servers' memory
 * over time, and exits 1 on any error or unexpected status.
 *
 * LOAD_NODE_OPTIONS replaces the production node options (experiments).
 *
 * Loopback only, bounded in time. Needs a build (`npx next build`; NEXT_DIST_DIR
 * to use another build directory). Synthetic data stays in bench/tmp/.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { generateCorpus, writeCorpus } from "../lib/testing/synthetic-corpus";
import { BROWSER_ACCEPT_ENCODING } from "../bench/http-bench";
import { BENCH_TMP, removeDatabase } from "../bench/import-bench";
import { PRODUCTION_ENV, PRODUCTION_NODE_OPTIONS } from "../bench/run";
import { descendants, startServer } from "../bench/server";
import { createDb } from "../lib/db";
import { importFiles } from "../lib/import/import-files";
import { applyMigrations } from "../lib/testing/test-db";

const ROOT = path.join(import.meta.dirname, "..");
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 64);
const size = Number(process.env.LOAD_N ?? 150);
const port = Number(process.env.LOAD_PORT ?? 3480);
const processes = Number(process.env.LOAD_PROCESSES ?? 1);
const distDir = process.env.NEXT_DIST_DIR || ".next";
// The deployed server's node options unless an experiment names others.
const nodeArgs = process.env.LOAD_NODE_OPTIONS?.split(" ").filter(Boolean) ?? PRODUCTION_NODE_OPTIONS;
const IMPORT_FILES_DURING_LOAD = 400;

function log(message: string) {
  console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Resident memory of a process and its descendants, in bytes. */
function rssOf(pid: number): number {
  let total = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

if (!fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
  console.error(`load-test: no build in ${distDir}: run \`npx next build\` first (NEXT_DIST_DIR=${distDir})`);
  process.exit(2);
}

const workDir = path.join(BENCH_TMP, "load");
const dbFile = path.join(workDir, "load.db");
fs.mkdirSync(workDir, { recursive: true });
removeDatabase(dbFile);

log(`generating ${size + IMPORT_FILES_DURING_LOAD} synthetic reports`);
const corpus = generateCorpus(size + IMPORT_FILES_DURING_LOAD);
const initial = writeCorpus(path.join(workDir, "initial"), corpus.slice(0, size));
const later = writeCorpus(path.join(workDir, "during-load"), corpus.slice(size));

log(`importing ${size} reports into ${path.relative(ROOT, dbFile)}`);
applyMigrations(dbFile);
const writer = createDb(dbFile);
const imported = await importFiles(writer, initial);
await writer.$disconnect();
if (imported.some((r) => !r.ok)) throw new Error("the initial import failed");

const [a, b] = corpus;
const routes = [
  "/",
  `/authorities/${a.slug}`,
  `/compare?a=${a.slug}&b=${b.slug}`,
  "/recommendations?deadline=3",
  "/api/recommendations?q=designated",
  "/search?q=%22designated%20doctor%22",
  `/api/authorities/${b.slug}`,
  "/api/health",
];

const servers: Awaited<ReturnType<typeof startServer>>[] = [];
// Each process as `npm run up` runs it (its heap limit and allocator settings): the memory figures are the deployed server's.
for (let i = 0; i < processes; i++)
  servers.push(
    await startServer({
      distDir,
      port: port + i,
      databaseFile: dbFile,
      logFile: path.join(workDir, `server-${i}.log`),
      nodeArgs,
      env: PRODUCTION_ENV,
    }),
  );
// Each sample: every process's resident memory, in bytes.
const rss: { t: number; bytes: number[] }[] = [];
const started = Date.now();
const sampler = setInterval(() => rss.push({ t: (Date.now() - started) / 1000, bytes: servers.map((s) => rssOf(s.pid)) }), 1000);

// Another process imports reports the whole time the load runs.
let importsDone = 0;
let importFailures = 0;
let loadRunning = true;
const importer = (async () => {
  for (let i = 0; loadRunning && i < later.length; i += 10) {
    const batch = later.slice(i, i + 10);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "import.ts"), ...batch], {
        env: { ...process.env, DATABASE_URL: dbFile },
        stdio: ["ignore", "ignore", "inherit"],
      });
      child.on("exit", (c) => resolve(c ?? 1));
    });
    if (code === 0) importsDone += batch.length;
    else importFailures++;
  }
})();

log(
  `${connections} connections for ${seconds} s across ${routes.length} routes on ${processes} process(es), while another process imports`,
);
const results = await Promise.all(
  servers.map((server) =>
    autocannon({
      url: server.baseUrl,
      headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING },
      connections: Math.max(1, Math.round(connections / processes)),
      duration: seconds,
      timeout: 10,
      requests: routes.map((p) => ({ method: "GET", path: p })),
    }),
  ),
);
loadRunning = false;
await importer;
clearInterval(sampler);
for (const server of servers) await server.stop();

const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + pick(r), 0);
const statuses = new Map<string, number>();
for (const r of results) for (const [code, s] of Object.entries(r.statusCodeStats)) statuses.set(code, (statuses.get(code) ?? 0) + s.count);
const responses = [...statuses.values()].reduce((n, c) => n + c, 0);
const ok = statuses.get("200") ?? 0;
const errors = sum((r) => r.errors);
// With two processes, the worse of their percentiles: a conservative figure for the whole.
const worst = (pick: (r: (typeof results)[number]) => number) => Math.max(...results.map(pick));
const total = (s: { bytes: number[] }) => s.bytes.reduce((a, b) => a + b, 0);
const third = Math.max(1, Math.floor(rss.length / 3));
const middle = average(rss.slice(third, 2 * third).map(total));
const last = average(rss.slice(-third).map(total));
const peak = Math.max(...rss.map(total));
const peakPerProcess = servers.map((_, i) => Math.max(...rss.map((s) => s.bytes[i])));
const growing = last > middle * 1.2;

console.log(`
Load test: ${connections} connections, ${seconds} s, ${processes} server process(es), ${size} reports at the start, routes: ${routes.join(" ")}
  requests          ${sum((r) => r.requests.total)} (${sum((r) => r.requests.total / r.duration).toFixed(0)}/s)
  latency           p50 ${worst((r) => r.latency.p50)} ms, p97.5 ${worst((r) => r.latency.p97_5)} ms, p99 ${worst((r) => r.latency.p99)} ms, max ${worst((r) => r.latency.max)} ms
  errors            ${errors} (timeouts ${sum((r) => r.timeouts)})
  statuses          ${[...statuses].map(([code, count]) => `${code}: ${count}`).join(", ")}
  imports meanwhile ${importsDone} reports imported by another process (${importFailures} failed batches)
  server memory     first ${mb(total(rss[0] ?? { bytes: [] }))}, middle third ${mb(middle)}, last third ${mb(last)}, peak ${mb(peak)} (per process: ${peakPerProcess.map(mb).join(", ")}): ${growing ? "STILL GROWING" : "steady"}
  memory timeline   ${rss
    .filter((_, i) => i % 5 === 0)
    .map((s) => `${s.t.toFixed(0)}s ${mb(total(s))}`)
    .join(", ")}
`);

const failed = errors > 0 || ok !== responses || importFailures > 0 || growing;
if (failed) console.error("load-test: FAILED (errors, unexpected statuses, failed imports or growing memory)");
process.exit(failed ? 1 : 0);
