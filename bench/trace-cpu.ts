/**
 * The main thread's work in a Chrome trace measured in CPU time rather than wall time. On a busy
 * machine a task's wall time (what Lighthouse's figures are made of) includes the time the thread
 * waited for a core; its CPU time (`tdur`) does not. So a blocking time worked out from CPU time
 * estimates what a quiet machine would show: each top-level task after first contentful paint,
 * slowed 4× as Lighthouse's mobile profile slows the CPU, blocks for what it takes over 50 ms.
 * (Lighthouse's own figure also simulates the network and stops at time-to-interactive: this is
 * an estimate for comparing builds, not its score.)
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

export interface TraceCpu {
  /** CPU time of every main-thread task from navigation on, ms. */
  cpuMs: number;
  /** Σ max(0, 4 × CPU ms − 50) over the tasks after first contentful paint. */
  blockingMs: number;
  /** The five tasks with the most CPU time: when (ms from navigation), CPU ms, and what took most of it. */
  topTasks: { atMs: number; cpuMs: number; what: string }[];
}

const CPU_SLOWDOWN = 4;
const LONG_TASK_MS = 50;

/** What took most of a task: its largest event by CPU time below the task itself, with the script's file name. */
function describe(task: TraceEvent, events: TraceEvent[]): string {
  const inside = events.filter((e) => e !== task && e.name !== "RunTask" && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  const named = inside.filter((e) => (e.tdur ?? 0) >= 0.3 * (task.tdur ?? 0)).slice(0, 3);
  return named.map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, "")}` : ""}`).join(" > ");
}

export function traceCpu(events: TraceEvent[]): TraceCpu | null {
  const fcp = events.find((e) => e.name === "firstContentfulPaint");
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL);
  if (!fcp || !nav) return null;
  const thread = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.pid === fcp.pid && e.args?.name === "CrRendererMain");
  if (!thread) return null;
  const main = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && e.ts >= nav.ts)
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === "RunTask");
  const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  const blocking = tasks.filter((t) => t.ts >= fcp.ts).reduce((n, t) => n + Math.max(0, CPU_SLOWDOWN * cpu(t) - LONG_TASK_MS), 0);
  const top = [...tasks].sort((a, b) => cpu(b) - cpu(a)).slice(0, 5);
  return {
    cpuMs: Math.round(tasks.reduce((n, t) => n + cpu(t), 0)),
    blockingMs: Math.round(blocking),
    topTasks: top.map((t) => ({ atMs: Math.round((t.ts - nav.ts) / 1000), cpuMs: Math.round(cpu(t) * 10) / 10, what: describe(t, main) })),
  };
}
