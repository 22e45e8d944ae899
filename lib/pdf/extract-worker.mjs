// @ts-check
/**
 * Runs in a worker thread (see read-pdf.ts): pdfjs reads the PDF's bytes and
 * the positioned text of each page goes back to the main thread as plain
 * data. The main thread bounds this worker's memory and time and ends it if
 * it runs over, so a hostile PDF cannot take the server down with it.
 *
 * Message back: { ok: true, pages } or { ok: false, kind, detail }.
 */
import { parentPort, workerData } from "node:worker_threads";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

/** @param {unknown} error */
function kindOf(error) {
  const name = /** @type {{ name?: string }} */ (error)?.name ?? "";
  if (name === "PasswordException") return "encrypted";
  if (name === "InvalidPDFException" || name === "FormatError") return "corrupt";
  return "unreadable";
}

/**
 * The fonts' real names (pdfjs only knows them once a page's drawing
 * operators have been read); they say which text is italic or bold. Pages are
 * read for this only until every font in use is known.
 * @param {any} page @param {Set<string>} wanted @param {Map<string, string>} names
 */
async function learnFonts(page, wanted, names) {
  if ([...wanted].every((f) => names.has(f))) return;
  await page.getOperatorList();
  for (const f of wanted) {
    if (names.has(f) || !page.commonObjs.has(f)) continue;
    names.set(f, String(page.commonObjs.get(f)?.name ?? ""));
  }
}

/** @param {any} doc */
async function readPages(doc) {
  /** @type {Map<string, string>} */
  const fontNames = new Map();
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const raw = content.items.filter((/** @type {any} */ it) => "str" in it && it.str.trim() !== "");
    await learnFonts(page, new Set(raw.map((/** @type {any} */ it) => it.fontName)), fontNames);
    const items = [];
    for (const it of raw) {
      const [a, b, c, d, e, f] = it.transform;
      // Only horizontal text is part of the report: rotated watermarks and margin notes are not.
      if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
      items.push({ s: it.str, x: e, y: f, w: it.width, size: Math.abs(d), font: fontNames.get(it.fontName) ?? "" });
    }
    pages.push({ width: viewport.width, height: viewport.height, items });
    page.cleanup();
  }
  return pages;
}

async function main() {
  const { data, maxPages } = workerData;
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    parentPort?.postMessage({ ok: false, kind: kindOf(error), detail: String(/** @type {Error} */ (error)?.message ?? error) });
    return;
  }
  try {
    if (doc.numPages > maxPages) {
      parentPort?.postMessage({ ok: false, kind: "too-many-pages", detail: String(doc.numPages) });
      return;
    }
    parentPort?.postMessage({ ok: true, pages: await readPages(doc) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, kind: kindOf(error), detail: String(/** @type {Error} */ (error)?.message ?? error) });
  } finally {
    await doc.destroy();
  }
}

await main();
