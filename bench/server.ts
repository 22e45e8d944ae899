/**
 * The servers under test: the production server (scripts/server.mjs: Next
 * behind the document layer) on a build directory and a database, and a
 * sampler of the server process tree's resident memory. The floor, a bare
 * Node server sending a route's own bytes, is in floor.ts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { Worker } from "node:worker_threads";

const ROOT = path.join(import.meta.dirname, "..");
const SERVER = path.join(ROOT, "scripts", "server.mjs");

export interface RunningServer {
  pid: number;
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** Every descendant of pid, from /proc (children, their children, …). */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    for (const [child, parent] of parentOf) {
      if (parent === p) {
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on Linux

/** CPU time (user + system) used so far by pid and its descendants, in ms. */
export function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a process we started, and then any of its descendants still running, each by its own pid. */
export async function stopTree(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const family = descendants(pid);
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]);
    if (timedOut) {
      child.kill("SIGKILL");
      await exited;
    }
  }
  for (const p of family) {
    if (alive(p)) {
      try {
        process.kill(p, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** The production server (scripts/server.mjs of `root`, this checkout unless told) on the given build directory and database. */
export async function startServer(opts: {
  distDir: string;
  port: number;
  databaseFile: string;
  logFile: string;
  nodeArgs?: string[];
  env?: Record<string, string>;
  root?: string;
}): Promise<RunningServer> {
  if (!(await portIsFree(opts.port))) throw new Error(`port ${opts.port} is already in use: set BENCH_PORT to a free port in 3400–3499`);
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const log = fs.openSync(opts.logFile, "w");
  const root = opts.root ?? ROOT;
  const child = spawn(
    process.execPath,
    [
      ...(opts.nodeArgs ?? []),
      root === ROOT ? SERVER : path.join(root, "scripts", "server.mjs"),
      "-p",
      String(opts.port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        ...opts.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: opts.distDir,
        DATABASE_URL: opts.databaseFile,
      },
      stdio: ["ignore", log, log],
    },
  );
  fs.closeSync(log);
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  try {
    await waitForHttp(`${baseUrl}/_not-found`, child, 60_000);
  } catch (error) {
    await stopTree(child);
    throw new Error(`${(error as Error).message}; see ${opts.logFile}:\n${fs.readFileSync(opts.logFile, "utf8").slice(-2000)}`);
  }
  return { pid: child.pid!, baseUrl, logFile: opts.logFile, stop: () => stopTree(child) };
}

const SAMPLER = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const root = workerData.pid;
function family() {
  const parentOf = new Map();
  for (const e of fs.readdirSync("/proc")) {
    if (!/^\\d+$/.test(e)) continue;
    try {
      const s = fs.readFileSync("/proc/" + e + "/stat", "utf8");
      parentOf.set(Number(e), Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [c, p] of parentOf) if (p === out[i]) out.push(c);
  return out;
}
function rss(pid) {
  try {
    const m = /VmRSS:\\s+(\\d+) kB/.exec(fs.readFileSync("/proc/" + pid + "/status", "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch { return 0; }
}
let pids = family(), peak = 0, windowPeak = 0, samples = 0, processes = pids.length, tick = 0, first = -1;
const timer = setInterval(() => {
  if (tick++ % 10 === 0) pids = family();
  processes = Math.max(processes, pids.length);
  const total = pids.reduce((s, p) => s + rss(p), 0);
  if (first < 0) first = total;
  samples++;
  if (total > peak) peak = total;
  if (total > windowPeak) windowPeak = total;
}, workerData.intervalMs);
parentPort.on("message", (m) => {
  if (m === "stop") clearInterval(timer);
  parentPort.postMessage({ peak, windowPeak, samples, processes, first });
  windowPeak = 0;
  if (m === "stop") parentPort.close();
});
`;

export interface RssStats {
  peakBytes: number;
  firstBytes: number;
  samples: number;
  processes: number;
}

/**
 * Samples VmRSS of pid and its descendants every intervalMs in a worker thread
 * (not delayed by the load generator). window() gives the peak since the last
 * call to window(), to tell which route drove the memory up.
 */
export function sampleRss(pid: number, intervalMs = 100): { window(): Promise<number>; stop(): Promise<RssStats> } {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { pid, intervalMs } });
  type Message = { peak: number; windowPeak: number; samples: number; processes: number; first: number };
  let failure: Error | null = null;
  worker.on("error", (error) => (failure = error));
  const ask = (m: string) =>
    new Promise<Message>((resolve, reject) => {
      if (failure) return reject(failure);
      worker.once("message", resolve);
      worker.postMessage(m);
    });
  return {
    window: async () => (await ask("window")).windowPeak,
    stop: async () => {
      const m = await ask("stop");
      return { peakBytes: m.peak, firstBytes: m.first, samples: m.samples, processes: m.processes };
    },
  };
}
