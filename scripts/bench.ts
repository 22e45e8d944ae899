/**
 * npm run bench          full benchmark: builds .next-bench, N = 150 and 1,500 (see docs/performance.md)
 * npm run bench:smoke    quick check on an existing build (NEXT_DIST_DIR, default .next): N = 20, 2 s per route
 *
 * Options: --no-build (reuse the existing build), --reuse-db (keep bench/tmp/bench-N.db if it holds N reports), --sizes=150,1500, --duration=10,
 * --connections=16, --routes=home,authority, --server-node-options=--max-old-space-size=256 (for the server),
 * --accept-encoding=identity (what every request asks for; a browser's "gzip, deflate, br, zstd" by default),
 * --out=DIR (where to write the results). Ports BENCH_PORT to BENCH_PORT+3: default 3400–3403 (smoke 3410–3412).
 * Exit 1 when something errors (a failed import, a route answering errors); missed targets do not fail it.
 */
import path from "node:path";

// Synthetic data goes only to bench/tmp/: the app's one client (lib/db.ts) opens DATABASE_URL when
// first imported, so point it there before anything imports it.
process.env.DATABASE_URL = path.join(import.meta.dirname, "..", "bench", "tmp", "unused.db");

const { fullOptions, runBench, smokeOptions } = await import("../bench/run");

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const opts = args.includes("--smoke") ? smokeOptions() : fullOptions();
if (args.includes("--no-build")) opts.build = false;
if (args.includes("--reuse-db")) opts.reuseDb = true;
if (flag("sizes")) opts.sizes = flag("sizes")!.split(",").map(Number);
if (flag("duration")) opts.load.durationSeconds = Number(flag("duration"));
if (flag("connections")) opts.load.connections = Number(flag("connections"));
if (flag("routes")) opts.routes = flag("routes")!.split(",");
if (flag("accept-encoding") !== undefined) opts.load.acceptEncoding = flag("accept-encoding")!;
if (flag("server-node-options") !== undefined) opts.serverNodeArgs = flag("server-node-options")!.split(" ").filter(Boolean);
if (flag("out")) opts.outDir = path.resolve(flag("out")!);

try {
  const { failed } = await runBench(opts);
  if (failed) {
    console.error("bench: some requests failed (see the errors and unexpected status columns)");
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`bench: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
}
