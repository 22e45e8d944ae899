import path from "node:path";
import type { CouncilCodes } from "../councils";
import type { Db } from "../db";
import { readReportFile } from "../report/read-file";
import { saveReport, type SaveResult } from "./save-report";

export type FileResult = { file: string; ok: true; result: SaveResult } | { file: string; ok: false; error: string };

/**
 * Imports report files one by one: each file is parsed and stored in its own
 * transaction, so a file that fails changes nothing and the others still load.
 */
export async function importFiles(db: Db, files: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const read = await readReportFile(file);
    if (!read.ok) {
      results.push({ file, ok: false, error: read.error });
      continue;
    }
    try {
      const result = await saveReport(db, read.report, { name: path.basename(file), text: read.text });
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
