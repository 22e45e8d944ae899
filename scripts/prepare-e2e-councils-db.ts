/**
 * Builds the e2e database of 150 councils (issue 26): the two seed reports and
 * 150 synthetic ones from the benchmark's corpus (lib/testing/synthetic-corpus.ts),
 * parsed, assessed and stored by the import's own saveReport. Run by the
 * extra Playwright server (COUNCILS_SERVER in e2e/servers.ts) before it
 * starts; the file is DATABASE_URL. Migrations are applied from their SQL
 * directly and the reports stored in one process, so that it takes seconds.
 */
import fs from "node:fs";
import path from "node:path";
import { databaseFile } from "../lib/database-file";
import { createDb } from "../lib/db";
import { saveReport } from "../lib/import/save-report";
import { assessReport } from "../lib/report/assess-report";
import { parseReport } from "../lib/report/parse-report";
import { seedReportText } from "../lib/testing/reports";
import { generateCorpus } from "../lib/testing/synthetic-corpus";
import { applyMigrations } from "../lib/testing/test-db";

/** Synthetic councils besides Barnet and Dudley: "about 150", as in the series. */
const SYNTHETIC_COUNCILS = 150;

const started = Date.now();
const file = databaseFile();
// Not lib/testing/seeded-db: it is for vitest and imports it.
for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
fs.mkdirSync(path.dirname(file), { recursive: true });
applyMigrations(file);
const db = createDb(file);
try {
  // A throwaway file: no waiting on the disk after each report (the server opens it afresh, in WAL mode).
  await db.$queryRawUnsafe("PRAGMA synchronous = OFF");
  await db.$queryRawUnsafe("PRAGMA journal_mode = MEMORY");
  const texts = [
    ...(["barnet", "dudley"] as const).map((name) => ({ name: `${name}.txt`, text: seedReportText(name) })),
    ...generateCorpus(SYNTHETIC_COUNCILS).map((r) => ({ name: r.fileName, text: r.text })),
  ];
  for (const source of texts) await saveReport(db, assessReport(parseReport(source.text)), source);
  console.error(`prepare-e2e-councils-db: ${texts.length} reports in ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
