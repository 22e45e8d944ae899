import fs from "node:fs";
import { isPdf, readPdfText } from "../pdf/read-pdf";
import { decodeReportBytes, type DecodeResult } from "./decode";
import { assessReport } from "./assess-report";
import { parseReport, ReportParseError } from "./parse-report";
import type { AssessedReport, InspectionReport } from "./types";

export type ReadResult = { ok: true; report: AssessedReport; text: string } | { ok: false; error: string };

/** Largest report file read: a PDF of a report of this series is well under 1 MB, its text about 40 KB. */
export const MAX_REPORT_FILE_BYTES = 10 * 1024 * 1024;

type SourceText = DecodeResult & { pdf: boolean };

/** The report text of a file's bytes: a PDF (told by its `%PDF-` signature, not its name) or text. */
export async function reportTextOf(bytes: Uint8Array): Promise<SourceText> {
  if (isPdf(bytes)) return { ...(await readPdfText(bytes)), pdf: true };
  return { ...decodeReportBytes(bytes), pdf: false };
}

/**
 * The parse error in words. A PDF that lacks most of a report's landmarks is
 * some other document (an Ofsted report of a later series, say), and is
 * called that rather than an incomplete report.
 */
function parseFailure(error: ReportParseError, pdf: boolean): string {
  if (pdf && error.missing.length >= 2) {
    const lacking = error.missing.map((m) => m.replace(/^an?\s+/, "")).join("; no ");
    return `this PDF is not a CQC inspection report of the 2011–12 series (it has no ${lacking})`;
  }
  return error.message;
}

/**
 * Parses report text, every failure as a one-line message (worded for a PDF
 * when the text came out of one). The one parse of an import, from a file,
 * the form or any later API.
 */
export function parseReportText(text: string, pdf: boolean): { ok: true; report: InspectionReport } | { ok: false; error: string } {
  try {
    return { ok: true, report: parseReport(text) };
  } catch (error) {
    if (error instanceof ReportParseError) return { ok: false, error: parseFailure(error, pdf) };
    throw error;
  }
}

/** Parses the text of a file, with its assessment. */
function parseSource(source: SourceText): ReadResult {
  if (!source.ok) return source;
  const parsed = parseReportText(source.text, source.pdf);
  return parsed.ok ? { ok: true, report: assessReport(parsed.report), text: source.text } : parsed;
}

/** Reads and parses one report file (text or PDF); every failure comes back as a one-line message. */
export async function readReportFile(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_REPORT_FILE_BYTES) return { ok: false, error: "the file is over 10 MB, the limit for a report" };
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : "cannot be read";
    return { ok: false, error: reason };
  }
  return parseSource(await reportTextOf(bytes));
}
