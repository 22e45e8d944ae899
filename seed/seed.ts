/**
 * npm run seed: loads every report in seed/reports/ into the database named by
 * DATABASE_URL. Safe to run again: unchanged reports are left as they are.
 * Then reassesses stored reports whose evidence is from older findings rules,
 * and matches every stored authority to the council lookup (lib/councils).
 */
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../lib/db";
import { describeResult, importFiles } from "../lib/import/import-files";
import { reassessStale } from "../lib/import/reassess";
import { matchStoredAuthorities } from "../lib/queries/councils";

const dir = path.join(import.meta.dirname, "reports");
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(dir, f));
const db = createDb();
try {
  const results = await importFiles(db, files);
  for (const r of results) (r.ok ? console.log : console.error)(`seed: ${describeResult({ ...r, file: path.basename(r.file) })}`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
  // Reports stored before the findings rules last changed (imported ones too) are read again.
  const { reassessed } = await reassessStale(db);
  if (reassessed > 0) console.log(`seed: ${reassessed} stored report(s) read again with the current findings rules`);
  // Authorities stored before their council codes were kept (or imported under an older lookup) get them now.
  const { updated, unmatched } = await matchStoredAuthorities(db);
  if (updated > 0) console.log(`seed: council codes of ${updated} stored authorit${updated === 1 ? "y" : "ies"} updated from the lookup`);
  for (const name of unmatched) console.error(`seed: "${name}" matches no council in the lookup: no LA number or ONS code stored`);
} finally {
  await db.$disconnect();
}
