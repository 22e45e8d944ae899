/**
 * The floor: a bare Node http server sending a route's own bytes with the
 * same headers the app sent them with, as fast as Node can. A route's rate
 * against its floor says what the document layer costs on top of Node's own
 * HTTP (issue #27: at least half of it for a kept page).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { portIsFree, type RunningServer, stopTree, waitForHttp } from "./server";

/** One answer of the floor: what the app sent for a request, as it sent it. */
export interface FloorAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Headers that describe the connection, not the answer: Node's http writes its own. */
const CONNECTION_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** The answer's headers as the floor sends them: every header of the app's but the connection's, and the length. */
export function floorHeaders(answer: FloorAnswer): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !CONNECTION_HEADERS.has(name)) out[name] = value;
  }
  out["content-length"] = String(answer.body.length);
  return out;
}

const FLOOR_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const [port, manifestFile] = process.argv.slice(1);
const answers = new Map(
  Object.entries(JSON.parse(fs.readFileSync(manifestFile, "utf8"))).map(([url, a]) => [url, { ...a, body: fs.readFileSync(a.bodyFile) }]),
);
http
  .createServer((req, res) => {
    const answer = answers.get(req.url);
    if (!answer) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("floor ready"));
`;

/**
 * One floor process for every route: each URL of `answers` is answered with
 * its own bytes and headers (404 for any other), so that each route has its
 * floor in the same run.
 */
export async function startFloor(opts: { port: number; answers: Map<string, FloorAnswer>; dir: string }): Promise<RunningServer> {
  if (!(await portIsFree(opts.port))) throw new Error(`port ${opts.port} is already in use`);
  fs.mkdirSync(opts.dir, { recursive: true });
  const manifest: Record<string, { status: number; headers: Record<string, string | string[]>; bodyFile: string }> = {};
  [...opts.answers].forEach(([url, answer], i) => {
    const bodyFile = path.join(opts.dir, `floor-${i}.body`);
    fs.writeFileSync(bodyFile, answer.body);
    manifest[url] = { status: answer.status, headers: floorHeaders(answer), bodyFile };
  });
  const manifestFile = path.join(opts.dir, "floor.json");
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  const child = spawn(process.execPath, ["-e", FLOOR_SERVER, String(opts.port), manifestFile], { stdio: ["ignore", "ignore", "inherit"] });
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  await waitForHttp(`${baseUrl}${[...opts.answers.keys()][0] ?? "/"}`, child, 10_000);
  return { pid: child.pid!, baseUrl, logFile: "", stop: () => stopTree(child) };
}
