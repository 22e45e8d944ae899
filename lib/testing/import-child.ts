/**
 * A separate process that imports one report file, for tests of what happens
 * across processes: `tsx lib/testing/import-child.ts DB FILE [die-midway]`.
 * With die-midway it kills itself with SIGKILL after writing the report row,
 * in the middle of the transaction, as a crash or `kill -9` would.
 * Prints the save outcome on stdout.
 */
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../db";
import { saveReport } from "../import/save-report";
import { parseReport } from "../report/parse-report";

const [dbFile, reportFile, mode] = process.argv.slice(2);
const text = fs.readFileSync(reportFile, "utf8");
const db = createDb(dbFile);
const hooks = mode === "die-midway" ? { afterReportRow: () => void process.kill(process.pid, "SIGKILL") } : {};
const result = await saveReport(db, parseReport(text), { name: path.basename(reportFile), text }, hooks);
console.log(result.outcome);
await db.$disconnect();
