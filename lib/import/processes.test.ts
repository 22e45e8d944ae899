import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED_REPORTS_DIR } from "../testing/reports";
import { createTestDb, type TestDb } from "../testing/test-db";

const run = promisify(execFile);
const CHILD = path.join(import.meta.dirname, "..", "testing", "import-child.ts");
const TSX = path.join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");
const barnet = path.join(SEED_REPORTS_DIR, "barnet.txt");
const dudley = path.join(SEED_REPORTS_DIR, "dudley.txt");

const importInChild = (t: TestDb, file: string) => run(TSX, [CHILD, t.file, file]).then((r) => r.stdout.trim());

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(async () => {
  await t.close();
});

describe("imports across processes", () => {
  it("a process killed in the middle of an import leaves the database exactly as before", async () => {
    expect(await importInChild(t, barnet)).toBe("created");
    const before = t.counts();
    const child = spawn(TSX, [CHILD, t.file, dudley, "die-midway"]);
    const exit = await new Promise<string>((resolve) => child.on("exit", (code, sig) => resolve(sig ?? String(code))));
    // tsx runs the script in a child of its own and passes its death on as exit code 128 + 9.
    expect(["SIGKILL", "137"]).toContain(exit);
    expect(t.counts()).toEqual(before);
    const sqlite = new Database(t.file, { readonly: true });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();
    // And the next import of the same file completes normally.
    expect(await importInChild(t, dudley)).toBe("created");
  }, 30_000);

  it("concurrent imports of the same report end with one copy", async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => importInChild(t, dudley)));
    expect(outcomes.sort()).toEqual(["created", "unchanged", "unchanged"]);
    expect(t.counts()).toMatchObject({ Authority: 1, Report: 1, Paragraph: 41, Recommendation: 12, SearchIndex: 53 });
  }, 30_000);

  it("readers never fail while another process imports", async () => {
    const importing = Promise.all([importInChild(t, barnet), importInChild(t, dudley)]);
    const reader = new Database(t.file, { readonly: true });
    let reads = 0;
    let done = false;
    void importing.finally(() => (done = true));
    while (!done) {
      const { n } = reader.prepare("select count(*) as n from Paragraph").get() as { n: number };
      // Each report appears whole or not at all.
      expect([0, 41, 42, 83]).toContain(n);
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    reader.close();
    expect(await importing).toEqual(["created", "created"]);
    expect(reads).toBeGreaterThan(5);
  }, 30_000);
});
