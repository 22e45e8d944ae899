/**
 * Two builds side by side on one database: each route loaded on one server,
 * then the other, in turns, so that both see the same machine (a shared one
 * drifts by a third or more within minutes). For comparing a change with what
 * it replaces; docs/performance.md has the figures.
 *
 *   npx tsx bench/ab.ts --a=DIR --b=DIR [--db=bench/tmp/bench-1500.db] [--rounds=2] [--duration=10] [--connections=16]
 *                       [--routes=/,/api/authorities] [--floor] [--no-304]
 *
 * DIR is a checkout with its own build (`.next`) and node_modules; each runs its
 * own scripts/server.mjs as `npm run up` does. Ports BENCH_PORT+30 to +32
 * (default 3430–3432). `--floor` loads, in each round, the route's floor too
 * (bench/floor.ts: its own bytes and headers as a sent them, from a bare Node
 * server), so that "vs floor" is measured in the same turns; the summary gives
 * each contender's median over the rounds.
 */
import path from "node:path";
import autocannon from "autocannon";
import type { RunningServer } from "./server";

// lib/db.ts opens DATABASE_URL when first imported (through ./run): never the app's own file.
process.env.DATABASE_URL = path.join(import.meta.dirname, "tmp", "unused.db");

const { startFloor } = await import("./floor");
const { BROWSER_ACCEPT_ENCODING, probe } = await import("./http-bench");
const { BENCH_TMP } = await import("./import-bench");
const { PRODUCTION_ENV, PRODUCTION_NODE_OPTIONS } = await import("./run");
const { cpuMs, startServer } = await import("./server");

const arg = (name: string, fallback?: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dirs = { a: path.resolve(arg("a", ".")!), b: path.resolve(arg("b", ".")!) };
const db = path.resolve(arg("db", "bench/tmp/bench-1500.db")!);
const rounds = Number(arg("rounds", "2"));
const duration = Number(arg("duration", "10"));
const connections = Number(arg("connections", "16"));
const port = Number(process.env.BENCH_PORT || 3400) + 30;
const withFloor = process.argv.includes("--floor");
const repeatVisits = !process.argv.includes("--no-304");
const DEFAULT_ROUTES = [
  "/",
  "/authorities/synthetic-market-wellmouth",
  "/compare?a=synthetic-market-wellmouth&b=synthetic-market-clayley",
  "/recommendations?deadline=3",
  "/api/recommendations?q=designated",
  "/api/authorities",
  "/search?q=%22designated%20doctor%22",
];
const ROUTES = arg("routes")?.split(",") ?? DEFAULT_ROUTES;

const servers = await Promise.all(
  (["a", "b"] as const).map((name, i) =>
    startServer({
      root: dirs[name],
      distDir: ".next",
      databaseFile: db,
      port: port + i,
      logFile: path.join("/tmp", `ab-${name}.log`),
      nodeArgs: PRODUCTION_NODE_OPTIONS,
      env: PRODUCTION_ENV,
    }),
  ),
);

const headers = { "accept-encoding": BROWSER_ACCEPT_ENCODING };
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
const summary: string[] = [
  `| route | a req/s | b req/s | b / a | a CPU ms/req | b CPU ms/req |${withFloor ? " floor req/s | a vs floor | b vs floor |" : ""}`,
  `| --- | --- | --- | --- | --- | --- |${withFloor ? " --- | --- | --- |" : ""}`,
];
const rows: string[] = [
  "| route | server | round | req/s | p50 ms | p99 ms | CPU ms/req | bytes on the wire per response |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
];
try {
  for (const route of ROUTES) {
    for (const s of servers) {
      await probe(s.baseUrl + route, BROWSER_ACCEPT_ENCODING);
      await autocannon({ url: s.baseUrl + route, headers, connections: 4, duration: 3 });
    }
    let floor: RunningServer | undefined;
    if (withFloor) {
      const answer = await probe(servers[0].baseUrl + route, BROWSER_ACCEPT_ENCODING);
      floor = await startFloor({
        port: port + 2,
        answers: new Map([[route, { status: answer.status, headers: answer.headers, body: answer.sent }]]),
        dir: path.join(BENCH_TMP, "floor-ab"),
      });
      await autocannon({ url: floor.baseUrl + route, headers, connections: 4, duration: 3 });
    }
    const contenders = [...servers.map((s, i) => ({ name: i === 0 ? "a" : "b", s })), ...(floor ? [{ name: "floor", s: floor }] : [])];
    const rps: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    try {
      for (let round = 1; round <= rounds; round++) {
        for (const { name, s } of contenders) {
          const before = cpuMs(s.pid);
          const r = await autocannon({ url: s.baseUrl + route, headers, connections, duration, timeout: 10 });
          const perSecond = r.requests.total / r.duration;
          const cpuPerRequest = (cpuMs(s.pid) - before) / r.requests.total;
          (rps[name] ??= []).push(perSecond);
          (cpu[name] ??= []).push(cpuPerRequest);
          const row = `| \`${route}\` | ${name} | ${round} | ${perSecond.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${cpuPerRequest.toFixed(3)} | ${Math.round(r.throughput.total / r.requests.total)} |`;
          console.log(row);
          rows.push(row);
        }
      }
    } finally {
      await floor?.stop();
    }
    const [a, b, f] = [median(rps.a), median(rps.b), median(rps.floor ?? [])];
    summary.push(
      `| \`${route}\` | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(2)} | ${median(cpu.a).toFixed(3)} | ${median(cpu.b).toFixed(3)} |${withFloor ? ` ${f.toFixed(0)} | ${((100 * a) / f).toFixed(0)} % | ${((100 * b) / f).toFixed(0)} % |` : ""}`,
    );
    if (!repeatVisits) continue;
    // A repeat visit where the server offers a validator.
    for (const [i, s] of servers.entries()) {
      const first = await probe(s.baseUrl + route, BROWSER_ACCEPT_ENCODING);
      if (!first.etag) continue;
      const before = cpuMs(s.pid);
      const r = await autocannon({
        url: s.baseUrl + route,
        headers: { ...headers, "if-none-match": first.etag },
        connections,
        duration,
        timeout: 10,
      });
      const row = `| \`${route}\` (304) | ${i === 0 ? "a" : "b"} | – | ${(r.requests.total / r.duration).toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${((cpuMs(s.pid) - before) / r.requests.total).toFixed(3)} | ${Math.round(r.throughput.total / r.requests.total)} (${r.statusCodeStats["304"]?.count ?? 0} × 304) |`;
      console.log(row);
      rows.push(row);
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
console.log(
  `\na = ${dirs.a}\nb = ${dirs.b}\ndatabase ${db}, ${rounds} rounds of ${duration} s at ${connections} connections\n\n${rows.join("\n")}\n\nMedians over the rounds:\n\n${summary.join("\n")}`,
);
