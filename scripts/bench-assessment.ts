/**
 * What one finding paragraph costs to assess and to tag with themes
 * (issue 21: import speed matters, so a rule change must not make
 * assessment more than 10% slower). Reads every labelled paragraph and every
 * paragraph and recommendation of the two seed reports, warms up, then times
 * rounds and prints the median CPU microseconds per paragraph.
 *
 *   npx tsx scripts/bench-assessment.ts [path/to/assessment/index.ts …] [rounds]
 *
 * With paths, times those copies of lib/assessment (say, the last commit's,
 * from `git archive HEAD lib/assessment | tar -x -C /tmp/old`, and this one)
 * on the same texts in alternating rounds of one process, so before and after
 * are measured alike on a shared machine.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseReport } from "../lib/report/parse-report";

type Assessment = { assessParagraph(text: string): unknown; themesOf(text: string): string[] };

const root = path.join(import.meta.dirname, "..");

function texts(): string[] {
  const labels = path.join(root, "lib", "assessment", "labels");
  const out: string[] = [];
  for (const file of fs.readdirSync(labels).filter((f) => f.endsWith(".json"))) {
    const data = JSON.parse(fs.readFileSync(path.join(labels, file), "utf8"));
    const paragraphs: { sentences: { text: string }[] }[] = Array.isArray(data) ? data : data.paragraphs;
    for (const p of paragraphs) out.push(p.sentences.map((s) => s.text).join(" "));
  }
  for (const name of ["barnet", "dudley"]) {
    const report = parseReport(fs.readFileSync(path.join(root, "seed", "reports", `${name}.txt`), "utf8"));
    for (const section of report.sections) for (const p of section.paragraphs) out.push(p.text);
    for (const r of report.recommendations) out.push(r.text);
  }
  return out;
}

/** CPU microseconds per text (user + system: steadier than wall time on a shared machine). */
function microsPerText(run: (text: string) => unknown, all: readonly string[], repeat: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) for (const text of all) run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (repeat * all.length);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** "median (fastest)": the fastest round is the least disturbed by other work on the machine. */
const summary = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)})`;

async function main() {
  const paths = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
  const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 9);
  if (paths.length === 0) paths.push(path.join(root, "lib", "assessment", "index.ts"));
  const engines = await Promise.all(paths.map(async (p) => (await import(pathToFileURL(path.resolve(p)).href)) as Assessment));
  const all = texts();
  const times = engines.map(() => ({ assess: [] as number[], themes: [] as number[] }));
  // Warm-up, so the first copy timed is not the one that compiles the patterns.
  for (const engine of engines) {
    microsPerText(engine.assessParagraph, all, 5);
    microsPerText(engine.themesOf, all, 5);
  }
  // Alternating rounds, so a change in the machine's load falls on every copy alike.
  for (let round = 0; round < rounds; round++) {
    engines.forEach((engine, i) => {
      times[i].assess.push(microsPerText(engine.assessParagraph, all, 10));
      times[i].themes.push(microsPerText(engine.themesOf, all, 10));
    });
  }
  paths.forEach((p, i) =>
    console.log(
      `${p}: ${all.length} texts, ${rounds} rounds; CPU µs per text, median (fastest): ` +
        `assessParagraph ${summary(times[i].assess)}, themesOf ${summary(times[i].themes)}`,
    ),
  );
}

void main();
