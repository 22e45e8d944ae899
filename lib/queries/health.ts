import { db } from "../db";

export type Health = { ok: true; reports: number; journalMode: string } | { ok: false };

/** Whether the database answers: a real read of the reports table and the journal mode. */
export async function checkHealth(): Promise<Health> {
  try {
    const [count, mode] = await Promise.all([db.report.count(), db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode")]);
    return { ok: true, reports: count, journalMode: mode[0]?.journal_mode ?? "unknown" };
  } catch {
    return { ok: false };
  }
}
