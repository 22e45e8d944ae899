import { decodeReportBytes } from "../report/decode";

/** Largest report accepted through the web: real reports are about 40 KB. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

const TEXT_TYPES = new Set(["", "text/plain", "text/markdown", "text/x-markdown", "application/octet-stream"]);

export type UploadResult = { ok: true; name: string; text: string } | { ok: false; error: string };

interface UploadedFile {
  name: string;
  type: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * Checks an upload before anything parses it: size first (without reading
 * more than the limit), then type and name, then that the bytes are text.
 */
export async function readUpload(file: UploadedFile | null, pasted: string | null): Promise<UploadResult> {
  const hasFile = file !== null && file.size > 0;
  const hasText = pasted !== null && pasted.trim() !== "";
  if (hasFile && hasText) return { ok: false, error: "Choose a file or paste text, not both" };
  if (!hasFile && !hasText) return { ok: false, error: "Choose a report file or paste its text" };
  if (hasText) {
    if (Buffer.byteLength(pasted, "utf8") > MAX_UPLOAD_BYTES) return { ok: false, error: "The pasted text must be 1 MB or smaller" };
    return { ok: true, name: "pasted text", text: pasted };
  }
  const f = file!;
  if (f.size > MAX_UPLOAD_BYTES) return { ok: false, error: "The selected file must be 1 MB or smaller" };
  const type = f.type.split(";")[0].trim().toLowerCase();
  if (!/\.(txt|text|md)$/i.test(f.name) || !TEXT_TYPES.has(type)) {
    return { ok: false, error: "The selected file must be a plain text (.txt) file" };
  }
  const decoded = decodeReportBytes(await f.bytes());
  if (!decoded.ok) return { ok: false, error: `The selected file is ${decoded.error === "the file is empty" ? "empty" : "not a text file"}` };
  return { ok: true, name: safeName(f.name), text: decoded.text };
}

/** A file name fit to show and store: no path, no control characters, not too long. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 120) || "upload.txt";
}
