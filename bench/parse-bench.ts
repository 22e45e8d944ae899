import fs from "node:fs";
import path from "node:path";
import { assessParagraph, themesOf } from "../lib/assessment";
import { POOL_SIZE } from "../lib/pdf/pdf-worker";
import { readPdfText } from "../lib/pdf/read-pdf";
import { parseReport } from "../lib/report/parse-report";
import type { ParseFigures, PdfParseFigures } from "./types";

const SEED_DIR = path.join(import.meta.dirname, "..", "seed", "reports");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

let sink = 0;

/**
 * Parse throughput on the real reports, single thread: a warm-up, then
 * `rounds` timed rounds of `iterations` passes over both files; the median
 * round is reported (the machine is shared, so one slow round is noise).
 */
export function benchParse(opts: { warmup: number; rounds: number; iterations: number }): ParseFigures {
  const files = fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const texts = files.map((f) => fs.readFileSync(path.join(SEED_DIR, f), "utf8"));
  const bytesPerRound = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  for (const t of texts) {
    const r = parseReport(t);
    if (r.warnings.length) throw new Error(`seed report parses with warnings: ${r.warnings.join("; ")}`);
  }

  for (let i = 0; i < opts.warmup; i++) for (const t of texts) sink += parseReport(t).sections.length;

  const secondsPerPass: number[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < opts.iterations; i++) for (const t of texts) sink += parseReport(t).sections.length;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    secondsPerPass.push(seconds / opts.iterations);
  }
  const med = median(secondsPerPass);
  const best = Math.min(...secondsPerPass);
  if (sink === 0) console.log("(parse produced nothing)");
  return {
    files,
    bytesPerRound,
    mbPerSecond: bytesPerRound / med / 1e6,
    reportsPerSecond: texts.length / med,
    msPerReport: (med / texts.length) * 1000,
    bestMbPerSecond: bytesPerRound / best / 1e6,
    rounds: opts.rounds,
    iterationsPerRound: opts.iterations,
  };
}

/**
 * What import does for each report after parsing it: assess and theme every
 * finding paragraph, theme every recommendation. Milliseconds per seed
 * report, median of rounds, so that a change to the rules shows what it costs.
 */
export function benchAssess(rounds: number): NonNullable<ParseFigures["assess"]> {
  const reports = fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => parseReport(fs.readFileSync(path.join(SEED_DIR, f), "utf8")));
  const paragraphs = reports.flatMap((r) => r.sections.flatMap((s) => s.paragraphs.map((p) => p.text)));
  const recommendations = reports.flatMap((r) => r.recommendations.map((rec) => rec.text));
  const once = () => {
    for (const text of paragraphs) sink += assessParagraph(text).sentences.length + themesOf(text).length;
    for (const text of recommendations) sink += themesOf(text).length;
  };
  for (let i = 0; i < 2; i++) once();
  const msPerReport: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 3; i++) once();
    msPerReport.push(Number(process.hrtime.bigint() - start) / 1e6 / (3 * reports.length));
  }
  const texts = paragraphs.length + recommendations.length;
  return { msPerReport: median(msPerReport), bestMsPerReport: Math.min(...msPerReport), texts, rounds };
}

/** Parses a list of texts once (after one warm-up pass over a few), for the synthetic corpus figure. */
export function parseOnce(texts: string[]): { reports: number; bytes: number; seconds: number } {
  for (const t of texts.slice(0, 20)) sink += parseReport(t).sections.length;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  const start = process.hrtime.bigint();
  for (const t of texts) sink += parseReport(t).sections.length;
  return { reports: texts.length, bytes, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const PDF_DIR = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf");

/** Reads and parses the PDFs, all handed to the reader at once; their pages. */
async function readAll(files: string[], data: Buffer[]): Promise<number> {
  const pages = await Promise.all(
    data.map(async (bytes, i) => {
      const read = await readPdfText(bytes);
      if (!read.ok) throw new Error(`${files[i]}: ${read.error}`);
      sink += parseReport(read.text).sections.length;
      return read.pages;
    }),
  );
  return pages.reduce((a, b) => a + b, 0);
}

/**
 * PDF throughput: each report PDF of the fixtures read and parsed once, all
 * handed to the reader at once, as an import of a folder does: the pool of
 * warm workers reads as many at a time as it has workers, and the text of
 * each is rebuilt and parsed on this thread as it comes. CPU time counts
 * every thread of the process, so pages per CPU-second holds on a shared
 * machine where wall time does not. The readers are warmed first by
 * `warmPasses` untimed passes over the same files (one per reader, so that
 * each has read about the whole set), as a running server's are by the files
 * before: pdfjs's code is compiled as it runs, in each worker anew, and a
 * cold reader takes about twice as long. `limit` takes the first few files
 * only, for the smoke run.
 */
export async function benchPdfParse(limit = Infinity, warmPasses = POOL_SIZE): Promise<PdfParseFigures> {
  const files = fs
    .readdirSync(PDF_DIR)
    .filter((f) => /\.(?:lo|chromium)\.pdf$/.test(f))
    .sort()
    .slice(0, limit);
  const data = files.map((f) => fs.readFileSync(path.join(PDF_DIR, f)));
  for (let i = 0; i < warmPasses; i++) await readAll(files, data);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const pages = await readAll(files, data);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const bytes = data.reduce((n, d) => n + d.length, 0);
  return {
    files: files.length,
    pages,
    bytes,
    seconds,
    pagesPerSecond: pages / seconds,
    mbPerSecond: bytes / seconds / 1e6,
    cpuSeconds,
    pagesPerCpuSecond: pages / cpuSeconds,
    readers: POOL_SIZE,
  };
}
