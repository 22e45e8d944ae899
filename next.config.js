/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The native SQLite driver and its Prisma adapter are required from
  // node_modules at run time, never bundled. (Next already treats better-sqlite3
  // this way; listing both keeps it explicit.)
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
