import path from "node:path";

/** Where the SQLite file lives unless DATABASE_URL says otherwise. */
const DEFAULT_DATABASE_FILE = "data/app.db";

/**
 * Resolves the SQLite file from DATABASE_URL. Accepts Prisma's `file:` form or a
 * plain path; relative paths are taken from the project root (the working
 * directory of every script and of `next start`), so one variable points the
 * app, the seed, the tests and the benchmarks at the same file.
 */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_FILE;
  const withoutScheme = raw.replace(/^file:(\/\/)?/, "");
  if (withoutScheme === ":memory:") return withoutScheme;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutScheme);
}
