/**
 * The pdfjs worker, kept warm: started once, it reads one PDF after another,
 * so a file costs its own pages and not the start of a thread and the load
 * of pdfjs (most of the time of a 12-page report). Each PDF keeps its bounds:
 * the worker's heap is capped by resourceLimits, and a PDF that runs over its
 * time or makes the process grow past its memory bound has the worker ended;
 * the next PDF starts a fresh one. A worker is also ended after many files or
 * a minute of idleness, so nothing a PDF left behind lives on.
 */
import fs from "node:fs";
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

/** Files one worker reads before it is replaced. */
const MAX_JOBS = 200;
/** Idle time after which the worker is ended, its memory given back. */
const IDLE_MS = 60_000;

interface Warm {
  worker: Worker;
  heapMb: number;
  jobs: number;
  idle?: NodeJS.Timeout;
}

let warm: Warm | null = null;
let nextId = 0;

function start(heapMb: number): Warm {
  if (!fs.existsSync(WORKER_FILE)) throw new Error(`PDF reader missing: ${WORKER_FILE}`);
  const worker = new Worker(WORKER_BOOT, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  const w: Warm = { worker, heapMb, jobs: 0 };
  // A waiting worker must not keep a command-line run alive; it is ref'd while it reads.
  worker.unref();
  worker.on("exit", () => {
    if (warm === w) warm = null;
  });
  worker.on("error", () => undefined); // each job's own listener reports it
  return w;
}

function retire(w: Warm): void {
  if (warm === w) warm = null;
  clearTimeout(w.idle);
  void w.worker.terminate();
}

function errorReply(error: NodeJS.ErrnoException): WorkerReply {
  if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return { ok: false, kind: "memory", detail: "" };
  console.error(`PDF reader failed: ${error.message}`);
  return { ok: false, kind: "unreadable", detail: error.message };
}

/** Reads one PDF in the warm worker (started if need be). Callers run one at a time: see read-pdf.ts. */
export function readInWorker(bytes: Uint8Array, limits: PdfLimits): Promise<WorkerReply> {
  if (warm && warm.heapMb !== limits.maxHeapMb) retire(warm);
  const w = (warm ??= start(limits.maxHeapMb));
  clearTimeout(w.idle);
  w.jobs++;
  const id = ++nextId;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (reply: WorkerReply, healthy: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      w.worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      w.worker.unref();
      if (!healthy || w.jobs >= MAX_JOBS) retire(w);
      else w.idle = setTimeout(() => retire(w), IDLE_MS).unref();
      resolve(reply);
    };
    const onMessage = (message: WorkerReply & { id: number }) => {
      if (message.id !== id) return;
      const { id: _, ...reply } = message;
      finish(reply as WorkerReply, true);
    };
    const onError = (error: NodeJS.ErrnoException) => finish(errorReply(error), false);
    const onExit = () => finish({ ok: false, kind: "unreadable", detail: "the reader stopped" }, false);
    w.worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    w.worker.ref();
    const timer = setTimeout(() => finish({ ok: false, kind: "timeout", detail: "" }, false), limits.timeoutMs);
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.maxGrowthMb * 1024 * 1024) finish({ ok: false, kind: "memory", detail: "" }, false);
    }, 50);
    const data = new Uint8Array(bytes); // a copy: the worker takes it over
    w.worker.postMessage({ id, data, maxPages: limits.maxPages }, [data.buffer]);
  });
}
