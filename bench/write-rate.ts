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
import { createInterface } from "node:readline";
import Database from "better-sqlite3";

const TMP = path.join(import.meta.dirname, "tmp", "write-rate");
const FILE = path.join(TMP, "write-rate.db");
/** The database every measurement starts from, copied to FILE: the same rows, no action saved yet. */
const START = path.join(TMP, "start.db");
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

type Counts = { committed: number; failed: number };

/** Tells the parent this child is ready, and waits for its word to start: the time to stop at. */
async function ready(): Promise<number> {
  console.log("ready");
  for await (const line of createInterface({ input: process.stdin })) return Number(line);
  throw new Error("no start from the parent");
}

/** One process's saves of actions: each of its recommendations in turn, a note each time. */
async function saveActions(index: number, processes: number): Promise<Counts> {
  const db = createDb(FILE);
  const recommendations = (await db.recommendation.findMany({ select: { id: true, dueDate: true }, orderBy: { id: "asc" } })).filter(
    (_, i) => i % processes === index,
  );
  const versions = new Map<number, number>();
  const deadline = await ready();
  const counts = { committed: 0, failed: 0 };
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
    // A save that waited longer than the busy timeout for the other process's lock fails, and is counted.
    const result = await saveAction(db, PERSON, parsed.value, "2026-12-07").catch(() => null);
    if (result && result.kind !== "saved") throw new Error(`save ${i}: ${result.kind}`);
    if (!result) {
      counts.failed++;
      continue;
    }
    versions.set(r.id, (versions.get(r.id) ?? 0) + 1);
    counts.committed++;
  }
  await db.$disconnect();
  return counts;
}

/** One process's imports: reports of authorities of its own, parsed beforehand. */
async function importReports(index: number): Promise<Counts> {
  const db = createDb(FILE);
  const each = 60 * seconds;
  const corpus = generateCorpus(STARTING_REPORTS + each * (index + 1)).slice(STARTING_REPORTS + each * index);
  const parsed = corpus.map((r) => ({ report: parseReport(r.text), source: { name: `${r.slug}.txt`, text: r.text } }));
  const deadline = await ready();
  const counts = { committed: 0, failed: 0 };
  for (const { report, source } of parsed) {
    if (Date.now() >= deadline) break;
    const result = await saveReport(db, report, source).catch(() => null);
    if (result) counts.committed++;
    else counts.failed++;
  }
  await db.$disconnect();
  return counts;
}

/** Runs `processes` children at once, each writing for `seconds` once all are ready, and sums their commits. */
async function measure(kind: "save" | "import", processes: number): Promise<Counts & { perSecond: number }> {
  const children = Array.from({ length: processes }, (_, index) =>
    spawn(
      path.join(import.meta.dirname, "..", "node_modules", ".bin", "tsx"),
      [import.meta.filename, `--child=${kind}`, `--index=${index}`, `--processes=${processes}`],
      {
        stdio: ["pipe", "pipe", "inherit"],
      },
    ),
  );
  const outputs = children.map((child) => {
    let out = "";
    const isReady = new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk;
        if (out.includes("ready")) resolve();
      }),
    );
    const exited = new Promise<Counts>((resolve, reject) =>
      child.on("exit", (code) =>
        code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as Counts) : reject(new Error(`${kind} child exited ${code}`)),
      ),
    );
    return { isReady, exited };
  });
  await Promise.all(outputs.map((o) => o.isReady));
  const deadline = Date.now() + seconds * 1000;
  for (const child of children) child.stdin.end(`${deadline}\n`);
  const counts = await Promise.all(outputs.map((o) => o.exited));
  const committed = counts.reduce((sum, c) => sum + c.committed, 0);
  return { perSecond: committed / seconds, committed, failed: counts.reduce((sum, c) => sum + c.failed, 0) };
}

async function child(): Promise<void> {
  const index = Number(flag("index", "0"));
  const counts = flag("child", "save") === "save" ? await saveActions(index, Number(flag("processes", "1"))) : await importReports(index);
  console.log(JSON.stringify(counts));
}

async function main(): Promise<void> {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  applyMigrations(START);
  const db = createDb(START);
  for (const r of generateCorpus(STARTING_REPORTS)) await saveReport(db, parseReport(r.text), { name: `${r.slug}.txt`, text: r.text });
  await db.user.create({ data: { id: PERSON.id, name: PERSON.name, email: PERSON.email, role: "admin" } });
  await db.$disconnect();
  // Everything in the file itself, so that a copy of it is the whole database.
  const sqlite = new Database(START);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  const rows: string[] = [];
  for (const kind of ["save", "import"] as const) {
    for (const processes of [1, 2]) {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
      fs.copyFileSync(START, FILE);
      const { perSecond, committed, failed } = await measure(kind, processes);
      rows.push(
        `| ${kind === "save" ? "action save" : "import of a report"} | ${processes} | ${committed} | ${failed} | ${perSecond.toFixed(1)} |`,
      );
      console.log(rows.at(-1));
    }
  }
  console.log(
    `\nWrite transactions on one SQLite file in WAL mode, ${seconds} s each\n\n| write | processes | committed | failed (lock wait over 5 s) | per second |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}`,
  );
}

if (flag("child", "")) await child();
else await main();
