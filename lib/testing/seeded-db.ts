import fs from "node:fs";
import { createDb } from "../db";
import { saveReport } from "../import/save-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "./reports";
import { applyMigrations } from "./test-db";

/**
 * Creates a migrated database holding the two seed reports. Query modules use
 * the app's one client, opened on DATABASE_URL when lib/db.ts is first
 * imported, so a test file sets DATABASE_URL in `vi.hoisted` to a file of its
 * own and calls this in `beforeAll`.
 */
export async function createSeededDatabase(file: string): Promise<void> {
  applyMigrations(file);
  const writer = createDb(file);
  try {
    for (const name of ["barnet", "dudley"] as const) {
      const text = seedReportText(name);
      await saveReport(writer, parseReport(text), { name: `${name}.txt`, text });
    }
  } finally {
    await writer.$disconnect();
  }
}

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
