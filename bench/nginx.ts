/**
 * The serving benchmark (issue #27, decision 0009): for each route, in one
 * run and on the same bytes, with wrk —
 *
 *   nginx static   nginx sending a file of the page's bytes (as the app sent them), with the app's headers;
 *   nginx cache    the page through deploy/nginx.conf (deploy/local-nginx.mjs) in front of two app processes;
 *   app            the app's document layer directly, one process;
 *   two apps       both app processes loaded at once, half the connections each;
 *   floor          a bare Node http server sending that route's own bytes with the same headers;
 *   304 app/nginx  a repeat visit: If-None-Match with the page's ETag.
 *
 *   npx tsx bench/nginx.ts [--n=150] [--seconds=5] [--connections=32] [--routes=home,authority,compare]
 *                          [--dist=.next] [--out=bench/results] [--name=serving-latest]
 *
 * Needs a build (NEXT_DIST_DIR or --dist, default .next), Debian's nginx and wrk. Uses
 * bench/tmp/bench-N.db, imported first when it does not hold N reports. Ports BENCH_PORT
 * (default 3420) to BENCH_PORT+3: nginx, the floor, two app processes. Writes
 * OUT/NAME.{json,md}. About 3 minutes with the defaults (N = 150 imported first if missing: a few seconds more).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Synthetic data goes only to bench/tmp/: lib/db.ts opens DATABASE_URL when first imported.
process.env.DATABASE_URL = path.join(import.meta.dirname, "tmp", "unused.db");

const { startNginx } = await import("../deploy/local-nginx.mjs");
const { slugify } = await import("../lib/report/slug");
const { DEFAULT_SEED, generateCorpus } = await import("../lib/testing/synthetic-corpus");
const { startFloor } = await import("./floor");
const { BROWSER_ACCEPT_ENCODING, probe } = await import("./http-bench");
const { assertBenchFile, BENCH_TMP, benchImport, tableCounts } = await import("./import-bench");
const { PRODUCTION_ENV, PRODUCTION_NODE_OPTIONS } = await import("./run");
const { startServer } = await import("./server");
const { nginxStaticLocations, servingMarkdown } = await import("./serving-report");
const { wrk } = await import("./wrk");

type Probe = Awaited<ReturnType<typeof probe>>;
type Figures = Awaited<ReturnType<typeof wrk>>;

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const opts = {
  n: Number(flag("n", "150")),
  seconds: Number(flag("seconds", "5")),
  connections: Number(flag("connections", "32")),
  routes: flag("routes", "home,authority,compare").split(","),
  distDir: flag("dist", process.env.NEXT_DIST_DIR || ".next"),
  outDir: path.resolve(flag("out", path.join(import.meta.dirname, "results"))),
  name: flag("name", "serving-latest"),
  port: Number(process.env.BENCH_PORT || 3420),
};
const headers = { "accept-encoding": BROWSER_ACCEPT_ENCODING };
const log = (message: string) => console.log(`[serving ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** The routes measured: pages of the synthetic corpus's first two authorities, the same at every N. */
function routes(): { name: string; path: string; expect: string }[] {
  const [a, b] = generateCorpus(2, DEFAULT_SEED);
  const all = [
    { name: "home", path: "/", expect: "<h1>Local authorities</h1>" },
    { name: "authority", path: `/authorities/${slugify(a.name)}`, expect: `<h1>${a.name}</h1>` },
    { name: "compare", path: `/compare?a=${slugify(a.name)}&b=${slugify(b.name)}`, expect: "compared" },
    { name: "api-authorities", path: "/api/authorities", expect: '"total":' },
  ];
  return all.filter((r) => opts.routes.includes(r.name));
}

async function database(): Promise<string> {
  const file = assertBenchFile(path.join(BENCH_TMP, `bench-${opts.n}.db`));
  if (fs.existsSync(file) && tableCounts(file).Report === opts.n) return file;
  log(`importing N=${opts.n} into ${path.relative(process.cwd(), file)}`);
  await benchImport(opts.n, DEFAULT_SEED, file);
  return file;
}

/** Both app processes loaded at once, half the connections each: their summed rate. */
async function twoApps(urls: string[], extra: Record<string, string> = {}): Promise<Figures> {
  const each = await Promise.all(
    urls.map((url) =>
      wrk(url, { connections: Math.max(1, opts.connections / 2), seconds: opts.seconds, headers: { ...headers, ...extra } }),
    ),
  );
  return {
    requestsPerSecond: each.reduce((sum, f) => sum + f.requestsPerSecond, 0),
    requests: each.reduce((sum, f) => sum + f.requests, 0),
    p50Ms: Math.max(...each.map((f) => f.p50Ms)),
    p99Ms: Math.max(...each.map((f) => f.p99Ms)),
    non2xx3xx: each.reduce((sum, f) => sum + f.non2xx3xx, 0),
    socketErrors: each.reduce((sum, f) => sum + f.socketErrors, 0),
  };
}

interface Servers {
  nginx: string;
  floor: string;
  apps: string[];
}

/** Every variant of one route, one after the other. */
async function measureRoute(route: { name: string; path: string }, answer: Probe, s: Servers): Promise<Record<string, Figures>> {
  const load = (url: string, extra: Record<string, string> = {}) =>
    wrk(url, { connections: opts.connections, seconds: opts.seconds, headers: { ...headers, ...extra } });
  const revalidate = { "if-none-match": answer.etag ?? '"none"' };
  const out: Record<string, Figures> = {};
  // A second of each first: Node's JIT, nginx's cache and open files warm.
  for (const url of [
    ...s.apps.map((base) => base + route.path),
    s.nginx + route.path,
    `${s.nginx}/__static/${route.name}`,
    s.floor + route.path,
  ])
    await wrk(url, { connections: 4, seconds: 1, headers });
  out["nginx static"] = await load(`${s.nginx}/__static/${route.name}`);
  out["nginx cache"] = await load(s.nginx + route.path);
  out.app = await load(s.apps[0] + route.path);
  out["two apps"] = await twoApps(s.apps.map((base) => base + route.path));
  out.floor = await load(s.floor + route.path);
  out["304 app"] = await load(s.apps[0] + route.path, revalidate);
  out["304 nginx"] = await load(s.nginx + route.path, revalidate);
  for (const [variant, f] of Object.entries(out)) {
    log(
      `  ${route.path} ${variant}: ${f.requestsPerSecond.toFixed(0)} req/s, p99 ${f.p99Ms.toFixed(1)} ms, errors ${f.socketErrors + f.non2xx3xx}`,
    );
  }
  return out;
}

/** Each route's answer from the app, checked and seen kept by the document layer (its Server-Timing). */
async function answers(app: string): Promise<Map<string, Probe>> {
  const out = new Map<string, Probe>();
  for (const route of routes()) {
    await probe(app + route.path, BROWSER_ACCEPT_ENCODING);
    const answer = await probe(app + route.path, BROWSER_ACCEPT_ENCODING);
    if (answer.status !== 200 || !answer.body.includes(route.expect))
      throw new Error(`${route.path} answered ${answer.status} without "${route.expect}"`);
    if (answer.headers["server-timing"] !== "kept")
      throw new Error(`${route.path} was not kept by the document layer: ${answer.headers["server-timing"]}`);
    out.set(route.path, answer);
  }
  return out;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();
  const dbFile = await database();
  const [nginxPort, floorPort, ...appPorts] = [0, 1, 2, 3].map((i) => opts.port + i);
  const apps: Awaited<ReturnType<typeof startServer>>[] = [];
  let nginx: ReturnType<typeof startNginx> | undefined;
  let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
  const results: Record<string, Record<string, Figures>> = {};
  try {
    for (const port of appPorts) {
      apps.push(
        await startServer({
          distDir: opts.distDir,
          port,
          databaseFile: dbFile,
          logFile: path.join(BENCH_TMP, `serving-app-${port}.log`),
          nodeArgs: PRODUCTION_NODE_OPTIONS,
          env: PRODUCTION_ENV,
        }),
      );
    }
    const byPath = await answers(apps[0].baseUrl);
    const staticDir = path.join(BENCH_TMP, "serving-static");
    fs.mkdirSync(staticDir, { recursive: true });
    const extraServer = nginxStaticLocations(
      routes().map((r) => ({ name: r.name, answer: byPath.get(r.path)! })),
      staticDir,
    );
    nginx = startNginx({ port: nginxPort, upstreamPorts: appPorts, extraServer });
    const answersToFloor = new Map([...byPath].map(([url, a]) => [url, { status: a.status, headers: a.headers, body: a.sent }]));
    floor = await startFloor({ port: floorPort, answers: answersToFloor, dir: path.join(BENCH_TMP, "serving-floor") });
    await new Promise((resolve) => setTimeout(resolve, 500)); // nginx up
    const servers = { nginx: nginx.url, floor: floor.baseUrl, apps: apps.map((a) => a.baseUrl) };
    for (const route of routes()) {
      log(`${route.path} (${byPath.get(route.path)!.sent.length} bytes as sent)`);
      results[route.path] = await measureRoute(route, byPath.get(route.path)!, servers);
    }
  } finally {
    await floor?.stop();
    nginx?.stop();
    for (const app of apps) await app.stop();
  }
  const run = {
    startedAt,
    finishedAt: new Date().toISOString(),
    loadBefore,
    loadAfter: os.loadavg(),
    cpus: os.cpus().length,
    opts,
    results,
  };
  fs.mkdirSync(opts.outDir, { recursive: true });
  fs.writeFileSync(path.join(opts.outDir, `${opts.name}.json`), `${JSON.stringify(run, null, 2)}\n`);
  const md = servingMarkdown(run);
  fs.writeFileSync(path.join(opts.outDir, `${opts.name}.md`), md);
  console.log(`\n${md}`);
}

await main();
