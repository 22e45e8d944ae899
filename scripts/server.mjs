/**
 * The production server (npm start, npm run up): Next's request handler from
 * its public custom-server API (`next()`, `getRequestHandler()`), behind the
 * document layer of lib/document-layer/layer.mjs, which makes each page a
 * cacheable document: the same bytes for every request of the same URL and
 * data version, a CSP naming its inline scripts by hash, a strong ETag,
 * `Cache-Control: no-cache`, compressed once per encoding, kept in memory until
 * the data changes (docs/decisions/0005-pages-as-cacheable-documents.md).
 *
 *   node scripts/server.mjs [-p PORT] [-H HOSTNAME]
 *
 * `next start` alone would serve pages with the default policy of
 * next.config.js, which lets no script run: this server is how the app is run.
 */
import http from "node:http";
import path from "node:path";
import { documentLayer } from "../lib/document-layer/layer.mjs";

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
const megabytes = /^\d+(\.\d+)?$/.test(process.env.PAGE_CACHE_MB?.trim() ?? "") ? Number(process.env.PAGE_CACHE_MB) : 64;

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.join(import.meta.dirname, ".."), hostname, port });
const serve = documentLayer(app.getRequestHandler(), { maxBytes: Math.round(megabytes * 1024 * 1024) });
await app.prepare();

const server = http.createServer((req, res) => {
  serve(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end("Internal server error");
    } else {
      res.destroy();
    }
  });
});

// An idle keep-alive connection is kept longer than those who reuse it keep it (nginx's upstream
// keepalive, a browser, a test's request context): with Node's 5 s, a request sent on a connection
// just as the server closes it fails with a reset (seen in CI: ECONNRESET on a plain GET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, hostname, () =>
  console.log(
    `Ready on http://${!hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`,
  ),
);

// Stopping: take no new connections, close idle keep-alive ones (a proxy in
// front retries their next request on another process), let the requests in
// flight finish, then exit; after 10 s, exit anyway.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    const code = signal === "SIGINT" ? 130 : 143;
    server.close(() => process.exit(code));
    server.closeIdleConnections();
    setTimeout(() => process.exit(code), 10_000).unref();
  });
}
