/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds live side by side (parallel e2e runs); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The native SQLite driver and its Prisma adapter are required from
  // node_modules at run time, never bundled. (Next already treats better-sqlite3
  // this way; listing both keeps it explicit.)
  // Imports accept 1 MB of report text (checked by lib/import/upload.ts with a
  // clear message); the limit here leaves room for the form's other fields.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
