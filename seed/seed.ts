/**
 * npm run seed: loads every report in seed/reports/ into the database named by
 * DATABASE_URL. Safe to run again: unchanged reports are left as they are.
 */
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../lib/db";
import { describeResult, importFiles } from "../lib/import/import-files";

const dir = path.join(import.meta.dirname, "reports");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(dir, f));
const db = createDb();
try {
  const results = await importFiles(db, files);
  for (const r of results) (r.ok ? console.log : console.error)(`seed: ${describeResult({ ...r, file: path.basename(r.file) })}`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
