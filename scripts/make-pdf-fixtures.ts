/**
 * npx tsx scripts/make-pdf-fixtures.ts
 *
 * Regenerates the PDF fixtures in test/fixtures/pdf/ from the seed reports
 * and a few synthetic ones (lib/testing/synthetic-corpus.ts), printed by two producers the
 * way Word-made reports print: bordered tables with wrapped cells, a running
 * header, a "Page N of M" footer, justified text.
 *
 *   <name>.chromium.pdf  Chromium's print to PDF (Playwright page.pdf)
 *   <name>.lo.pdf        LibreOffice Writer (soffice --convert-to pdf)
 *   <name>.txt           the text each was printed from (synthetic reports only;
 *                        the seed reports' text is seed/reports/<name>.txt)
 *
 * and the bad cases: encrypted (qpdf), scan (pdftoppm image wrapped back
 * into a PDF by Chromium: no text layer), truncated.
 *
 * Needs /usr/bin/chromium, soffice, qpdf and pdftoppm; the tests need none of
 * them, only the committed files.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { generateCorpus } from "../lib/testing/synthetic-corpus";
import { reportHtml } from "./pdf-fixtures/report-html";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures", "pdf");
const SYNTHETIC = [0, 1, 2];

function titleOf(text: string): string {
  return /services in ([^\n*]+)/i.exec(text)?.[1].trim() ?? "report";
}

async function printChromium(html: string, file: string, header: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.pdf({
      path: file,
      format: "A4",
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;text-align:right;margin-right:15mm">${header}</div>`,
      footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: "22mm", bottom: "22mm", left: "20mm", right: "20mm" },
    });
  } finally {
    await browser.close();
  }
}

/** LibreOffice reads <div title="header|footer"> and its own page-number fields from HTML. */
function printLibreOffice(html: string, file: string, header: string): void {
  const extra =
    `<div title="header"><p style="text-align:right;font-size:8pt">${header}</p></div>` +
    `<div title="footer"><p style="text-align:center;font-size:8pt">Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>`;
  const withHeader = html.replace("<body>", `<body>${extra}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-fixtures-"));
  const src = path.join(dir, `${path.basename(file, ".pdf")}.html`);
  fs.writeFileSync(src, withHeader);
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      dir,
      src,
    ],
    { stdio: "ignore" },
  );
  fs.copyFileSync(path.join(dir, `${path.basename(src, ".html")}.pdf`), file);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function makeReport(name: string, text: string): Promise<void> {
  const header = `CQC integrated inspection: ${titleOf(text)}`;
  const html = reportHtml(text, `Report: ${titleOf(text)}`);
  await printChromium(html, path.join(OUT, `${name}.chromium.pdf`), header);
  printLibreOffice(html, path.join(OUT, `${name}.lo.pdf`), header);
}

async function makeBadCases(): Promise<void> {
  const good = path.join(OUT, "dudley.lo.pdf");
  execFileSync("qpdf", ["--encrypt", "secret", "secret", "256", "--", good, path.join(OUT, "encrypted.pdf")]);
  const bytes = fs.readFileSync(good);
  fs.writeFileSync(path.join(OUT, "truncated.pdf"), bytes.subarray(0, Math.floor(bytes.length / 3)));
  // A scan: the first page as a picture, wrapped back into a PDF with no text layer.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-scan-"));
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", good, path.join(dir, "page")]);
  const png = fs.readdirSync(dir).find((f) => f.endsWith(".png"))!;
  const data = fs.readFileSync(path.join(dir, png)).toString("base64");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.setContent(`<html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${data}"></body></html>`);
    await page.pdf({ path: path.join(OUT, "scan.pdf"), format: "A4", printBackground: true });
  } finally {
    await browser.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  for (const name of ["barnet", "dudley"]) {
    await makeReport(name, fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8"));
  }
  const corpus = generateCorpus(Math.max(...SYNTHETIC) + 1);
  for (const i of SYNTHETIC) {
    const r = corpus[i];
    const name = `synthetic-${i + 1}`;
    fs.writeFileSync(path.join(OUT, `${name}.txt`), r.text);
    await makeReport(name, r.text);
  }
  await makeBadCases();
  for (const f of fs.readdirSync(OUT).sort()) console.log(`${f}\t${fs.statSync(path.join(OUT, f)).size}`);
}

await main();
