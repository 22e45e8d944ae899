import fs from "node:fs";
import { decodeReportBytes } from "./decode";
import { assessReport } from "./evidence";
import { parseReport, ReportParseError } from "./parse-report";
import type { AssessedReport } from "./types";

export type ReadResult =
  | { ok: true; report: AssessedReport; text: string }
  | { ok: false; error: string };

/** Reads and parses one report file; every failure comes back as a one-line message. */
export function readReportFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : "cannot be read";
    return { ok: false, error: reason };
  }
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, report: assessReport(parseReport(decoded.text)), text: decoded.text };
  } catch (error) {
    if (error instanceof ReportParseError) return { ok: false, error: error.message };
    throw error;
  }
}
