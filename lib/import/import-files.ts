import path from "node:path";
import type { CouncilCodes } from "../councils";
import { databaseFileOf, type Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { type BulkConnection, openBulkConnection } from "../queries/bulk-sql";
import { readReportFile, type ReadResult } from "../report/read-file";
import { type ReportWrites, saveAssessedReport, type SaveResult, storeReport, withRetry } from "./save-report";
import { reassessReport } from "./stored-assessment";
import { renewAllPages } from "../document-layer/renew-pages";

export type FileResult = { file: string; ok: true; result: SaveResult } | { file: string; ok: false; error: string };

/** Reports stored per transaction by importFiles: decision 0016 has the figures. */
const REPORTS_PER_TRANSACTION = 50;

/**
 * Imports report files: each file is read, parsed and assessed, then stored
 * with the same writes as saveReport, many reports to a transaction on a
 * connection of the import's own (decision 0016). A file that fails changes
 * nothing and the others still load; a process that dies midway leaves the
 * reports of its open transaction unstored, never half a report.
 */
export async function importFiles(db: Db, files: string[], perTransaction = REPORTS_PER_TRANSACTION): Promise<FileResult[]> {
  const file = databaseFileOf(db);
  // An in-memory database has no file for a second connection to open.
  if (!file) return importOneByOne(db, files);
  const connection = openBulkConnection(file);
  const results: FileResult[] = [];
  try {
    for (let i = 0; i < files.length; i += perTransaction) {
      const read = await readFiles(files.slice(i, i + perTransaction));
      const stored = await withRetry(() => storeBatch(connection, read));
      results.push(...stored.results);
      // Rare (the same text imported again after the rules changed): done on the client, after the batch's commit.
      let reassessed = false;
      for (const reportId of stored.reassess)
        reassessed = (await withRetry(() => db.$transaction((tx) => reassessReport(tx, reportId)))) || reassessed;
      // Read again under new rules, a report changes what every list and comparison shows: all pages are renewed.
      if (reassessed) await renewAllPages(db);
    }
  } finally {
    connection.close();
  }
  return results;
}

type ReadFile = { file: string; read: ReadResult };
type Stored = { results: FileResult[]; reassess: number[] };

async function readFiles(files: string[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) read.push({ file, read: await readReportFile(file) });
  return read;
}

/** A report's writes failed: its transaction is rolled back. */
class StoreFailure extends Error {
  constructor(readonly cause: unknown) {
    super((cause as Error).message);
  }
}

/**
 * Stores a batch in one transaction. When a report fails to store (rare: files
 * that cannot be read or parsed are known before), the transaction is rolled
 * back and the batch stored again one report to a transaction, so that report
 * changes nothing and the others are kept. A savepoint per report would do
 * it in one pass, but SQLite's full-text index writes out its pending entries
 * at every savepoint, which cost what batching saves (decision 0016).
 */
async function storeBatch(connection: BulkConnection, batch: ReadFile[]): Promise<Stored> {
  try {
    return await storeInOneTransaction(connection, batch);
  } catch (error) {
    if (!(error instanceof StoreFailure)) throw error;
  }
  const stored: Stored = { results: [], reassess: [] };
  for (const item of batch) {
    try {
      const one = await storeInOneTransaction(connection, [item]);
      stored.results.push(...one.results);
      stored.reassess.push(...one.reassess);
    } catch (error) {
      if (!(error instanceof StoreFailure)) throw error;
      stored.results.push({ file: item.file, ok: false, error: `could not be saved: ${error.message.split("\n")[0]}` });
    }
  }
  return stored;
}

async function storeInOneTransaction(connection: BulkConnection, batch: ReadFile[]): Promise<Stored> {
  const reassess: number[] = [];
  const writes = bulkWrites(connection, reassess);
  const results = await connection.transaction(async () => {
    const out: FileResult[] = [];
    for (const { file, read } of batch) {
      if (!read.ok) {
        out.push({ file, ok: false, error: read.error });
        continue;
      }
      try {
        out.push({ file, ok: true, result: await storeReport(writes, read.report, { name: path.basename(file), text: read.text }) });
      } catch (error) {
        throw new StoreFailure(error);
      }
    }
    return out;
  });
  return { results, reassess };
}

function bulkWrites(connection: BulkConnection, reassess: number[]): ReportWrites {
  return {
    rows: async <T extends object>(query: Prisma.Sql) => connection.rows<T>(query),
    run: async (query) => connection.run(query),
    insert: async (table, columns, rows) => connection.insert(table, columns, rows),
    deleteReport: async (reportId) => connection.run(Prisma.sql`DELETE FROM "Report" WHERE "id" = ${reportId}`),
    reassess: async (reportId) => {
      reassess.push(reportId);
      return false;
    },
  };
}

/** The import on the Prisma client alone, one transaction per report. */
async function importOneByOne(db: Db, files: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const read = await readReportFile(file);
    if (!read.ok) {
      results.push({ file, ok: false, error: read.error });
      continue;
    }
    try {
      const result = await saveAssessedReport(db, read.report, { name: path.basename(file), text: read.text });
      results.push({ file, ok: true, result });
    } catch (error) {
      results.push({ file, ok: false, error: `could not be saved: ${(error as Error).message.split("\n")[0]}` });
    }
  }
  return results;
}

const OUTCOME_WORDS = { created: "imported", replaced: "replaced the stored copy", unchanged: "unchanged (already imported)" } as const;

/** One line per file, for the terminal. */
export function describeResult(r: FileResult): string {
  if (!r.ok) return `${r.file}: FAILED: ${r.error}`;
  const s = r.result;
  return (
    `${r.file}: ${s.authority}, report of ${s.reportDate}: ${OUTCOME_WORDS[s.outcome]}; ` +
    `${s.sections} sections, ${s.paragraphs} paragraphs, ${s.recommendations} recommendations, ${s.warnings} warnings; ` +
    describeCouncilMatch(s.authority, s.council)
  );
}

/** Whether the authority's name matched the council lookup, in words: an unmatched name is said, never guessed at. */
function describeCouncilMatch(authority: string, council: CouncilCodes): string {
  return council.laNumber
    ? `council codes LA ${council.laNumber}, ONS ${council.onsCode ?? "none"}`
    : `NOT MATCHED to the council lookup: no LA number or ONS code stored for "${authority}"; correct the name in the report and import it again`;
}
