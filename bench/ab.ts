/**
 * Two builds side by side on one database: each route loaded on one server,
 * then the other, in turns, so that both see the same machine (a shared one
 * drifts by a third or more within minutes). For comparing a change with what
 * it replaces; docs/performance.md has the figures.
 *
 *   npx tsx bench/ab.ts --a=DIR --b=DIR [--db=bench/tmp/bench-1500.db] [--rounds=2] [--duration=10] [--connections=16]
 *
 * DIR is a checkout with its own build (`.next`) and node_modules; each runs its
 * own scripts/server.mjs as `npm run up` does. Ports BENCH_PORT+30 and +31
 * (default 3430, 3431).
 */
import path from "node:path";
import autocannon from "autocannon";
import { BROWSER_ACCEPT_ENCODING, probe } from "./http-bench";
import { cpuMs, startServer } from "./server";

const arg = (name: string, fallback?: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dirs = { a: path.resolve(arg("a", ".")!), b: path.resolve(arg("b", ".")!) };
const db = path.resolve(arg("db", "bench/tmp/bench-1500.db")!);
const rounds = Number(arg("rounds", "2"));
const duration = Number(arg("duration", "10"));
const connections = Number(arg("connections", "16"));
const port = Number(process.env.BENCH_PORT || 3400) + 30;
const ROUTES = [
  "/",
  "/authorities/synthetic-market-wellmouth",
  "/compare?a=synthetic-market-wellmouth&b=synthetic-market-clayley",
  "/recommendations?deadline=3",
  "/api/recommendations?q=designated",
  "/api/authorities",
  "/search?q=%22designated%20doctor%22",
];

const servers = await Promise.all(
  (["a", "b"] as const).map((name, i) =>
    startServer({
      root: dirs[name],
      distDir: ".next",
      databaseFile: db,
      port: port + i,
      logFile: path.join("/tmp", `ab-${name}.log`),
      nodeArgs: ["--max-old-space-size=192", "--max-semi-space-size=8"],
      env: { MALLOC_ARENA_MAX: "2" },
    }),
  ),
);

const headers = { "accept-encoding": BROWSER_ACCEPT_ENCODING };
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
    for (let round = 1; round <= rounds; round++) {
      for (const [i, s] of servers.entries()) {
        const before = cpuMs(s.pid);
        const r = await autocannon({ url: s.baseUrl + route, headers, connections, duration, timeout: 10 });
        const row = `| \`${route}\` | ${i === 0 ? "a" : "b"} | ${round} | ${(r.requests.total / r.duration).toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${((cpuMs(s.pid) - before) / r.requests.total).toFixed(3)} | ${Math.round(r.throughput.total / r.requests.total)} |`;
        console.log(row);
        rows.push(row);
      }
    }
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
console.log(`\na = ${dirs.a}\nb = ${dirs.b}\ndatabase ${db}\n\n${rows.join("\n")}`);
