import fs from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { databaseFile } from "../database-file";
import { createDb, db } from "../db";
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

export interface ExtraAuthority {
  name: string;
  region: string | null;
  reportDate: string;
}

/**
 * More authorities than a form lists (AUTHORITY_SELECT_LIMIT): "Test Borough
 * 001" to "Test Borough {count}", each Dudley's report under another name,
 * with regions in turn (some none) and report dates shared by two each.
 */
export function extraAuthorities(count: number): ExtraAuthority[] {
  const regions = ["North West", "London", null, "South East", "East of England"];
  return Array.from({ length: count }, (_, i) => {
    // Two authorities to each date, so that ties are broken by name.
    const day = new Date(Date.UTC(2011, 0, 1 + ((i * 37) % Math.max(1, Math.floor(count / 2)))));
    return {
      name: `Test Borough ${String(i + 1).padStart(3, "0")}`,
      region: regions[i % regions.length],
      reportDate: day.toISOString().slice(0, 10),
    };
  });
}

/**
 * The seed database plus the given authorities, each saved (with saveReport)
 * as a copy of Dudley's report under its own name, region and date; and, for
 * the first of them, an earlier report too with a single recommendation.
 */
export async function createDatabaseWithAuthorities(file: string, extra: ExtraAuthority[]): Promise<void> {
  await createSeededDatabase(file);
  const writer = createDb(file);
  try {
    const text = seedReportText("dudley");
    const dudley = parseReport(text);
    for (const a of extra) {
      const report = { ...dudley, authority: a.name, region: a.region, reportDate: a.reportDate };
      await saveReport(writer, report, { name: `${a.name}.txt`, text: `${text}\n${a.name}` });
    }
    if (extra.length > 0) {
      const a = extra[0];
      const earlier = {
        ...dudley,
        authority: a.name,
        region: a.region,
        reportDate: "2010-06-01",
        recommendations: dudley.recommendations.slice(0, 1),
      };
      await saveReport(writer, earlier, { name: `${a.name} 2010.txt`, text: `${text}\n${a.name} 2010` });
    }
  } finally {
    await writer.$disconnect();
  }
}

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

/**
 * For query tests: builds the seeded database at DATABASE_URL (a file of the
 * test file's own, see setup-database-url.ts) before the tests and removes it
 * after. Returns the file.
 */
export function withSeededDatabase(create: (file: string) => Promise<void> = createSeededDatabase): string {
  const file = databaseFile();
  beforeAll(() => create(file));
  afterAll(async () => {
    await db.$disconnect();
    removeDatabaseFiles(file);
  });
  return file;
}
