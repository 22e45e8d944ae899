/**
 * The production server (npm start, npm run up): Next's own request handler,
 * as `next start` runs it, behind a front door that answers requests for pages
 * the page cache holds before Next's router sees them.
 *
 *   node scripts/server.mjs [-p PORT] [-H HOSTNAME]
 *
 * Why (docs/decisions/0004-page-cache-front-door.md): a cached page answered
 * through Next's router cost about 1 ms of CPU, nearly all of it Next's
 * request handling, and a browser's request cost three times that, because
 * Next gzipped the page again on every response. The front door sends the
 * cached page, gzipped once when it was stored, in a fraction of that.
 * Everything else — every miss, every other route, static files, server
 * actions — goes to Next exactly as under `next start`, proxy.ts included.
 *
 * The front door itself is defined in proxy.ts, beside the cache it reads;
 * proxy.ts registers it when Next first loads it.
 */
import http from "node:http";
import path from "node:path";

const args = process.argv.slice(2);
const option = (...names) => {
  const at = args.findIndex((arg) => names.includes(arg));
  return at === -1 ? undefined : args[at + 1];
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
// Every interface unless -H says otherwise, as `next start` (not $HOSTNAME, which containers set to their own name).
const hostname = option("-H", "--hostname");
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`server: not a port number: ${option("-p", "--port") ?? process.env.PORT}`);
  process.exit(2);
}

process.env.NODE_ENV = "production";
process.env.PORT = String(port);
// Where proxy.ts asks this same server to render a page for the cache.
process.env.__NEXT_PRIVATE_ORIGIN = `http://${!hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.join(import.meta.dirname, ".."), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const FRONT_DOOR = Symbol.for("inspection-reports.page-cache-front-door");

const server = http.createServer((req, res) => {
  const answerFromCache = globalThis[FRONT_DOOR];
  try {
    if (typeof answerFromCache === "function" && answerFromCache(req, res)) return;
  } catch (error) {
    // A fault in the cache must not take the server down: Next answers instead, if nothing was sent yet.
    console.error("page cache front door:", error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
  }
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end("Internal server error");
    } else {
      res.destroy();
    }
  });
});

server.listen(port, hostname, () => console.log(`Ready on ${process.env.__NEXT_PRIVATE_ORIGIN.replace("127.0.0.1", "localhost")}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}
