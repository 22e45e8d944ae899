/**
 * Before and after, side by side: full-page screenshots of the pages a change touched, at a desktop
 * (1280 px) and a phone (390 px) width, from two running production servers (say, the commit before a
 * change in a `git worktree` of its own, and this one), stitched into one PNG per page and width
 * (before on the left, after on the right) with an index.html to look through them.
 *
 *   npx tsx bench/screenshots.ts --before http://127.0.0.1:3720 --after http://127.0.0.1:3700 [--out bench/tmp/screenshots]
 *
 * The folds are as a reader finds them (closed). The import preview is of Dudley's report renamed, as the
 * import spec does. Debian's Chromium, as playwright.config.ts uses. Nothing here judges: a person looks.
 */
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { PNG } from "pngjs";

const ROOT = path.join(import.meta.dirname, "..");
const WIDTHS = [1280, 390];
const GAP = 40;

const previewImport = async (page: Page) => {
  const dudley = fs.readFileSync(path.join(ROOT, "seed", "reports", "dudley.txt"), "utf8");
  await page.getByLabel("Paste the report’s text").fill(dudley.replaceAll("Dudley", "Previewshire"));
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("heading", { level: 2, name: "Previewshire" }).waitFor();
};

const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: "compare", path: "/compare?a=barnet&b=dudley" },
  { name: "authority", path: "/authorities/barnet" },
  { name: "themes", path: "/themes" },
  { name: "home", path: "/" },
  { name: "recommendations", path: "/recommendations" },
  { name: "import-preview", path: "/import", prepare: previewImport },
];

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

/** One full-page screenshot; returns the page's height in CSS pixels. */
async function capture(browser: Browser, baseUrl: string, page: (typeof PAGES)[number], width: number, file: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1, locale: "en-GB" });
  try {
    // Generous: a full-page screenshot of a long page takes a while on a busy machine.
    context.setDefaultTimeout(180_000);
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}${page.path}`, { waitUntil: "networkidle" });
    await page.prepare?.(tab);
    await tab.waitForLoadState("networkidle");
    await tab.screenshot({ path: file, fullPage: true });
    return await tab.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await context.close();
  }
}

/** Before on the left, after on the right, on white. */
function stitch(beforeFile: string, afterFile: string, outFile: string): void {
  const before = PNG.sync.read(fs.readFileSync(beforeFile));
  const after = PNG.sync.read(fs.readFileSync(afterFile));
  const out = new PNG({ width: before.width + GAP + after.width, height: Math.max(before.height, after.height) });
  out.data.fill(255);
  PNG.bitblt(before, out, 0, 0, before.width, before.height, 0, 0);
  PNG.bitblt(after, out, 0, 0, after.width, after.height, before.width + GAP, 0);
  fs.writeFileSync(outFile, PNG.sync.write(out));
}

function indexHtml(rows: { name: string; width: number; before: number; after: number }[]): string {
  const sections = rows.map(
    (r) => `<section><h2>${r.name} at ${r.width} px: ${r.before} px tall before, ${r.after} px after</h2>
<div class="pair"><figure><figcaption>before</figcaption><img src="before/${r.name}-${r.width}.png" alt=""></figure>
<figure><figcaption>after</figcaption><img src="after/${r.name}-${r.width}.png" alt=""></figure></div></section>`,
  );
  return `<!doctype html><meta charset="utf-8"><title>Before and after</title>
<style>body{font-family:sans-serif}.pair{display:flex;gap:40px;align-items:flex-start}figure{margin:0}img{max-width:45vw;border:1px solid #999}</style>
<h1>Before and after</h1>${sections.join("\n")}\n`;
}

async function main() {
  const servers = { before: option("before"), after: option("after") };
  if (!servers.before || !servers.after) throw new Error("usage: npx tsx bench/screenshots.ts --before URL --after URL [--out DIR]");
  const out = path.resolve(option("out") ?? path.join(ROOT, "bench", "tmp", "screenshots"));
  for (const dir of ["before", "after", "side-by-side"]) fs.mkdirSync(path.join(out, dir), { recursive: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const rows: { name: string; width: number; before: number; after: number }[] = [];
  try {
    for (const page of PAGES) {
      for (const width of WIDTHS) {
        const file = (side: string) => path.join(out, side, `${page.name}-${width}.png`);
        const before = await capture(browser, servers.before, page, width, file("before"));
        const after = await capture(browser, servers.after, page, width, file("after"));
        stitch(file("before"), file("after"), file("side-by-side"));
        rows.push({ name: page.name, width, before, after });
        console.log(`${page.name.padEnd(16)} ${String(width).padStart(4)} px: ${before} px tall before, ${after} px after`);
      }
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, "index.html"), indexHtml(rows));
  console.log(
    `\n${path.relative(ROOT, path.join(out, "index.html"))}; stitched pairs in ${path.relative(ROOT, path.join(out, "side-by-side"))}/`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
