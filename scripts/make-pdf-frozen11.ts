/**
 * npx tsx scripts/make-pdf-frozen11.ts [name-filter]
 *
 * Regenerates test/fixtures/pdf-corpus/frozen11/: frozen set 11, reports as ordinary Word documents
 * in three house styles new to the corpus, printed to PDF by LibreOffice Writer, some of them then
 * re-saved by one post-processor each. (Header to be completed.)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { authorityOf, officeWorkspace } from "./pdf-corpus/office";
import { reportBlocks } from "./pdf-corpus/report-blocks";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf-corpus", "frozen11");
const REPORTS = ["synthetic-23", "synthetic-24", "synthetic-25", "barnet", "dudley"];
const STYLES = ["ruled", "margin", "watermark"] as const;
type Style = (typeof STYLES)[number];
type Post = "gs" | "qpdf" | "cairo";

/** The post-processed copies: report → the style printed and the post-processor re-saving it. */
const POST: Record<string, [Style, Post][]> = {
  "synthetic-23": [["watermark", "qpdf"]],
  "synthetic-24": [
    ["ruled", "cairo"],
    ["margin", "gs"],
  ],
  "synthetic-25": [["watermark", "cairo"]],
  barnet: [
    ["margin", "gs"],
    ["watermark", "qpdf"],
  ],
  dudley: [
    ["ruled", "qpdf"],
    ["margin", "cairo"],
  ],
};

/** The running header each style prints, as its office words it. */
const HEADERS: Record<Style, (authority: string) => string> = {
  ruled: (a) => `Integrated inspection of safeguarding and looked after children's services – ${a}`,
  margin: (a) => `Care Quality Commission: ${a} health findings`,
  watermark: (a) => `${a} – CQC report to health commissioners and providers`,
};

/** The document reference each office types in its footer or even-page header. */
const reference = (name: string, authority: string): string => {
  const initials = authority
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return `Ref: CQC/CSLAC/${initials}/${(REPORTS.indexOf(name) + 1).toString().padStart(3, "0")}`;
};

const textOf = (name: string): string =>
  fs.readFileSync(name.startsWith("synthetic") ? path.join(OUT, `${name}.txt`) : path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");

function postProcess(input: string, out: string, post: Post): void {
  if (post === "gs") execFileSync("gs", ["-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", `-sOutputFile=${out}`, input]);
  else if (post === "qpdf") execFileSync("qpdf", ["--object-streams=generate", "--linearize", input, out]);
  else execFileSync("pdftocairo", ["-pdf", input, out]);
}

function main(): void {
  const filter = process.argv[2] ?? "";
  const { work, convert, remove } = officeWorkspace("pdf-frozen11-");
  fs.mkdirSync(OUT, { recursive: true });
  for (const name of REPORTS) {
    const text = textOf(name);
    const blocksFile = path.join(work, `${name}.json`);
    fs.writeFileSync(blocksFile, JSON.stringify(reportBlocks(text)));
    for (const style of STYLES) {
      const base = `${name}.${style}-lo`;
      const posts = (POST[name] ?? []).filter(([s]) => s === style).map(([, p]) => `${base}-${p}.pdf`);
      if (![`${base}.pdf`, ...posts].some((f) => f.includes(filter))) continue;
      const docx = path.join(work, `${base}.docx`);
      const authority = authorityOf(text);
      const args = [blocksFile, docx, style, HEADERS[style](authority), reference(name, authority)];
      execFileSync("/usr/bin/python3", [path.join(ROOT, "scripts", "pdf-corpus", "frozen11_docx.py"), ...args]);
      if (process.env.KEEP_DOCX) fs.copyFileSync(docx, path.join(process.env.KEEP_DOCX, path.basename(docx)));
      const printed = convert(docx, "pdf");
      fs.copyFileSync(printed, path.join(OUT, `${base}.pdf`));
      for (const [s, post] of POST[name] ?? []) if (s === style) postProcess(printed, path.join(OUT, `${base}-${post}.pdf`), post);
    }
  }
  remove();
  for (const f of fs.readdirSync(OUT).sort()) if (f.endsWith(".pdf")) console.log(`${f}\t${fs.statSync(path.join(OUT, f)).size}`);
}

main();
