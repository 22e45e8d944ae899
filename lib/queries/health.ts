import { db } from "../db";
import { journalMode } from "./sql";

export type Health = { ok: true; reports: number; journalMode: string } | { ok: false };

/** Whether the database answers: a real read of the reports table and the journal mode. */
export async function checkHealth(): Promise<Health> {
  try {
    const [count, mode] = await Promise.all([db.report.count(), journalMode(db)]);
    return { ok: true, reports: count, journalMode: mode };
  } catch {
    return { ok: false };
  }
}
