import { createRequire } from "node:module";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

/**
 * Headers every response carries, whatever produced it. The
 * Content-Security-Policy here lets nothing run: right for JSON, CSV and static
 * files. Pages get their own policy, naming their inline scripts by hash, from
 * the production server's document layer (scripts/server.mjs,
 * lib/document-layer/layer.mjs), which sees the page's bytes.
 */
const { everyResponse: SECURITY_HEADERS, nonDocumentPolicy: NON_DOCUMENT_CSP } = createRequire(import.meta.url)(
  "./lib/security/response-headers.json",
);

/**
 * Set by scripts/test.sh, which type-checks the whole project (tests and scripts included) before
 * it builds: the build then skips its own second check of the same files, and does not write
 * Turbopack's build cache, which a clean clone built once never reads (together about 45 s of a
 * 40-80 s build on 2 cores).
 */
const BUILD_ONCE_CHECKED = process.env.NEXT_BUILD_AFTER_TYPECHECK === "1";

/** @type {(phase: string) => import("next").NextConfig} */
const nextConfig = (phase) => ({
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages reach the document layer uncompressed (it asks Next for no
  // encoding) and are compressed there once; the rest (downloads, other API
  // routes, static files) Next compresses. Behind a reverse proxy that
  // compresses, start with COMPRESS_RESPONSES=0 and leave it to the proxy.
  compress: process.env.COMPRESS_RESPONSES !== "0",
  // Lets two builds live side by side (parallel e2e runs); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Imports accept 1 MB of report text or a 10 MB PDF (checked by
  // lib/import/upload.ts with a clear message); the limit here leaves room for
  // the form's other fields.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, turbopackFileSystemCacheForBuild: !BUILD_ONCE_CHECKED },
  typescript: { ignoreBuildErrors: BUILD_ONCE_CHECKED },
  // The native SQLite driver and its Prisma adapter are required from
  // node_modules at run time, never bundled. (Next already treats better-sqlite3
  // this way; listing both keeps it explicit.)
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  async headers() {
    // `next dev` serves pages without the document layer, so they get no policy there.
    const policy = phase === PHASE_DEVELOPMENT_SERVER ? [] : [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }];
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS, ...policy] }];
  },
});

export default nextConfig;
