/**
 * One import of the synthetic corpus into a fresh database, measured by CPU
 * time as well as wall time: on this shared machine wall time drifts by a
 * third within minutes, CPU time far less. Prints one JSON line.
 *
 *   npx tsx bench/import-cpu.ts [--n=1500] [--seed=S] [--root=DIR] [--per-transaction=K] [--dump] [--corpus-only]
 *
 * --root runs another checkout's import code (say an export of the commit
 * before a change, with node_modules and lib/generated beside it) on the same
 * corpus files, so old and new can be run in turns within the same minutes
 * (--dump adds a fingerprint of every table, to check that both store the same rows):
 *
 *   for i in 1 2 3; do npx tsx bench/import-cpu.ts --root=/tmp/base; npx tsx bench/import-cpu.ts; done
 *
 * Profile it with `node --cpu-prof --cpu-prof-dir=bench/tmp --import tsx bench/import-cpu.ts`
 * and summarise with bench/cpuprofile-summary.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_SEED, generateCorpus, writeCorpus } from "../lib/testing/synthetic-corpus";
import { dumpDigests } from "../lib/testing/table-dump";
import { BENCH_TMP, removeDatabase, tableCounts } from "./import-bench";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string]));
const n = Number(args.n ?? 1500);
const seed = Number(args.seed ?? DEFAULT_SEED);
const root = path.resolve(args.root ?? path.join(import.meta.dirname, ".."));
const perTransaction = args["per-transaction"] ? Number(args["per-transaction"]) : undefined;

const corpusDir = path.join(BENCH_TMP, `corpus-${n}-${seed}`);
const files = fs.existsSync(path.join(corpusDir, "done"))
  ? fs
      .readdirSync(corpusDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => path.join(corpusDir, f))
  : writeCorpus(corpusDir, generateCorpus(n, seed));
// Written once: run the first measurement alone, then any number side by side.
fs.writeFileSync(path.join(corpusDir, "done"), "");
if ("corpus-only" in args) process.exit(0);

const load = <T>(module: string): Promise<T> => import(pathToFileURL(path.join(root, module)).href) as Promise<T>;
const { applyMigrations } = await load<typeof import("../lib/testing/test-db")>("lib/testing/test-db.ts");
const { createDb } = await load<typeof import("../lib/db")>("lib/db.ts");
const { importFiles } = await load<typeof import("../lib/import/import-files")>("lib/import/import-files.ts");

const dbFile = path.join(BENCH_TMP, `import-cpu-${process.pid}.db`);
removeDatabase(dbFile);
applyMigrations(dbFile);
const db = createDb(dbFile);
await db.authority.count(); // open the connection outside the measured part

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
const results = await importFiles(db, files, perTransaction);
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpu);
await db.$disconnect();

// Before the dump, which holds every table in memory.
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const failed = results.filter((r) => !r.ok).length;
const rows = tableCounts(dbFile);
const tables = "dump" in args ? dumpDigests(dbFile) : undefined;
removeDatabase(dbFile);
console.log(
  JSON.stringify({
    root,
    n: files.length,
    failed,
    wallSeconds: +wall.toFixed(2),
    cpuSeconds: +((used.user + used.system) / 1e6).toFixed(2),
    userSeconds: +(used.user / 1e6).toFixed(2),
    systemSeconds: +(used.system / 1e6).toFixed(2),
    peakRssMB,
    load1: +(await import("node:os")).loadavg()[0].toFixed(1),
    perTransaction,
    rows,
    tables,
  }),
);
