import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile } from "./lib/database-file";

// Prisma 6 with the JavaScript schema engine: Prisma 7's CLI (and 6's classic
// engine) download native binaries, which this network cannot fetch.
// See docs/decisions/0001-prisma-6-js-engine.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const file = databaseFile();
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
