import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../lib/db";
import { importFiles } from "../lib/import/import-files";
import { parseReport } from "../lib/report/parse-report";
import { applyMigrations } from "../lib/testing/test-db";
import { generateCorpus, type SyntheticReport, writeCorpus } from "../lib/testing/synthetic-corpus";
import { parseOnce } from "./parse-bench";
import type { ImportFigures } from "./types";

export const BENCH_TMP = path.join(import.meta.dirname, "tmp");

/** Refuses any database file outside bench/tmp/: synthetic data never goes near data/app.db. */
export function assertBenchFile(file: string): string {
  const resolved = path.resolve(file);
  if (!resolved.startsWith(BENCH_TMP + path.sep)) throw new Error(`benchmark files must live in ${BENCH_TMP}, not ${resolved}`);
  return resolved;
}

export function removeDatabase(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(assertBenchFile(file) + suffix, { force: true });
}

/** Generates N reports and checks that each parses with no warnings; throws naming the first that does not. */
export function verifiedCorpus(n: number, seed: number): SyntheticReport[] {
  const corpus = generateCorpus(n, seed);
  for (const r of corpus) {
    const report = parseReport(r.text);
    if (report.warnings.length > 0) throw new Error(`synthetic report ${r.fileName} parses with warnings: ${report.warnings.join("; ")}`);
    if (report.authority !== r.name) throw new Error(`synthetic report ${r.fileName} reads as '${report.authority}'`);
  }
  return corpus;
}

export function tableCounts(file: string): Record<string, number> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const names = ["Authority", "Report", "Section", "Paragraph", "Recommendation", "Footnote", "SearchIndex"];
    return Object.fromEntries(names.map((t) => [t, (sqlite.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]));
  } finally {
    sqlite.close();
  }
}

/**
 * Imports N synthetic reports into a fresh, migrated database through the real
 * import path (importFiles: read, parse, assess, store many to a transaction; decision 0016).
 */
export async function benchImport(n: number, seed: number, dbFile: string): Promise<ImportFigures> {
  const corpus = verifiedCorpus(n, seed);
  const files = writeCorpus(path.join(BENCH_TMP, `corpus-${n}`), corpus);
  const parse = parseOnce(corpus.map((r) => r.text));

  removeDatabase(dbFile);
  applyMigrations(assertBenchFile(dbFile));
  const db = createDb(dbFile);
  try {
    await db.authority.count(); // open the connection outside the timed part
    const start = process.hrtime.bigint();
    const results = await importFiles(db, files);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const failed = results.filter((r) => !r.ok);
    if (failed.length) throw new Error(`${failed.length} synthetic reports failed to import, first: ${JSON.stringify(failed[0])}`);
    const created = results.filter((r) => r.ok && r.result.outcome === "created").length;
    if (created !== n) throw new Error(`expected ${n} new reports, ${created} were created`);
    return {
      n,
      seconds,
      reportsPerSecond: n / seconds,
      parseSeconds: parse.seconds,
      corpusBytes: parse.bytes,
      databaseBytes: fs.statSync(dbFile).size,
      rows: tableCounts(dbFile),
    };
  } finally {
    await db.$disconnect();
  }
}
