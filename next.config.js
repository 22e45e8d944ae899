import { createRequire } from "node:module";

/**
 * Headers every response carries, whatever produced it (also sent by the page
 * cache's front door, scripts/server.mjs, which answers before Next). Pages
 * also get a Content-Security-Policy with a per-request nonce from proxy.ts;
 * files that are never documents (static chunks) get a policy that allows
 * nothing.
 */
const { everyResponse: SECURITY_HEADERS, nonDocumentPolicy: NON_DOCUMENT_CSP } = createRequire(import.meta.url)("./lib/security/response-headers.json");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next gzips every response itself, which costs more CPU than serving a cached
  // page (docs/performance.md). Behind a reverse proxy that compresses, start
  // with COMPRESS_RESPONSES=0 and leave it to the proxy.
  compress: process.env.COMPRESS_RESPONSES !== "0",
  // Lets two builds live side by side (parallel e2e runs); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Imports accept 1 MB of report text (checked by lib/import/upload.ts with a
  // clear message); the limit here leaves room for the form's other fields.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
  // The native SQLite driver and its Prisma adapter are required from
  // node_modules at run time, never bundled. (Next already treats better-sqlite3
  // this way; listing both keeps it explicit.)
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // proxy.ts must tell Next's own navigation requests (RSC payloads, marked by
  // the RSC header and ?_rsc=) from page requests, so as not to answer them from
  // the page cache with HTML. Next strips both from what the proxy sees unless
  // told not to normalise its URLs.
  skipProxyUrlNormalize: true,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }] },
    ];
  },
};

export default nextConfig;
