/**
 * Reads the text of an inspection report out of a PDF: pdfjs extracts the
 * positioned text in a worker thread with bounded memory and time, and
 * layoutText rebuilds the report's text from it for parseReport.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { layoutText } from "./layout";
import type { PdfPageText } from "./lines";

export interface PdfLimits {
  /** Longest a PDF may take to read before it is given up on. */
  timeoutMs: number;
  /** Memory for the worker's JavaScript heap. */
  maxHeapMb: number;
  /**
   * Growth of the whole process's memory while the worker runs. Decoded
   * streams live in buffers outside the heap that resourceLimits do not
   * count: a small compressed stream can inflate to gigabytes.
   */
  maxGrowthMb: number;
  maxPages: number;
}

const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 30_000, maxHeapMb: 256, maxGrowthMb: 512, maxPages: 120 };

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: string };

/** Whether the bytes are a PDF: told by the `%PDF-` signature (within the first KB, as readers allow), not a file name. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** A PDF ends with an end-of-file marker; one cut short in copying or upload does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .subarray(Math.max(0, bytes.length - 2048))
    .toString("latin1");
  return tail.includes("%%EOF");
}

// The worker is plain JavaScript beside this file; it is found from the
// project root so that the same path works under tsx, vitest and the Next
// server, whose bundles do not sit beside their sources. It is started by a
// one-line script that imports it: given the file itself, Turbopack bundles
// it, pdfjs with it, and pdfjs does not work bundled.
const WORKER_FILE = path.join(process.cwd(), "lib", "pdf", "extract-worker.mjs");
const WORKER_BOOT = `import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)});`;

type WorkerReply = { ok: true; pages: PdfPageText[] } | { ok: false; kind: string; detail: string };

const MESSAGES: Record<string, (detail: string, limits: PdfLimits) => string> = {
  encrypted: () => "this PDF is password-protected: save an unprotected copy and try again",
  corrupt: () => "this PDF is damaged and cannot be read",
  unreadable: () => "this PDF cannot be read",
  "too-many-pages": (pages, limits) =>
    `this PDF has ${pages} pages; reports of this series have far fewer (the limit is ${limits.maxPages})`,
  timeout: () => "this PDF took too long to read and was given up on",
  memory: () => "this PDF needs too much memory to read and was given up on",
};

function runWorker(bytes: Uint8Array, limits: PdfLimits): Promise<WorkerReply> {
  return new Promise((resolve) => {
    const data = new Uint8Array(bytes); // a copy: the worker takes it over
    const worker = new Worker(WORKER_BOOT, {
      eval: true,
      workerData: { data, maxPages: limits.maxPages },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(() => finish({ ok: false, kind: "timeout", detail: "" }), limits.timeoutMs);
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.maxGrowthMb * 1024 * 1024) finish({ ok: false, kind: "memory", detail: "" });
    }, 50);
    worker.on("message", (reply: WorkerReply) => finish(reply));
    worker.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ERR_WORKER_OUT_OF_MEMORY") console.error(`PDF reader failed: ${error.message}`);
      finish({ ok: false, kind: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "unreadable", detail: error.message });
    });
    worker.on("exit", () => finish({ ok: false, kind: "unreadable", detail: "the reader stopped" }));
  });
}

// One PDF at a time: reading one keeps a core busy, and the memory watch
// above measures the whole process, so it must not see another reader's share.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Fewer visible characters than this on average per page: no text layer to speak of. */
const MIN_CHARACTERS_PER_PAGE = 20;

/** The report text of a PDF, or one sentence saying why it cannot be read. */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfTextResult> {
  if (!isPdf(bytes)) return { ok: false, error: "not a PDF file" };
  if (!hasEndMarker(bytes)) return { ok: false, error: "this PDF is incomplete (cut short): it has no end-of-file marker" };
  if (!fs.existsSync(WORKER_FILE)) throw new Error(`PDF reader missing: ${WORKER_FILE}`);
  const reply = await oneAtATime(() => runWorker(bytes, limits));
  if (!reply.ok) {
    // What pdfjs said is for the operator, not the user: it can name internals.
    if (reply.kind === "unreadable") console.error(`PDF reader: ${reply.detail}`);
    return { ok: false, error: (MESSAGES[reply.kind] ?? MESSAGES.unreadable)(reply.detail, limits) };
  }
  const characters = reply.pages.reduce((n, p) => n + p.items.reduce((m, t) => m + t.s.replace(/\s/g, "").length, 0), 0);
  if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, reply.pages.length)) {
    return { ok: false, error: "this PDF has no text to read: it may be a scan" };
  }
  return { ok: true, text: layoutText(reply.pages), pages: reply.pages.length };
}
