/**
 * CPU profile of the production server under load on one route, summarised by origin
 * (React, Next, Prisma, SQLite, the app) and by function.
 *
 *   npx tsx bench/profile.ts --path=/ [--n=1500] [--seconds=10] [--connections=16] [--dist=.next-bench] [--port=3420] [--accept-encoding=identity]
 *   npx tsx bench/profile.ts --each-authority [--n=1500]   (every authority's page in turn)
 *
 * Uses bench/tmp/bench-N.db (made by npm run bench); writes the profile to
 * bench/tmp/profiles/ and prints the summary.
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { slugify } from "../lib/report/slug";
import { authorityNames } from "../lib/testing/synthetic-corpus";
import { BROWSER_ACCEPT_ENCODING } from "./http-bench";
import { summarize } from "./cpuprofile-summary";
import { BENCH_TMP } from "./import-bench";
import { startServer } from "./server";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const eachAuthority = args.includes("--each-authority");
const route = eachAuthority ? "/authorities/(each in turn)" : flag("path", "/");
const n = Number(flag("n", "1500"));
const seconds = Number(flag("seconds", "10"));
const connections = Number(flag("connections", "16"));
const distDir = flag("dist", process.env.BENCH_DIST_DIR || ".next-bench");
const port = Number(flag("port", "3420"));
const headers = { "accept-encoding": flag("accept-encoding", BROWSER_ACCEPT_ENCODING) };

const dbFile = path.join(BENCH_TMP, `bench-${n}.db`);
if (!fs.existsSync(dbFile)) throw new Error(`${dbFile} is missing: run npm run bench (or --sizes=${n}) first`);
const dir = path.join(BENCH_TMP, "profiles");
fs.mkdirSync(dir, { recursive: true });
const before = new Set(fs.readdirSync(dir));

const server = await startServer({
  distDir,
  port,
  databaseFile: dbFile,
  logFile: path.join(BENCH_TMP, "next-profile.log"),
  nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
});
let result;
try {
  const paths = eachAuthority ? authorityNames(n).map((name) => `/authorities/${slugify(name)}`) : null;
  let next = 0;
  const requests = paths
    ? [{ method: "GET", setupRequest: (req: { path: string }) => ({ ...req, path: paths[next++ % paths.length] }) }]
    : undefined;
  const url = server.baseUrl + (paths ? paths[0] : route);
  await autocannon({ url, headers, requests, connections: 4, duration: 3 });
  result = await autocannon({ url, headers, requests, connections, duration: seconds });
} finally {
  await server.stop();
}
await new Promise((r) => setTimeout(r, 500));
const written = fs.readdirSync(dir).filter((f) => !before.has(f) && f.endsWith(".cpuprofile"));
console.log(
  `${route} at N=${n}: ${(result.requests.total / result.duration).toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
);
for (const f of written) {
  const file = path.join(dir, f);
  console.log(`\n${path.relative(process.cwd(), file)} (includes start-up and the 3 s warm-up)`);
  console.log(summarize(JSON.parse(fs.readFileSync(file, "utf8")), 30));
}
if (written.length === 0) console.log("no profile written: the server did not exit cleanly");
