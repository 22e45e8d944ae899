/**
 * npx tsx scripts/pdf-corpus/dump-pages.ts <out-dir> <file.pdf>…
 *
 * The positioned text and ruling lines of each PDF's pages as JSON
 * (<out-dir>/<name>.json), the input layoutText takes: for unit tests that
 * must not start pdfjs, and for looking at what a producer wrote.
 */
import fs from "node:fs";
import path from "node:path";
import { readPdfPages } from "../../lib/pdf/read-pdf";

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const [out, ...files] = process.argv.slice(2);
  fs.mkdirSync(out, { recursive: true });
  for (const file of files) {
    const started = performance.now();
    const read = await readPdfPages(fs.readFileSync(file));
    if (!read.ok) {
      console.error(`${file}: ${read.error}`);
      continue;
    }
    const compact = read.pages.map((p) => ({
      width: round(p.width),
      height: round(p.height),
      items: p.items.map((t) => ({ ...t, x: round(t.x), y: round(t.y), w: round(t.w), size: round(t.size) })),
      rules: (p.rules ?? []).map((r) => ({ x0: round(r.x0), y0: round(r.y0), x1: round(r.x1), y1: round(r.y1) })),
    }));
    fs.writeFileSync(path.join(out, `${path.basename(file, ".pdf")}.json`), `${JSON.stringify(compact)}\n`);
    console.log(`${file}\t${read.pages.length} pages\t${Math.round(performance.now() - started)} ms`);
  }
}

await main();
