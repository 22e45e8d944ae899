/** The serving benchmark's (bench/nginx.ts) nginx static locations and its markdown table. */
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";

/** Headers nginx writes itself for a static file, or that describe the connection. */
const NGINX_OWN = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-type",
  "etag",
  "x-accel-expires",
]);

/**
 * A `location = /__static/NAME` per route for deploy/nginx.conf's server
 * block: the page's bytes as the app sent them, in a file, with the app's
 * headers (nginx adds its own ETag and length), so nginx's static rate is
 * measured on the same bytes as its cache's.
 */
export function nginxStaticLocations(
  pages: { name: string; answer: { sent: Buffer; headers: http.IncomingHttpHeaders } }[],
  dir: string,
): string {
  return pages
    .map(({ name, answer }) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, answer.sent);
      const added = Object.entries(answer.headers)
        .filter(([header, value]) => !NGINX_OWN.has(header) && typeof value === "string" && !/["\\]/.test(value))
        .map(([header, value]) => `add_header ${header} "${value}";`)
        .join(" ");
      return `\n    location = /__static/${name} { alias ${file}; default_type "${answer.headers["content-type"]}"; ${added} }`;
    })
    .join("");
}

type Figures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx3xx: number; socketErrors: number; requests: number };

export interface ServingRun {
  startedAt: string;
  finishedAt: string;
  loadBefore: number[];
  loadAfter: number[];
  cpus: number;
  opts: { n: number; seconds: number; connections: number };
  results: Record<string, Record<string, Figures>>;
}

const ratio = (a: Figures | undefined, b: Figures | undefined) =>
  a && b && b.requestsPerSecond > 0 ? `${((a.requestsPerSecond / b.requestsPerSecond) * 100).toFixed(0)}%` : "–";

/** Each route's variants side by side, and the three ratios issue #27 asks for. */
export function servingMarkdown(run: ServingRun): string {
  const out = [
    `# Serving benchmark (bench/nginx.ts)`,
    "",
    `${run.startedAt} → ${run.finishedAt} · N = ${run.opts.n} · wrk, ${run.opts.connections} connections, ${run.opts.seconds} s per figure · ${run.cpus} cores · load average before ${run.loadBefore.map((x) => x.toFixed(2)).join(" ")}, after ${run.loadAfter.map((x) => x.toFixed(2)).join(" ")}`,
    "",
    "| route | variant | req/s | p50 ms | p99 ms | errors |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const [route, variants] of Object.entries(run.results)) {
    for (const [variant, f] of Object.entries(variants)) {
      out.push(
        `| \`${route}\` | ${variant} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50Ms.toFixed(2)} | ${f.p99Ms.toFixed(2)} | ${f.socketErrors + f.non2xx3xx} |`,
      );
    }
  }
  out.push(
    "",
    "| route | nginx cache vs nginx static (≥ 80 %) | app vs floor (≥ 50 %) | two apps vs one | 304 app vs 200 app |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const [route, v] of Object.entries(run.results)) {
    out.push(
      `| \`${route}\` | ${ratio(v["nginx cache"], v["nginx static"])} | ${ratio(v.app, v.floor)} | ${ratio(v["two apps"], v.app)} | ${ratio(v["304 app"], v.app)} |`,
    );
  }
  return `${out.join("\n")}\n`;
}
