import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { analysisVersion } from "../report/evidence";
import { reassessReport } from "./evidence";
import { withRetry } from "./save-report";

export interface ReassessResult {
  /** Reports read again. */
  reassessed: number;
  /** Reports stored. */
  total: number;
}

/**
 * Reads stored reports again as evidence with the current rules: those
 * assessed with other rules (or never, when stored before evidence existed),
 * or every report with `all`. One transaction per report, so a failure leaves
 * every report either as it was or fully reassessed, and an import running
 * alongside waits for one report at most.
 */
export async function reassessStale(db: Db, { all = false }: { all?: boolean } = {}): Promise<ReassessResult> {
  const version = analysisVersion();
  const [{ total }] = await db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM Report`);
  const stale = await db.$queryRaw<{ id: number | bigint }[]>(
    all ? Prisma.sql`SELECT id FROM Report ORDER BY id` : Prisma.sql`SELECT id FROM Report WHERE analysisVersion <> ${version} ORDER BY id`,
  );
  let reassessed = 0;
  for (const { id } of stale) {
    const done = await withRetry(() => db.$transaction((tx) => reassessReport(tx, Number(id)), { timeout: 30_000, maxWait: 30_000 }));
    if (done) reassessed++;
  }
  return { reassessed, total: Number(total) };
}
