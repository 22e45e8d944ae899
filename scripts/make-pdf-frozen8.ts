/**
 * npx tsx scripts/make-pdf-frozen8.ts [name-filter]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen8/: frozen set 8, reports laid
 * out as ordinary Word documents by two writers not used for this corpus
 * before, each .docx printed to PDF by the word processors at hand. The
 * reports: three texts written by hand for this set and committed beside the
 * PDFs (synthetic-14 Stourmouth and Dene, synthetic-15 Kelderby, synthetic-16
 * Fenmarsh), and Barnet and Dudley from seed/reports/. Files are named
 * <report>.<writer>-<printer>.pdf.
 *
 * Writers:
 *   docxjs  the `docx` npm package 9.x (pdf-corpus/docxjs-report.mjs): numbered headings and findings
 *           from a Word numbering definition (%1. and %1.%2, a tab after the number), bullets from a
 *           bullet definition, bordered tables with shaded header rows and a merged (gridSpan) header
 *           cell, the first row a repeated header row, running header, "Page X of Y" from PAGE and
 *           NUMPAGES fields, raised ordinals, justified body, headings keep-with-next
 *   pandoc  pandoc 2.17 from Markdown written here (headings, pipe tables, ^th^ superscripts, bullet
 *           lists, the finding numbers typed in the text), with a reference.docx made by
 *           pdf-corpus/pandoc_reference.py (fonts, sizes, justified Body Text, bordered tables with a
 *           shaded first row, page size and margins, header and "Page X of Y" footer)
 * Printers:
 *   lo        LibreOffice Writer 7.4 (soffice --headless --convert-to pdf)
 *   calligra  Calligra Words 3.2 (calligrawords --export-pdf; calligraconverter crashes on PDF export),
 *             the pandoc documents only. It lays them out in DejaVu Sans (it does not take the fonts
 *             pandoc's documents name through their default run properties), leaves the first row of
 *             the tables unshaded, draws pandoc's horizontal rule (Barnet's "---") as a dot, and on one
 *             page of each document (page 2 of synthetic-15, Barnet and Dudley, page 5 of synthetic-14
 *             and synthetic-16) lets the body run down into the footer, so that "Page X of Y" is missing
 *             on that page (right on every other): kept as found.
 *
 * Tried and not used, because they mangle the documents:
 *   AbiWord 3.0.5 (abiword --to=pdf): prints the PAGE and NUMPAGES fields as blanks (docx package)
 *             or as "Page 1 of 1" on every page (pandoc, the fields' cached results); does not
 *             restart the %1.%2 numbering at each heading (4.1 printed as 1.10); and with Carlito its
 *             "ti" and "tt" ligatures come out as U+FFFD in the text layer.
 *   Calligra Words on the docx package's documents: the findings' %1.%2 numbers printed as "12"
 *             for 1.1, and the footer's fields blank.
 *
 * Not measured yet: it is to be measured once, before any reader change for
 * it, by someone who did not make it. The expected JSON is each report's text
 * parsed (scripts/parse.ts).
 *
 * Needs Debian's (bookworm) pandoc, libreoffice-writer-nogui, calligrawords and the fonts
 * fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-liberation2:
 *
 *   apt-get install --no-install-recommends pandoc libreoffice-writer-nogui calligrawords \
 *     fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2
 *
 * and the `docx` npm package installed outside the repository (it is not one of the project's
 * packages), its directory named in DOCXJS_DIR (default /tmp/docxjs):
 *
 *   mkdir -p /tmp/docxjs && (cd /tmp/docxjs && npm init -y && npm install docx@9)
 *
 * With a filter given, it makes only the PDFs whose names contain it. The
 * tests need none of these, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { printWithCalligra } from "./pdf-corpus/office";
import { reportBlocks, type Block } from "./pdf-corpus/report-blocks";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen8");
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-frozen8-"));
const DOCXJS_DIR = process.env.DOCXJS_DIR ?? "/tmp/docxjs";

const textOf = (name: string): string =>
  fs.readFileSync(name.startsWith("synthetic") ? path.join(OUT, `${name}.txt`) : path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");
const authorityOf = (text: string): string => /services in ([^\n*]+)/i.exec(text)?.[1].trim() ?? "report";

interface Layout {
  font: string;
  headFont?: string;
  size: number; // half-points
  page: "A4" | "Letter";
  margins: [number, number, number, number]; // mm: top, right, bottom, left
  header: (authority: string) => string;
  shade?: string;
  colour?: string;
  hanging?: number;
  line?: number;
  labelShare?: number;
  headerAlign?: string;
  footerAlign?: string;
}

const DOCXJS: Record<string, Layout> = {
  "synthetic-14": {
    font: "Carlito",
    size: 22,
    page: "A4",
    margins: [25.4, 25.4, 25.4, 25.4],
    shade: "D9E2F3",
    header: (a) => `Integrated inspection of safeguarding and looked after children's services: ${a}`,
  },
  "synthetic-15": {
    font: "Caladea",
    size: 22,
    page: "Letter",
    margins: [25.4, 25.4, 25.4, 31.75],
    shade: "E2EFD9",
    colour: "385623",
    hanging: 794,
    header: (a) => `CQC children's services inspection – ${a}`,
  },
  "synthetic-16": {
    font: "Liberation Serif",
    headFont: "Liberation Sans",
    size: 24,
    page: "A4",
    margins: [20, 20, 22, 20],
    shade: "DDDDDD",
    colour: "000000",
    line: 276,
    labelShare: 0.42,
    header: (a) => `Care Quality Commission – ${a}`,
  },
  dudley: {
    font: "Liberation Serif",
    size: 23,
    page: "Letter",
    margins: [25.4, 28, 25.4, 28],
    shade: "D0CECE",
    colour: "000000",
    hanging: 851,
    header: (a) => `Inspection of safeguarding and looked after children's services – ${a}`,
  },
  barnet: {
    font: "Carlito",
    headFont: "Caladea",
    size: 21,
    page: "Letter",
    margins: [19, 19, 19, 19],
    shade: "FBE4D5",
    colour: "833C0B",
    hanging: 680,
    header: (a) => `Report on the integrated inspection in ${a}`,
  },
};
const PANDOC: Record<string, Layout> = {
  "synthetic-14": {
    font: "Liberation Serif",
    size: 24,
    page: "Letter",
    margins: [25.4, 25.4, 25.4, 25.4],
    header: (a) => `Safeguarding and looked after children: ${a}`,
    footerAlign: "center",
  },
  "synthetic-15": {
    font: "Carlito",
    size: 22,
    page: "A4",
    margins: [20, 20, 20, 20],
    colour: "1F3864",
    header: (a) => `Integrated inspection report – ${a}`,
  },
  "synthetic-16": {
    font: "Caladea",
    headFont: "Carlito",
    size: 22,
    page: "Letter",
    margins: [22, 25, 22, 25],
    colour: "7030A0",
    shade: "EDE2F6",
    header: (a) => `CQC | ${a}`,
    headerAlign: "right",
  },
  barnet: {
    font: "Liberation Serif",
    headFont: "Liberation Sans",
    size: 22,
    page: "A4",
    margins: [20, 18, 20, 18],
    colour: "C00000",
    shade: "F2F2F2",
    header: (a) => `${a}: CQC report`,
    headerAlign: "right",
  },
  dudley: {
    font: "Caladea",
    size: 23,
    page: "A4",
    margins: [25, 22, 25, 22],
    colour: "1F4E79",
    header: (a) => `Integrated inspection of children's services in ${a}`,
    footerAlign: "center",
  },
};

/** Which writer each report goes through and which printers print it. */
const PLAN: [string, "docxjs" | "pandoc", ("lo" | "calligra")[]][] = [
  ["synthetic-14", "docxjs", ["lo"]],
  ["synthetic-14", "pandoc", ["lo", "calligra"]],
  ["synthetic-15", "docxjs", ["lo"]],
  ["synthetic-15", "pandoc", ["lo", "calligra"]],
  ["synthetic-16", "docxjs", ["lo"]],
  ["synthetic-16", "pandoc", ["lo", "calligra"]],
  ["barnet", "docxjs", ["lo"]],
  ["barnet", "pandoc", ["lo", "calligra"]],
  ["dudley", "docxjs", ["lo"]],
  ["dudley", "pandoc", ["lo", "calligra"]],
];

const DEADLINE = /^within \d+ months?\b/i;
const HEADING = /^(?:\d{1,2}\.\s+(?:general|outcome)\b.*|general\s*[-–].*|the inspection process|context:?|recommendations|next steps)$/i;

function layoutJson(layout: Layout, authority: string): string {
  const file = path.join(WORK, `layout-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...layout, header: layout.header(authority) }));
  return file;
}

/** The report through the docx package: blocks as report-blocks.ts reads them, deadlines as headings. */
function docxjs(name: string, text: string): string {
  // report-blocks.ts reads the title only when marked with #, and loses the tab after the council's
  // name (the ratings table's first row): both put back here, and the deadlines made headings.
  const blocks: Block[] = [];
  for (const b of reportBlocks(text)) {
    const t = b.kind === "table" ? "" : b.runs.map((r) => r.t).join("");
    const last = blocks[blocks.length - 1];
    if (
      b.kind === "table" &&
      last?.kind === "para" &&
      /\bCouncil$/.test(last.runs.map((r) => r.t).join("")) &&
      text.includes(`${last.runs.map((r) => r.t).join("")}\t`)
    ) {
      blocks.pop();
      blocks.push({ kind: "table", rows: [[last.runs, []], ...b.rows] });
    } else if (b.kind === "para" && /^Report on the Outcome\b.*services\s+in\b/i.test(t))
      blocks.push({ kind: "title", runs: b.runs.map((r) => ({ ...r, b: true })) });
    else if (b.kind === "para" && DEADLINE.test(t)) blocks.push({ kind: "heading", runs: b.runs.map((r) => ({ ...r, b: true })) });
    else blocks.push(b);
  }
  const blocksFile = path.join(WORK, `${name}.blocks.json`);
  fs.writeFileSync(blocksFile, JSON.stringify(blocks));
  const out = path.join(WORK, `${name}.docxjs.docx`);
  execFileSync(
    "node",
    [path.join(ROOT, "scripts", "pdf-corpus", "docxjs-report.mjs"), blocksFile, out, layoutJson(DOCXJS[name], authorityOf(text))],
    {
      env: { ...process.env, DOCXJS_DIR },
      stdio: "inherit",
    },
  );
  return out;
}

const cellText = (s: string): string => s.replace(/\|/g, "\\|").trim();
/** Ordinals raised (^th^); the seed texts' <sup> and <b> as pandoc's own ^…^ and **…** (pandoc drops raw HTML from a .docx). */
const inline = (s: string): string =>
  s
    .replace(/<sup>(.*?)<\/sup>/g, "^$1^")
    .replace(/<b>(.*?)<\/b>/g, (_, t: string) => (t.trim() === "" ? t : /^\*\*.*\*\*$/.test(t) ? t : `**${t}**`))
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1^$2^");

/** The report as pandoc Markdown: headings, pipe tables for the tab rows, bullet lists; the finding numbers stay typed in the text. */
function markdown(text: string): string {
  const out: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (!table.length) return;
    const headed = table[0][1].trim() === "";
    const rows = headed ? table.slice(1) : table;
    const head = headed ? [table[0][0], ""] : ["", ""];
    out.push(
      `| ${inline(cellText(head[0]))} | ${inline(cellText(head[1]))} |`,
      "|:-----------------------------|:---------------------------------------------|",
    );
    for (const [a, b] of rows) out.push(`| ${inline(cellText(a))} | ${inline(cellText(b))} |`);
    out.push("");
    table = [];
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    if (raw.includes("\t")) {
      const [a, b = ""] = raw.split("\t");
      table.push([a, b]);
      continue;
    }
    flush();
    const plain = line.trim();
    if (plain === "") continue;
    if (/services\s+in\b/i.test(plain) && /^Report on/i.test(plain)) out.push(`# ${inline(plain)}`, "");
    else if (HEADING.test(plain)) out.push(`## ${inline(plain)}`, "");
    else if (DEADLINE.test(plain)) out.push(`### ${inline(plain)}`, "");
    else if (/^-\s+/.test(plain)) out.push(inline(plain), "");
    else out.push(inline(plain), "");
  }
  flush();
  // Bullets of one list kept together (a blank line between items would make a loose list; harmless, but tighter is usual).
  return out.join("\n").replace(/^(- .*)\n\n(?=- )/gm, "$1\n");
}

function pandoc(name: string, text: string): string {
  const ref = path.join(WORK, `${name}.reference.docx`);
  execFileSync("/usr/bin/python3", [
    path.join(ROOT, "scripts", "pdf-corpus", "pandoc_reference.py"),
    ref,
    layoutJson(PANDOC[name], authorityOf(text)),
  ]);
  const md = path.join(WORK, `${name}.md`);
  fs.writeFileSync(md, markdown(text));
  const out = path.join(WORK, `${name}.pandoc.docx`);
  execFileSync("pandoc", ["-f", "markdown-smart-auto_identifiers", "-t", "docx", `--reference-doc=${ref}`, "--columns=72", "-o", out, md]);
  return out;
}

async function print(docx: string, printer: string, target: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(WORK, `${printer}-`));
  const produced = path.join(dir, `${path.basename(docx, ".docx")}.pdf`);
  if (printer === "lo")
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${WORK}/lo-profile`, "--convert-to", "pdf", "--outdir", dir, docx],
      { stdio: "ignore" },
    );
  else await printWithCalligra(docx, produced, WORK);
  if (!fs.existsSync(produced)) throw new Error(`${printer} made no PDF of ${docx}`);
  fs.copyFileSync(produced, target);
}

const filter = process.argv[2] ?? "";
fs.mkdirSync(OUT, { recursive: true });
for (const [name, writer, printers] of PLAN) {
  const wanted = printers.filter((p) => `${name}.${writer}-${p}.pdf`.includes(filter));
  if (!wanted.length) continue;
  const text = textOf(name);
  const docx = writer === "docxjs" ? docxjs(name, text) : pandoc(name, text);
  if (process.env.KEEP_DOCX) fs.copyFileSync(docx, path.join(process.env.KEEP_DOCX, path.basename(docx)));
  for (const p of wanted) {
    const target = path.join(OUT, `${name}.${writer}-${p}.pdf`);
    await print(docx, p, target);
    console.log(`${path.basename(target)}\t${fs.statSync(target).size}`);
  }
}
fs.rmSync(WORK, { recursive: true, force: true });
