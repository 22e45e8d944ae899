import type { Db } from "../db";
import { analysisVersion } from "../report/assess-report";
import { renewAllPages } from "../document-layer/renew-pages";
import { reassessReport } from "./stored-assessment";
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
  const total = await db.report.count();
  const stale = await db.report.findMany({
    where: all ? {} : { analysisVersion: { not: version } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  let reassessed = 0;
  for (const { id } of stale) {
    const done = await withRetry(() => db.$transaction((tx) => reassessReport(tx, id), { timeout: 30_000, maxWait: 30_000 }));
    if (done) reassessed++;
  }
  // Pages made while it ran may mix old and new readings: all are made again.
  if (reassessed > 0) await renewAllPages(db);
  return { reassessed, total };
}
