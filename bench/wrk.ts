/**
 * wrk (Debian's package), the load generator of bench/nginx.ts: written in C
 * with one event loop per thread, it leaves more of the two cores to the
 * servers under test than autocannon, which is what comparing nginx with
 * Node needs.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";

export const WRK = "/usr/bin/wrk";

export interface WrkFigures {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers whose status was not 2xx or 3xx. */
  non2xx3xx: number;
  /** Connect, read, write errors and timeouts. */
  socketErrors: number;
}

export interface WrkOptions {
  connections: number;
  seconds: number;
  threads?: number;
  headers?: Record<string, string>;
}

/** wrk's latency in its own units ("812.00us", "1.20ms", "2.01s") in milliseconds. */
export function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) return NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as "us" | "ms" | "s" | "m"];
  return Number(m[1]) * factor;
}

/** The figures of wrk's report (run with --latency). */
export function parseWrk(out: string): WrkFigures {
  const number = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const latency = (percent: string) => wrkMs(new RegExp(`^\\s+${percent}%\\s+(\\S+)`, "m").exec(out)?.[1] ?? "");
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    p50Ms: latency("50"),
    p99Ms: latency("99"),
    non2xx3xx: number(/Non-2xx or 3xx responses: (\d+)/) || 0,
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/** Loads one URL with wrk and returns its figures. */
export async function wrk(url: string, opts: WrkOptions): Promise<WrkFigures> {
  if (!fs.existsSync(WRK)) throw new Error(`${WRK} is missing: apt-get install wrk`);
  const args = [`-t${opts.threads ?? 1}`, `-c${opts.connections}`, `-d${opts.seconds}s`, "--latency", "--timeout", "10s"];
  for (const [name, value] of Object.entries(opts.headers ?? {})) args.push("-H", `${name}: ${value}`);
  const out = await new Promise<string>((resolve, reject) =>
    execFile(WRK, [...args, url], { timeout: (opts.seconds + 30) * 1000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`wrk ${url}: ${error.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
  const figures = parseWrk(out);
  if (!Number.isFinite(figures.requestsPerSecond)) throw new Error(`wrk ${url}: no figures in its output:\n${out}`);
  return figures;
}
