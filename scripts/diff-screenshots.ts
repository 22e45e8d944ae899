/**
 * npx tsx scripts/diff-screenshots.ts BEFORE_DIR AFTER_DIR [--out=DIR] [--threshold=0.1]
 *
 * Compares two folders of full-page screenshots, file by file (e2e/accessibility.spec.ts writes
 * one per page state and width to <outputDir>/screenshots/). For each pair it prints the size of
 * each and the share of pixels that differ, and writes an image of the differences (in red) to
 * --out (default test-results/screenshot-diff/). A restyling that should look the same is checked
 * by running the spec before and after with E2E_OUTPUT_DIR set to two folders, then this.
 *
 * Exit 1 when a screenshot is missing on one side; differences are reported, not judged: a
 * reviewer looks at the diff images.
 */
import fs from "node:fs";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [beforeDir, afterDir] = args.filter((a) => !a.startsWith("--"));
if (!beforeDir || !afterDir) {
  console.error("usage: npx tsx scripts/diff-screenshots.ts BEFORE_DIR AFTER_DIR [--out=DIR] [--threshold=0.1]");
  process.exit(2);
}
const outDir = path.resolve(flag("out") ?? "test-results/screenshot-diff");
const threshold = Number(flag("threshold") ?? 0.1);
fs.mkdirSync(outDir, { recursive: true });

const pngs = (dir: string) => new Set(fs.readdirSync(dir).filter((f) => f.endsWith(".png")));
const before = pngs(beforeDir);
const after = pngs(afterDir);
const names = [...new Set([...before, ...after])].sort();

/** Both images on one canvas of the larger size, so pages that grew or shrank still compare. */
function padded(png: PNG, width: number, height: number): Buffer {
  if (png.width === width && png.height === height) return png.data;
  const out = new PNG({ width, height, fill: true });
  out.data.fill(255);
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out.data;
}

let missing = 0;
const rows: string[] = [];
for (const name of names) {
  if (!before.has(name) || !after.has(name)) {
    missing++;
    rows.push(`| ${name} | ${before.has(name) ? "present" : "missing"} | ${after.has(name) ? "present" : "missing"} | – |`);
    continue;
  }
  const a = PNG.sync.read(fs.readFileSync(path.join(beforeDir, name)));
  const b = PNG.sync.read(fs.readFileSync(path.join(afterDir, name)));
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = new PNG({ width, height });
  const changed = pixelmatch(padded(a, width, height), padded(b, width, height), diff.data, width, height, { threshold });
  if (changed > 0) fs.writeFileSync(path.join(outDir, name), PNG.sync.write(diff));
  const share = (100 * changed) / (width * height);
  rows.push(`| ${name} | ${a.width}×${a.height} | ${b.width}×${b.height} | ${share.toFixed(2)}% |`);
}

console.log("| screenshot | before | after | pixels that differ |");
console.log("| --- | --- | --- | --- |");
for (const row of rows) console.log(row);
console.log(`\nDifference images: ${outDir}`);
if (missing > 0) {
  console.error(`${missing} screenshot(s) on one side only`);
  process.exitCode = 1;
}
