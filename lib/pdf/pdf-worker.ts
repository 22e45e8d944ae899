/**
 * The pdfjs workers, kept warm in a small pool: one per core (at most four),
 * each started once and reading one PDF after another, so a file costs its
 * own pages and not the start of a thread and the load of pdfjs, and files
 * read at once use every core. Each PDF keeps its bounds: a worker's heap is
 * capped by resourceLimits, and a PDF that runs over its time or makes the
 * process grow past its memory bound has its worker ended; the next PDF
 * starts a fresh one. A worker is also ended after many files or a minute of
 * idleness, so nothing a PDF left behind lives on.
 *
 * The memory bound is watched on the whole process (decoded streams live in
 * buffers that no per-thread figure counts). When it is passed while other
 * PDFs are being read, whose the growth is cannot be told: every PDF then
 * being read is read again alone, and the one that passes it alone is
 * refused. A hostile PDF costs its neighbours a second reading, never their
 * result.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfPageText } from "./lines";

export interface PdfLimits {
  /** Longest a PDF may take to read before it is given up on. */
  timeoutMs: number;
  /** Memory for the worker's JavaScript heap. */
  maxHeapMb: number;
  /**
   * Growth of the whole process's memory while the worker reads one PDF.
   * Decoded streams live in buffers outside the heap that resourceLimits do
   * not count: a small compressed stream can inflate to gigabytes.
   */
  maxGrowthMb: number;
  maxPages: number;
}

export type WorkerReply = { ok: true; pages: PdfPageText[] } | { ok: false; kind: string; detail: string };

// The worker is plain JavaScript beside this file; it is found from the
// project root so that the same path works under tsx, vitest and the Next
// server, whose bundles do not sit beside their sources. It is started by a
// one-line script that imports it: given the file itself, Turbopack bundles
// it, pdfjs with it, and pdfjs does not work bundled.
const WORKER_FILE = path.join(process.cwd(), "lib", "pdf", "extract-worker.mjs");
const WORKER_BOOT = `import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)});`;

/** PDFs read at once: one per core, at most four (each may take its heap and growth bound). */
export const POOL_SIZE = Math.max(1, Math.min(4, os.availableParallelism()));
/** Files one worker reads before it is replaced. */
const MAX_JOBS = 200;
/** Idle time after which a worker is ended, its memory given back. */
const IDLE_MS = 60_000;
/** How often the process's memory is looked at while a PDF is read. */
const WATCH_MS = 50;

interface Job {
  bytes: Uint8Array;
  limits: PdfLimits;
  resolve: (reply: WorkerReply) => void;
  /** Read with no other PDF at once: after a memory breach shared with other readers. */
  alone: boolean;
}

/** How a reading ended: with a reply (the worker still fit to use, or not), or to be read again alone. */
type Outcome = { reply: WorkerReply; healthy: boolean } | "again";

interface Reader {
  worker: Worker;
  heapMb: number;
  jobs: number;
  job: Job | null;
  /** Ends the reading under way. */
  end?: (outcome: Outcome) => void;
  idle?: NodeJS.Timeout;
}

const readers = new Set<Reader>();
const waiting: Job[] = [];
let nextId = 0;

function start(heapMb: number): Reader {
  if (!fs.existsSync(WORKER_FILE)) throw new Error(`PDF reader missing: ${WORKER_FILE}`);
  const worker = new Worker(WORKER_BOOT, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  const reader: Reader = { worker, heapMb, jobs: 0, job: null };
  // A waiting worker must not keep a command-line run alive; it is ref'd while it reads.
  worker.unref();
  worker.on("exit", () => readers.delete(reader));
  worker.on("error", () => undefined); // each job's own listener reports it
  readers.add(reader);
  return reader;
}

function retire(reader: Reader): void {
  readers.delete(reader);
  clearTimeout(reader.idle);
  void reader.worker.terminate();
}

/** An idle worker with the heap bound asked for, else a new one (an idle worker with another bound makes room). */
function readerFor(heapMb: number): Reader {
  const idle = [...readers].filter((r) => !r.job);
  const same = idle.find((r) => r.heapMb === heapMb);
  if (same) return same;
  if (readers.size >= POOL_SIZE && idle.length) retire(idle[0]);
  return start(heapMb);
}

/** Starts waiting PDFs while there are free places in the pool. */
function dispatch(): void {
  while (waiting.length) {
    const busy = [...readers].filter((r) => r.job);
    const job = waiting[0];
    if (busy.length >= POOL_SIZE || busy.some((r) => r.job!.alone) || (job.alone && busy.length)) return;
    waiting.shift();
    let reader: Reader;
    try {
      reader = readerFor(job.limits.maxHeapMb);
    } catch (error) {
      job.resolve(errorReply(error as NodeJS.ErrnoException));
      continue;
    }
    read(job, reader);
  }
}

function errorReply(error: NodeJS.ErrnoException): WorkerReply {
  if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return { ok: false, kind: "memory", detail: "" };
  console.error(`PDF reader failed: ${error.message}`);
  return { ok: false, kind: "unreadable", detail: error.message };
}

const MEMORY: WorkerReply = { ok: false, kind: "memory", detail: "" };

/** The process has grown past a reading's bound: its fault if it was read alone, else every reading is done again alone. */
function overMemory(reader: Reader): void {
  const busy = [...readers].filter((r) => r.job);
  if (reader.job?.alone || busy.length <= 1) reader.end?.({ reply: MEMORY, healthy: false });
  else for (const r of busy) r.end?.("again");
}

/** Reads one PDF in a worker, with its time and memory watched. */
function read(job: Job, reader: Reader): void {
  const { worker } = reader;
  clearTimeout(reader.idle);
  reader.job = job;
  reader.jobs++;
  const id = ++nextId;
  let settled = false;
  const end = (outcome: Outcome) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    clearInterval(watch);
    worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    worker.unref();
    reader.job = null;
    reader.end = undefined;
    if (outcome === "again" || !outcome.healthy || reader.jobs >= MAX_JOBS) retire(reader);
    else reader.idle = setTimeout(() => retire(reader), IDLE_MS).unref();
    if (outcome === "again") waiting.unshift({ ...job, alone: true });
    else job.resolve(outcome.reply);
    dispatch();
  };
  reader.end = end;
  const onMessage = (message: WorkerReply & { id: number }) => {
    if (message.id !== id) return;
    const { id: _, ...reply } = message;
    end({ reply: reply as WorkerReply, healthy: true });
  };
  const onError = (error: NodeJS.ErrnoException) => end({ reply: errorReply(error), healthy: false });
  const onExit = () => end({ reply: { ok: false, kind: "unreadable", detail: "the reader stopped" }, healthy: false });
  worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  worker.ref();
  const timer = setTimeout(() => end({ reply: { ok: false, kind: "timeout", detail: "" }, healthy: false }), job.limits.timeoutMs);
  const baseline = process.memoryUsage.rss();
  const watch = setInterval(() => {
    if (process.memoryUsage.rss() - baseline > job.limits.maxGrowthMb * 1024 * 1024) overMemory(reader);
  }, WATCH_MS);
  const data = new Uint8Array(job.bytes); // a copy: the worker takes it over
  worker.postMessage({ id, data, maxPages: job.limits.maxPages }, [data.buffer]);
}

/** Reads one PDF in a warm worker of the pool, as soon as one is free. */
export function readInWorker(bytes: Uint8Array, limits: PdfLimits): Promise<WorkerReply> {
  return new Promise((resolve) => {
    waiting.push({ bytes, limits, resolve, alone: false });
    dispatch();
  });
}
