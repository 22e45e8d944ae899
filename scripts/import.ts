/**
 * npm run import -- FILE...
 * Parses and stores each file in its own transaction; prints one line per file.
 * Exits 1 when any file failed (the others are still imported).
 */
import { createDb } from "../lib/db";
import { describeResult, importFiles } from "../lib/import/import-files";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run import -- FILE...");
  process.exit(2);
}
const db = createDb();
try {
  const results = await importFiles(db, files);
  for (const r of results) (r.ok ? console.log : console.error)(describeResult(r));
  if (results.some((r) => !r.ok)) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
