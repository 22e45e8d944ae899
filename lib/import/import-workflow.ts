import { matchedCouncil } from "../councils/import-summary";
import type { Db } from "../db";
import { findStoredReport } from "../queries/reports";
import { parseReportText } from "../report/read-file";
import { slugify } from "../report/slug";
import type { ImportState } from "./form-state";
import { contentDigest, saveReport } from "./save-report";
import { MAX_UPLOAD_BYTES, readUpload, safeName, type UploadedFile } from "./upload";

/**
 * Importing one report as a person does it, through the form or any later
 * API: read the upload or pasted text, parse it and show what would be stored
 * (nothing is written), then save it if the caller allows (a signed-in admin). The
 * command (import-files.ts) reads files instead of uploads; both parse with
 * parseReportText and store with the same writes (storeReport), the form one
 * report to a transaction, the command many (decision 0016).
 */
export interface ImportInput {
  file: UploadedFile | null;
  /** Pasted text; at the save step, the text that was previewed. */
  text: string | null;
  /** At the save step: the previewed file's name. */
  name: string | null;
  /** Why saving is refused to whoever sent it (decided by the caller: accounts and origin), or null. */
  refusal: string | null;
}

/** Parses an upload or pasted text and says what saving it would do; writes nothing. */
export async function previewImport(input: ImportInput): Promise<ImportState> {
  const upload = await readUpload(input.file, input.text);
  if (!upload.ok) return { step: "start", errors: [upload.error] };
  return previewText(upload.name, upload.text, [], upload.pdf);
}

async function previewText(name: string, text: string, errors: string[], pdf = false): Promise<ImportState> {
  const parsed = parseReportText(text, pdf);
  if (!parsed.ok) return { step: "start", errors: [`${name} could not be read: ${parsed.error}`] };
  const { report } = parsed;
  const slug = slugify(report.authority);
  const stored = await findStoredReport(slug, report.reportDate);
  const effect = !stored ? "new" : stored.sourceSha256 === contentDigest(text) ? "unchanged" : "replace";
  return { step: "preview", errors, name, text, report, slug, effect, council: matchedCouncil(report.authority) };
}

/** Saves the previewed text unless the input says why not, in which case the preview again, saying so. */
export async function saveImport(db: Db, input: ImportInput): Promise<ImportState> {
  const text = input.text ?? "";
  const name = safeName(input.name ?? "pasted text");
  if (text.trim() === "" || Buffer.byteLength(text, "utf8") > MAX_UPLOAD_BYTES) {
    return { step: "start", errors: ["Choose a report file or paste its text"] };
  }
  if (input.refusal) return previewText(name, text, [input.refusal]);

  const parsed = parseReportText(text, false);
  if (!parsed.ok) return { step: "start", errors: [`${name} could not be read: ${parsed.error}`] };
  const { reportId: _id, ...result } = await saveReport(db, parsed.report, { name, text });
  return { step: "saved", ...result, council: matchedCouncil(result.authority) };
}
