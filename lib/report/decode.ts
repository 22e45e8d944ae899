/**
 * Turns uploaded or read bytes into report text. Reports are UTF-8 (with or
 * without a byte-order mark); older exports are Windows-1252, which is tried
 * when the bytes are not valid UTF-8. Binary files are refused.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

export function decodeReportBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: "the file is empty" };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { ok: false, error: "not a text file (it contains binary data)" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder("windows-1252").decode(bytes) };
  }
}
