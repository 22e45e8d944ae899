/**
 * The parser now against the parser at an earlier commit, side by side in one
 * process: the seed reports parsed by each in turn, round after round, so
 * that the load of a shared machine falls on both alike.
 *
 *   npx tsx bench/parse-ab.ts [--rev=ed433c1] [--rounds=21] [--iterations=60] [--warmup=200] [--corpus=N]
 *
 * `--corpus=N` parses the first N reports of the synthetic corpus (lib/testing/synthetic-corpus.ts)
 * instead of the seed reports, one pass over them per iteration.
 *
 * The earlier commit's lib/report/ is written to bench/tmp/parse-ab/REV/ and
 * imported from there. Prints each parser's median and best MB per CPU s over the
 * rounds and the median of the per-round ratios (now / then), per second of
 * CPU time rather than of wall time, so that the figures hold on a busy machine.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseReport } from "../lib/report/parse-report";
import type { InspectionReport } from "../lib/report/types";
import { generateCorpus } from "../lib/testing/synthetic-corpus";

const ROOT = path.join(import.meta.dirname, "..");
const SEED_DIR = path.join(ROOT, "seed", "reports");

type Parse = (input: string) => InspectionReport;

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const rev = flag("rev", "ed433c1");
const rounds = Number(flag("rounds", "21"));
const iterations = Number(flag("iterations", "60"));
const warmup = Number(flag("warmup", "200"));
const corpus = Number(flag("corpus", "0"));

/** Writes the non-test .ts files of lib/report/ at `rev` under bench/tmp/ and returns the directory. */
function checkOut(revision: string): string {
  const dir = path.join(ROOT, "bench", "tmp", "parse-ab", revision);
  const files = execFileSync("git", ["ls-tree", "-r", "--name-only", revision, "lib/report/"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  for (const file of files) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, execFileSync("git", ["show", `${revision}:${file}`], { cwd: ROOT }));
  }
  return dir;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

let sink = 0;

/**
 * Seconds of CPU (user + system, this process) for `iterations` passes over
 * the texts: on a loaded machine wall time mostly measures the wait for a core.
 */
function timeRound(parse: Parse, texts: string[]): number {
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) for (const t of texts) sink += parse(t).sections.length;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const old = (await import(path.join(checkOut(rev), "lib", "report", "parse-report.ts"))) as { parseReport: Parse };
const inputs = corpus
  ? generateCorpus(corpus).map((r) => ({ name: r.fileName, text: r.text }))
  : fs
      .readdirSync(SEED_DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f, text: fs.readFileSync(path.join(SEED_DIR, f), "utf8") }));
const files = inputs.map((i) => i.name);
const texts = inputs.map((i) => i.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);

for (const [i, t] of texts.entries()) {
  if (JSON.stringify(parseReport(t)) !== JSON.stringify(old.parseReport(t))) console.log(`note: ${files[i]} parses differently at ${rev}`);
}
for (let i = 0; i < warmup; i++) for (const t of texts) sink += parseReport(t).sections.length + old.parseReport(t).sections.length;

const mbNow: number[] = [];
const mbThen: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first, so neither always follows the other's garbage.
  const [now, then] =
    round % 2 === 0
      ? [timeRound(parseReport, texts), timeRound(old.parseReport, texts)]
      : [timeRound(old.parseReport, texts), timeRound(parseReport, texts)].reverse();
  mbNow.push((bytes * iterations) / now / 1e6);
  mbThen.push((bytes * iterations) / then / 1e6);
  ratios.push(then / now);
}

const fmt = (x: number) => x.toFixed(1);
console.log(
  `${corpus ? `synthetic corpus, ${corpus} reports` : files.join(", ")}: ${bytes} bytes per pass, ${rounds} rounds × ${iterations} passes each, alternating`,
);
console.log(`now (working tree): median ${fmt(median(mbNow))} MB per CPU s, best ${fmt(Math.max(...mbNow))}`);
console.log(
  `then (${rev}):${" ".repeat(Math.max(0, 10 - rev.length))} median ${fmt(median(mbThen))} MB per CPU s, best ${fmt(Math.max(...mbThen))}`,
);
console.log(`now / then: median of per-round ratios ${(median(ratios) * 100).toFixed(1)} %`);
if (sink === 0) console.log("(parse produced nothing)");
