/**
 * npx tsx scripts/pdf-corpus/score.ts [tuned|frozen|heldout|frozen3|…|frozen12] [name-filter]
 *
 * Reads every PDF of the corpus and scores its report JSON against the JSON
 * of the text it was made from: leaf fields equal / leaf fields in all, per
 * file, and the pages read per second.
 */
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { readPdfText } from "../../lib/pdf/read-pdf";
import { parseReport } from "../../lib/report/parse-report";

const ROOT = path.join(import.meta.dirname, "..", "..");
const CORPUS = path.join(ROOT, "test", "fixtures", "pdf-corpus");

function leaves(value: unknown, at = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, `${at}/${k}`, out);
  } else out.set(at, value);
  return out;
}

function textOf(set: string, name: string): string {
  const own = path.join(CORPUS, set, `${name}.txt`);
  if (fs.existsSync(own)) return fs.readFileSync(own, "utf8");
  if (name.startsWith("synthetic")) return fs.readFileSync(path.join(ROOT, "test", "fixtures", "pdf", `${name}.txt`), "utf8");
  return fs.readFileSync(path.join(ROOT, "seed", "reports", `${name}.txt`), "utf8");
}

async function main(): Promise<void> {
  const set = process.argv[2] ?? "tuned";
  const filter = process.argv[3] ?? "";
  const files = fs
    .readdirSync(path.join(CORPUS, set))
    .filter((f) => f.endsWith(".pdf") && f.includes(filter))
    .sort();
  let [equal, total, pages, ms] = [0, 0, 0, 0];
  for (const file of files) {
    const name = file.split(".")[0];
    const want = leaves(parseReport(textOf(set, name)));
    const started = performance.now();
    const read = await readPdfText(fs.readFileSync(path.join(CORPUS, set, file)));
    ms += performance.now() - started;
    let got = new Map<string, unknown>();
    let note = "";
    if (!read.ok) note = read.error;
    else {
      pages += read.pages;
      try {
        got = leaves(parseReport(read.text));
      } catch (error) {
        note = String((error as Error).message);
      }
    }
    const same = [...want].filter(([k, v]) => isDeepStrictEqual(got.get(k), v)).length;
    equal += same;
    total += want.size;
    const wrong = [...want].filter(([k, v]) => !isDeepStrictEqual(got.get(k), v)).map(([k]) => k);
    console.log(`${file}\t${same}/${want.size}\t${note}${wrong.slice(0, 6).join(" ")}`);
  }
  console.log(`all\t${equal}/${total} fields\t${pages} pages in ${(ms / 1000).toFixed(1)} s: ${((pages * 1000) / ms).toFixed(1)} pages/s`);
}

await main();
