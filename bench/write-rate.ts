/**
 * Sustained write transactions a second on one SQLite file in WAL mode, as
 * the app writes them, from one process and from two at once: an action save
 * (lib/actions/save.ts: the action, its note and its history in one
 * transaction) and an import of one report (lib/import/save-report.ts, the
 * report and every row of it in one transaction). The figures of decision
 * 0015 (when one SQLite file is no longer enough).
 *
 *   npx tsx bench/write-rate.ts [--seconds=10]
 *
 * Works in bench/tmp/write-rate/ only.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const TMP = path.join(import.meta.dirname, "tmp", "write-rate");
const FILE = path.join(TMP, "write-rate.db");
// lib/db.ts opens DATABASE_URL when first imported: point it at this run's file first.
process.env.DATABASE_URL = FILE;

const { createDb } = await import("../lib/db");
const { parseActionForm } = await import("../lib/actions/form");
const { saveAction } = await import("../lib/actions/save");
const { saveReport } = await import("../lib/import/save-report");
const { parseReport } = await import("../lib/report/parse-report");
const { generateCorpus } = await import("../lib/testing/synthetic-corpus");
const { applyMigrations } = await import("../lib/testing/test-db");

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const seconds = Number(flag("seconds", "10"));
const PERSON = { id: "write-rate", name: "Write Rate", email: "write-rate@bench.test", role: "admin" as const, authorityIds: [] };
const STARTING_REPORTS = 20;

/** One process's saves of actions until the deadline: each of its recommendations in turn, a note each time. */
async function saveActions(index: number, processes: number, deadline: number): Promise<{ committed: number; from: number }> {
  const db = createDb(FILE);
  const recommendations = (await db.recommendation.findMany({ select: { id: true, dueDate: true }, orderBy: { id: "asc" } })).filter(
    (_, i) => i % processes === index,
  );
  const versions = new Map<number, number>();
  const from = Date.now();
  let committed = 0;
  for (let i = 0; Date.now() < deadline; i++) {
    const r = recommendations[i % recommendations.length];
    const raw = {
      recommendation: r.id,
      version: versions.get(r.id) ?? 0,
      status: "in-progress",
      targetDate: r.dueDate,
      note: `note ${index}-${i}`,
    };
    const parsed = parseActionForm(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const result = await saveAction(db, PERSON, parsed.value, "2026-12-07");
    if (result.kind !== "saved") throw new Error(`save ${i}: ${result.kind}`);
    versions.set(r.id, (versions.get(r.id) ?? 0) + 1);
    committed++;
  }
  await db.$disconnect();
  return { committed, from };
}

/** One process's imports until the deadline: reports of authorities of its own, parsed beforehand. */
async function importReports(index: number, deadline: number): Promise<{ committed: number; from: number }> {
  const db = createDb(FILE);
  const each = 60 * seconds;
  const corpus = generateCorpus(STARTING_REPORTS + each * (index + 1)).slice(STARTING_REPORTS + each * index);
  const parsed = corpus.map((r) => ({ report: parseReport(r.text), source: { name: `${r.slug}.txt`, text: r.text } }));
  const from = Date.now();
  let committed = 0;
  for (const { report, source } of parsed) {
    if (Date.now() >= deadline) break;
    if ((await saveReport(db, report, source)).outcome !== "unchanged") committed++;
  }
  await db.$disconnect();
  return { committed, from };
}

/** Runs `processes` children at once, each writing for `seconds`, and sums their commits. */
async function measure(kind: "save" | "import", processes: number): Promise<{ perSecond: number; committed: number }> {
  // The children load and prepare within the first seconds; each counts from when it starts writing.
  const deadline = Date.now() + (kind === "import" ? 10_000 : 4000) + seconds * 1000;
  const children = Array.from({ length: processes }, (_, index) => {
    const child = spawn(
      path.join(import.meta.dirname, "..", "node_modules", ".bin", "tsx"),
      [import.meta.filename, `--child=${kind}`, `--index=${index}`, `--processes=${processes}`, `--deadline=${deadline}`],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    return new Promise<{ committed: number; from: number }>((resolve, reject) =>
      child.on("exit", (code) =>
        code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`${kind} child exited ${code}`)),
      ),
    );
  });
  const results = await Promise.all(children);
  const committed = results.reduce((sum, r) => sum + r.committed, 0);
  // Each child's rate over its own time writing (they start within a second of each other), summed.
  const perSecond = results.reduce((sum, r) => sum + r.committed / ((deadline - r.from) / 1000), 0);
  return { perSecond, committed };
}

async function child(): Promise<void> {
  const index = Number(flag("index", "0"));
  const deadline = Number(flag("deadline", "0"));
  const kind = flag("child", "save");
  const result =
    kind === "save" ? await saveActions(index, Number(flag("processes", "1")), deadline) : await importReports(index, deadline);
  console.log(JSON.stringify(result));
}

async function main(): Promise<void> {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  applyMigrations(FILE);
  const db = createDb(FILE);
  for (const r of generateCorpus(STARTING_REPORTS)) await saveReport(db, parseReport(r.text), { name: `${r.slug}.txt`, text: r.text });
  await db.user.create({ data: { id: PERSON.id, name: PERSON.name, email: PERSON.email, role: "admin" } });
  await db.$disconnect();
  const rows: string[] = [];
  for (const kind of ["save", "import"] as const) {
    for (const processes of [1, 2]) {
      const { perSecond, committed } = await measure(kind, processes);
      rows.push(`| ${kind === "save" ? "action save" : "import of a report"} | ${processes} | ${committed} | ${perSecond.toFixed(1)} |`);
      console.log(rows.at(-1));
    }
  }
  console.log(
    `\nWrite transactions on one SQLite file in WAL mode, ${seconds} s each\n\n| write | processes | committed | per second |\n| --- | --- | --- | --- |\n${rows.join("\n")}`,
  );
}

if (flag("child", "")) await child();
else await main();
