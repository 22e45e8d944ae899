/**
 * What the PDF corpus scripts (make-pdf-corpus.ts, make-pdf-heldout.ts,
 * make-pdf-frozen3.ts) share: a report's blocks written for make_docx.py, the
 * .docx it makes, LibreOffice's conversions in a scratch directory of its own,
 * and a set's reports (Barnet, Dudley and one synthetic report, its text
 * committed beside its PDFs); and the sets of Word documents in house styles
 * (make-pdf-frozen10.ts to -12.ts), printed by LibreOffice and some re-saved.
 * Debian's python3-docx, LibreOffice, Ghostscript, qpdf and poppler only.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "../../lib/testing/synthetic-corpus";
import { reportBlocks, type Block } from "./report-blocks";

const ROOT = path.join(import.meta.dirname, "..", "..");

export function authorityOf(text: string): string {
  return /services in ([^\n*]+)/i.exec(text)?.[1].trim() ?? "report";
}

/** A scratch directory and LibreOffice working in it, with a profile of its own. */
export function officeWorkspace(prefix: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  /** Converts `file` with LibreOffice into `dir` and returns the new file's path. */
  const convert = (file: string, to: string, dir = work): string => {
    const profile = `-env:UserInstallation=file://${work}/profile`;
    execFileSync("soffice", ["--headless", profile, "--convert-to", to, "--outdir", dir, file], { stdio: "ignore" });
    return path.join(dir, `${path.basename(file, path.extname(file))}.${to.split(":")[0]}`);
  };
  /** The report's blocks as make_docx.py reads them, with its running header. */
  const blocksOf = (name: string, text: string): { blocks: Block[]; blocksFile: string; header: string } => {
    const blocks = reportBlocks(text);
    const blocksFile = path.join(work, `${name}.json`);
    fs.writeFileSync(blocksFile, JSON.stringify(blocks));
    return { blocks, blocksFile, header: `CQC integrated inspection: ${authorityOf(text)}` };
  };
  return { work, convert, blocksOf, remove: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/** make_docx.py: the report as a .docx, its facts in Word tables (or tab stops), in a font and page size if given. */
export function makeDocx(blocksFile: string, file: string, layout: "table" | "tabs", header: string, font?: string, page?: string): void {
  const extra = font && page ? [font, page] : [];
  execFileSync("/usr/bin/python3", [path.join(ROOT, "scripts", "pdf-corpus", "make_docx.py"), blocksFile, file, layout, header, ...extra]);
}

/**
 * A set of Barnet, Dudley and the `syntheticNumber`th synthetic report of the
 * default seed (its text written beside the PDFs), each made by `makeReport`
 * (awaited, one report after another); then the files of `outDir` listed with
 * their sizes.
 */
export async function makeSet(
  outDir: string,
  syntheticNumber: number,
  makeReport: (name: string, text: string) => void | Promise<void>,
): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of ["barnet", "dudley"])
    await makeReport(name, fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8"));
  const synthetic = generateCorpus(syntheticNumber)[syntheticNumber - 1].text;
  fs.writeFileSync(path.join(outDir, `synthetic-${syntheticNumber}.txt`), synthetic);
  await makeReport(`synthetic-${syntheticNumber}`, synthetic);
  for (const f of fs.readdirSync(outDir).sort()) console.log(`${f}\t${fs.statSync(path.join(outDir, f)).size}`);
}

/**
 * Calligra Words prints a .docx (`calligrawords --export-pdf`, Qt without a display, in a D-Bus
 * session of its own, `work` as its home): calligraconverter's PDF export crashes, and
 * calligrawords writes the PDF but does not quit, so once the file ends in %%EOF and has stopped
 * growing the process group started here is ended. Used by make-pdf-frozen6.ts and -frozen8.ts.
 */
export async function printWithCalligra(docx: string, out: string, work: string): Promise<void> {
  fs.rmSync(out, { force: true });
  const env = { ...process.env, QT_QPA_PLATFORM: "offscreen", HOME: work, XDG_RUNTIME_DIR: work };
  const args = ["--", "calligrawords", "--export-pdf", "--export-filename", out, docx];
  const child = spawn("dbus-run-session", args, { env, stdio: "ignore", detached: true });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let [size, running] = [-1, true];
  void exited.then(() => (running = false));
  for (let waited = 0; running; waited += 500) {
    if (waited > 180_000) throw new Error(`${docx}: Calligra Words wrote no PDF in 3 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = fs.existsSync(out) ? fs.statSync(out).size : -1;
    if (now > 0 && now === size && fs.readFileSync(out).subarray(-8).toString("latin1").includes("%%EOF")) break;
    size = now;
  }
  if (running) process.kill(-(child.pid ?? 0), "SIGTERM");
  await exited;
  if (!fs.existsSync(out)) throw new Error(`${docx}: Calligra Words wrote no PDF`);
}

/** How a printed PDF is re-saved, as someone optimising or re-distilling it would. */
export type Resave = "gs" | "qpdf" | "cairo";

function resave(input: string, out: string, how: Resave): void {
  if (how === "gs") execFileSync("gs", ["-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", `-sOutputFile=${out}`, input]);
  else if (how === "qpdf") execFileSync("qpdf", ["--object-streams=generate", "--linearize", input, out]);
  else execFileSync("pdftocairo", ["-pdf", input, out]);
}

/**
 * A set of Word documents in house styles (make-pdf-frozen10.ts to -12.ts):
 * each report (a text written for the set, in `outDir`, or a seed) written as
 * a .docx in each style by the Python `writer` (given the report's blocks as
 * JSON, the .docx to write, the style and `argsOf`'s words), printed by
 * LibreOffice as <report>.<style>-lo.pdf, and re-saved as listed in `resaves`
 * (<report>.<style>-lo-<how>.pdf). With a `filter`, only the files whose
 * names hold it. KEEP_DOCX names a directory to keep the documents in.
 */
export function makeWordSet<S extends string>(options: {
  outDir: string;
  reports: string[];
  styles: readonly S[];
  resaves: Record<string, [S, Resave][]>;
  writer: string;
  argsOf: (style: S, name: string, text: string) => string[];
  filter: string;
}): void {
  const { outDir, reports, styles, resaves, writer, argsOf, filter } = options;
  const { work, convert, remove } = officeWorkspace(`pdf-${path.basename(outDir)}-`);
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of reports) {
    const own = path.join(outDir, `${name}.txt`);
    const text = fs.readFileSync(fs.existsSync(own) ? own : path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");
    const blocksFile = path.join(work, `${name}.json`);
    fs.writeFileSync(blocksFile, JSON.stringify(reportBlocks(text)));
    for (const style of styles) {
      const base = `${name}.${style}-lo`;
      const wanted = (resaves[name] ?? []).filter(([s]) => s === style);
      if (![`${base}.pdf`, ...wanted.map(([, how]) => `${base}-${how}.pdf`)].some((f) => f.includes(filter))) continue;
      const docx = path.join(work, `${base}.docx`);
      execFileSync("/usr/bin/python3", [writer, blocksFile, docx, style, ...argsOf(style, name, text)]);
      if (process.env.KEEP_DOCX) fs.copyFileSync(docx, path.join(process.env.KEEP_DOCX, path.basename(docx)));
      const printed = convert(docx, "pdf");
      fs.copyFileSync(printed, path.join(outDir, `${base}.pdf`));
      for (const [, how] of wanted) resave(printed, path.join(outDir, `${base}-${how}.pdf`), how);
    }
  }
  remove();
  for (const f of fs.readdirSync(outDir).sort()) if (f.endsWith(".pdf")) console.log(`${f}\t${fs.statSync(path.join(outDir, f)).size}`);
}
