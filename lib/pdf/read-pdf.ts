/**
 * Reads the text of an inspection report out of a PDF: pdfjs extracts the
 * positioned text in a pool of warm worker threads, each PDF with bounded
 * memory and time (pdf-worker.ts), and layoutText rebuilds the report's text from it for parseReport.
 */
import { layoutText } from "./layout";
import type { PdfPageText } from "./lines";
import { readInWorker, type PdfLimits } from "./pdf-worker";

export type { PdfLimits } from "./pdf-worker";

const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 30_000, maxHeapMb: 256, maxGrowthMb: 512, maxPages: 120 };

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: string };

/** Whether the bytes are a PDF: told by the `%PDF-` signature (within the first KB, as readers allow), not a file name. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** A PDF ends with an end-of-file marker; one cut short in copying or upload does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .subarray(Math.max(0, bytes.length - 2048))
    .toString("latin1");
  return tail.includes("%%EOF");
}

const MESSAGES: Record<string, (detail: string, limits: PdfLimits) => string> = {
  encrypted: () => "this PDF is password-protected: save an unprotected copy and try again",
  corrupt: () => "this PDF is damaged and cannot be read",
  unreadable: () => "this PDF cannot be read",
  "too-many-pages": (pages, limits) =>
    `this PDF has ${pages} pages; reports of this series have far fewer (the limit is ${limits.maxPages})`,
  timeout: () => "this PDF took too long to read and was given up on",
  memory: () => "this PDF needs too much memory to read and was given up on",
};

/** Fewer visible characters than this on average per page: no text layer to speak of. */
const MIN_CHARACTERS_PER_PAGE = 20;
/** More of the visible characters than this are control codes: the fonts do not say what letters their glyphs are. */
const MAX_CONTROL_SHARE = 0.25;

/**
 * The share of a PDF's visible characters that are control codes. A font
 * with no ToUnicode map and its own glyph codes (after a round trip through
 * PostScript, say) gives pdfjs, and poppler, glyph numbers rather than letters.
 */
function controlShare(pages: PdfPageText[]): number {
  let [control, all] = [0, 0];
  for (const page of pages)
    for (const item of page.items) {
      const visible = item.s.replace(/\s/g, "");
      all += visible.length;
      control += visible.replace(/[^\u0000-\u001f\u007f-\u009f]/g, "").length;
    }
  return all ? control / all : 0;
}

type PdfPagesResult = { ok: true; pages: PdfPageText[] } | { ok: false; error: string };

/** The positioned text and ruling lines of each page of a PDF, or one sentence saying why it cannot be read. */
export async function readPdfPages(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfPagesResult> {
  if (!isPdf(bytes)) return { ok: false, error: "not a PDF file" };
  if (!hasEndMarker(bytes)) return { ok: false, error: "this PDF is incomplete (cut short): it has no end-of-file marker" };
  const reply = await readInWorker(bytes, limits);
  if (!reply.ok) {
    // What pdfjs said is for the operator, not the user: it can name internals.
    if (reply.kind === "unreadable") console.error(`PDF reader: ${reply.detail}`);
    return { ok: false, error: (MESSAGES[reply.kind] ?? MESSAGES.unreadable)(reply.detail, limits) };
  }
  const characters = reply.pages.reduce((n, p) => n + p.items.reduce((m, t) => m + t.s.replace(/\s/g, "").length, 0), 0);
  if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, reply.pages.length)) {
    return { ok: false, error: "this PDF has no text to read: it may be a scan" };
  }
  if (controlShare(reply.pages) > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      error:
        "this PDF's text cannot be read: its fonts do not say which letters they draw (as after printing through PostScript); save the document as PDF again, or import its text",
    };
  }
  return { ok: true, pages: reply.pages };
}

/** The report text of a PDF, or one sentence saying why it cannot be read. */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfTextResult> {
  const read = await readPdfPages(bytes, limits);
  if (!read.ok) return read;
  return { ok: true, text: layoutText(read.pages), pages: read.pages.length };
}
