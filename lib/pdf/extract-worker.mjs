// @ts-check
/**
 * Runs in a worker thread (see pdf-worker.ts): pdfjs reads a PDF's bytes and
 * the positioned text and ruling lines of each page go back to the main
 * thread as plain data. The worker is kept warm and reads one PDF after
 * another; the main thread bounds its memory and each PDF's time and ends
 * it if it runs over, so a hostile PDF cannot take the server down with it.
 *
 * Message in: { id, data, maxPages }.
 * Message back: { id, ok: true, pages } or { id, ok: false, kind, detail }.
 */
import { parentPort } from "node:worker_threads";

// pdfjs's legacy build (the one that runs on Node 20) brings core-js, which
// replaces Array.prototype.push and JSON.parse/stringify in this thread with
// JavaScript versions, forced because V8 misses edge cases of the spec that
// pdfjs never meets (pushing past 2^53, onto a frozen length). The JavaScript
// push alone was an eighth of a page's time; the native ones are put back once
// pdfjs and its worker code (which it would otherwise load, and polyfill with,
// on the first document) are loaded. Nothing else runs in this thread.
const NATIVE = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
].map(([on, name]) => /** @type {const} */ ([on, name, Object.getOwnPropertyDescriptor(on, name)]));
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
/** @type {any} */ (globalThis).pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
for (const [on, name, descriptor] of NATIVE) if (descriptor) Object.defineProperty(on, name, descriptor);

/** @param {unknown} error */
function kindOf(error) {
  const name = /** @type {{ name?: string }} */ (error)?.name ?? "";
  if (name === "PasswordException") return "encrypted";
  if (name === "InvalidPDFException" || name === "FormatError") return "corrupt";
  return "unreadable";
}

/**
 * The fonts' real names (pdfjs only knows them once a page's drawing
 * operators have been read); they say which text is italic or bold.
 * @param {any} page @param {Set<string>} wanted @param {Map<string, string>} names
 */
function learnFonts(page, wanted, names) {
  for (const f of wanted) {
    if (names.has(f) || !page.commonObjs.has(f)) continue;
    const font = page.commonObjs.get(f);
    names.set(f, String(font?.name ?? "") + programStyle(font?.data));
  }
}

/**
 * The style a TrueType/OpenType font program gives itself (OS/2 fsSelection:
 * bit 0 italic, bit 5 bold), as a name suffix. jsPDF names every style of an
 * embedded family alike ("LiberationSans" four times, its descriptors all
 * Flags 32), so only the program says which is italic.
 * @param {Uint8Array | undefined} data
 */
function programStyle(data) {
  if (!(data instanceof Uint8Array) || data.length < 12) return "";
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables && 12 + 16 * i + 16 <= data.length; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...data.subarray(at, at + 4)) !== "OS/2") continue;
    const offset = view.getUint32(at + 8);
    if (offset + 64 > data.length) return "";
    const selection = view.getUint16(offset + 62);
    const style = (selection & 0x20 ? "Bold" : "") + (selection & 1 ? "Italic" : "");
    return style ? `,${style}` : "";
  }
  return "";
}

const { OPS } = pdfjs;
const PAINT = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/** @param {number[]} m @param {number} x @param {number} y */
const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
/** @param {number[]} m @param {number[]} n */
const times = (m, n) => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * Each painted subpath's bounding box in page space: lines and thin filled
 * rectangles are the ruling lines of tables (see lib/pdf/rules.ts).
 * The current transform is followed through save, restore, cm and forms.
 * @param {{ fnArray: number[], argsArray: any[] }} ops
 */
function pathBoxes(ops) {
  /** @type {number[][]} */
  const stack = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const boxes = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (args?.[0]) ctm = times(ctm, args[0]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && PAINT.has(args[0]) && args[1]?.[0]) boxes.push(...subpathBoxes(args[1][0], ctm));
  }
  return boxes;
}

/** @param {ArrayLike<number>} data @param {number[]} ctm */
function subpathBoxes(data, ctm) {
  const boxes = [];
  /** @type {number[][]} */
  let points = [];
  const close = () => {
    if (points.length > 1) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      boxes.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    }
    points = [];
  };
  for (let k = 0; k < data.length;) {
    const op = data[k++];
    if (op === 0) {
      close();
      points.push(apply(ctm, data[k], data[k + 1]));
      k += 2;
    } else if (op === 1) {
      points.push(apply(ctm, data[k], data[k + 1]));
      k += 2;
    } else if (op === 2) {
      points.push(apply(ctm, data[k + 4], data[k + 5]));
      k += 6;
    } else if (op === 3) {
      points.push(apply(ctm, data[k + 2], data[k + 3]));
      k += 4;
    } else close();
  }
  close();
  return boxes;
}

/**
 * Whether a page's text has a wide gap on a line (two em or more between
 * runs): a table's columns, or tab stops. Only such pages need their ruling
 * lines.
 * @param {any[]} raw
 */
function mayHoldTable(raw) {
  const sorted = [...raw].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    const size = Math.abs(b.transform[3]) || 1;
    if (Math.abs(a.transform[5] - b.transform[5]) > 0.25 * size) continue;
    if (b.transform[4] - (a.transform[4] + a.width) >= 2 * size) return true;
  }
  return false;
}

/** A run of characters set one by one, a space between each: "r e p o r t . P l e a s e", "t o". */
const SPACED_LETTERS = /^(?:\S ){1,}\S$/;
/** Four such characters or more: a page with one has its show-text operators read. */
const LETTER_SPACED = /(?:\S ){3,}\S/;

/**
 * What the page's show-text operators wrote, with the spaces they wrote: each
 * operator's text by its characters without spaces, and every word. pdfjs
 * puts a space between two glyphs set further apart than a tenth of an em, so
 * a line justified by spacing its letters (HTMLDOC, when a long unbreakable
 * word leaves a line short) comes back as "r e p o r t . P l e a s e", the
 * spaces between its words no wider than the rest, in one run or a run a word;
 * the operators' glyphs still hold the words' own spaces.
 * @param {any} ops
 */
function shownTexts(ops) {
  /** @type {Map<string, string>} */
  const texts = new Map();
  /** @type {Set<string>} */
  const words = new Set();
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.showText) continue;
    const text = ops.argsArray[i][0]
      .map((/** @type {any} */ g) => (typeof g === "number" ? "" : (g?.unicode ?? "")))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
    texts.set(text.replace(/ /g, ""), text);
    for (const word of text.split(" ")) words.add(word);
  }
  return { texts, words };
}

/**
 * A run's text with its letters joined as the show-text operators wrote them,
 * when it is a run of characters set one by one and they say so.
 * @param {string} str @param {ReturnType<typeof shownTexts> | null} shown
 */
function asShown(str, shown) {
  if (!shown || !SPACED_LETTERS.test(str)) return str;
  const letters = str.replace(/ /g, "");
  return shown.texts.get(letters) ?? (shown.words.has(letters) ? letters : str);
}

/**
 * The table cell of each marked-content id of a page, from its structure
 * tree: "table:row:cell", counted on the page. Only a hint for the layout
 * (tables.ts), which believes it only where it agrees with the page.
 * @param {any} tree
 */
function tableCells(tree) {
  /** @type {Map<string, string>} */
  const cells = new Map();
  let tables = 0;
  /** @param {any} node @param {{ n: number, rows: number } | null} table @param {{ n: number, cells: number } | null} row @param {string | null} cell */
  const walk = (node, table, row, cell) => {
    if (!node) return;
    if (node.type === "content") {
      if (cell && node.id) cells.set(node.id, cell);
      return;
    }
    if (node.role === "Table") [table, row, cell] = [{ n: tables++, rows: 0 }, null, null];
    else if (node.role === "TR" && table) [row, cell] = [{ n: table.rows++, cells: 0 }, null];
    else if ((node.role === "TD" || node.role === "TH") && table && row) cell = `${table.n}:${row.n}:${row.cells++}`;
    for (const child of node.children ?? []) walk(child, table, row, cell);
  };
  walk(tree, null, null, null);
  return cells;
}

/**
 * The page's text runs, each with the table cell its marked content is
 * tagged as, when there is one.
 * @param {any[]} items @param {Map<string, string>} cells
 */
function cellRuns(items, cells) {
  /** @type {(string | null)[]} */
  const open = [];
  const out = [];
  for (const it of items) {
    if (it.type === "beginMarkedContentProps" || it.type === "beginMarkedContent") open.push(it.id ?? null);
    else if (it.type === "endMarkedContent") open.pop();
    else if ("str" in it) {
      const id = open.findLast((m) => m !== null && cells.has(m));
      out.push(id ? { ...it, cell: cells.get(id) } : it);
    }
  }
  return out;
}

/**
 * A page's runs: for a tagged PDF, with the marked content that says which
 * table cell each is in (read only on a page that may hold a table).
 * @param {any} page @param {boolean} tagged
 */
async function pageRuns(page, tagged) {
  const content = await page.getTextContent({ includeMarkedContent: tagged });
  const runs = tagged ? cellRuns(content.items, new Map()) : content.items;
  const raw = runs.filter((/** @type {any} */ it) => "str" in it && it.str.trim() !== "");
  if (!tagged || !mayHoldTable(raw)) return raw;
  const cells = tableCells(await page.getStructTree());
  return cells.size ? cellRuns(content.items, cells).filter((it) => it.str.trim() !== "") : raw;
}

/** @param {any} doc */
async function readPages(doc) {
  /** @type {Map<string, string>} */
  const fontNames = new Map();
  const tagged = Boolean((await doc.getMarkInfo())?.Marked);
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const raw = await pageRuns(page, tagged);
    const wanted = new Set(raw.map((/** @type {any} */ it) => it.fontName));
    // Drawing operators cost as much again as the text: read only for fonts not yet named, or a page that may hold a table.
    const spaced = raw.some((/** @type {any} */ it) => LETTER_SPACED.test(it.str));
    const ops = spaced || [...wanted].some((f) => !fontNames.has(f)) || mayHoldTable(raw) ? await page.getOperatorList() : null;
    if (ops) learnFonts(page, wanted, fontNames);
    const shown = spaced && ops ? shownTexts(ops) : null;
    const items = [];
    for (const it of raw) {
      const [a, b, c, d, e, f] = it.transform;
      // Only horizontal text is part of the report: rotated watermarks and margin notes are not.
      if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
      const item = { s: asShown(it.str, shown), x: e, y: f, w: it.width, size: Math.abs(d), font: fontNames.get(it.fontName) ?? "" };
      items.push(it.cell ? { ...item, cell: it.cell } : item);
    }
    const rules = (ops ? pathBoxes(ops) : []).filter(
      (r) => (r.y1 - r.y0 <= 3 && r.x1 - r.x0 >= 8) || (r.x1 - r.x0 <= 3 && r.y1 - r.y0 >= 8),
    );
    pages.push({ width: viewport.width, height: viewport.height, items, rules });
    page.cleanup();
  }
  return pages;
}

/**
 * One PDF's pages, or why it cannot be read.
 * @param {Uint8Array} data @param {number} maxPages
 */
async function readPdf(data, maxPages) {
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      disableFontFace: true,
      // Keeps each font's program (font.data), whose OS/2 table says its style when its name does not.
      fontExtraProperties: true,
      isEvalSupported: false,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    return { ok: false, kind: kindOf(error), detail: String(/** @type {Error} */ (error)?.message ?? error) };
  }
  try {
    if (doc.numPages > maxPages) return { ok: false, kind: "too-many-pages", detail: String(doc.numPages) };
    return { ok: true, pages: await readPages(doc) };
  } catch (error) {
    return { ok: false, kind: kindOf(error), detail: String(/** @type {Error} */ (error)?.message ?? error) };
  } finally {
    await doc.destroy();
  }
}

// Kept warm: the main thread sends one PDF at a time and waits for its reply.
parentPort?.on("message", async (/** @type {{ id: number, data: Uint8Array, maxPages: number }} */ job) => {
  parentPort?.postMessage({ id: job.id, ...(await readPdf(job.data, job.maxPages)) });
});
