/**
 * What the PDF corpus scripts (make-pdf-corpus.ts, make-pdf-heldout.ts,
 * make-pdf-frozen3.ts) share: a report's blocks written for make_docx.py, the
 * .docx it makes, LibreOffice's conversions in a scratch directory of its own,
 * and a set's reports (Barnet, Dudley and one synthetic report, its text
 * committed beside its PDFs). Debian's python3-docx and LibreOffice only.
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
