/**
 * npx tsx scripts/pdf-corpus/dump-pages.ts [--pages=N] <out-dir> <file.pdf>…
 *
 * The positioned text and ruling lines of each PDF's pages as JSON
 * (<out-dir>/<name>.json), the input layoutText takes: for unit tests that
 * must not start pdfjs, and for looking at what a producer wrote. --pages=N
 * keeps the first N pages (where the metadata and ratings tables are).
 */
import fs from "node:fs";
import path from "node:path";
import { readPdfPages } from "../../lib/pdf/read-pdf";

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pages = Number(/^--pages=(\d+)$/.exec(args[0] ?? "")?.[1] ?? Infinity);
  const [out, ...files] = Number.isFinite(pages) ? args.slice(1) : args;
  fs.mkdirSync(out, { recursive: true });
  for (const file of files) {
    const started = performance.now();
    const read = await readPdfPages(fs.readFileSync(file));
    if (!read.ok) {
      console.error(`${file}: ${read.error}`);
      continue;
    }
    const compact = read.pages.slice(0, pages).map((p) => ({
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
