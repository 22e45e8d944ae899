import { isPdf } from "../pdf/read-pdf";
import { MAX_REPORT_FILE_BYTES, reportTextOf } from "../report/read-file";

/** Largest report text accepted through the web: real reports are about 40 KB. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;
/** Largest PDF accepted: reports of this series print to well under 1 MB. */
export const MAX_PDF_UPLOAD_BYTES = MAX_REPORT_FILE_BYTES;

const TEXT_TYPES = new Set(["", "text/plain", "text/markdown", "text/x-markdown", "application/octet-stream", "application/pdf"]);

/** `pdf`: the text was read out of a PDF, so a parse failure is worded for one. */
export type UploadResult = { ok: true; name: string; text: string; pdf: boolean } | { ok: false; error: string };

export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * Checks an upload before anything parses it: size first (without reading
 * more than the limit), then what the bytes are. A PDF is told by its
 * signature, whatever its name; anything else must be a text file.
 */
export async function readUpload(file: UploadedFile | null, pasted: string | null): Promise<UploadResult> {
  const hasFile = file !== null && file.size > 0;
  const hasText = pasted !== null && pasted.trim() !== "";
  if (hasFile && hasText) return { ok: false, error: "Choose a file or paste text, not both" };
  if (!hasFile && !hasText) return { ok: false, error: "Choose a report file or paste its text" };
  if (hasText) {
    if (Buffer.byteLength(pasted, "utf8") > MAX_UPLOAD_BYTES) return { ok: false, error: "The pasted text must be 1 MB or smaller" };
    return { ok: true, name: "pasted text", text: pasted, pdf: false };
  }
  const f = file!;
  if (f.size > MAX_PDF_UPLOAD_BYTES) return { ok: false, error: "The selected file must be 10 MB or smaller" };
  const bytes = await f.bytes();
  if (!isPdf(bytes)) {
    if (f.size > MAX_UPLOAD_BYTES) return { ok: false, error: "The selected file must be 1 MB or smaller (10 MB for a PDF)" };
    const type = f.type.split(";")[0].trim().toLowerCase();
    if (!/\.(txt|text|md|pdf)$/i.test(f.name) || !TEXT_TYPES.has(type)) {
      return { ok: false, error: "The selected file must be a PDF or a plain text (.txt) file" };
    }
  }
  const source = await reportTextOf(bytes);
  if (!source.ok) {
    if (source.pdf) return { ok: false, error: `The selected PDF cannot be read: ${source.error}` };
    return { ok: false, error: `The selected file is ${source.error === "the file is empty" ? "empty" : "not a text file"}` };
  }
  return { ok: true, name: safeName(f.name), text: source.text, pdf: source.pdf };
}

/** A file name fit to show and store: no path, no control characters, not too long. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 120) || "upload.txt";
}
