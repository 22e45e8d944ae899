/**
 * The admin's pages of reviewers' marks: `/admin/marks?authority=&report=`
 * (every mark, the unmatched ones, the history, and one authority's
 * paragraphs to review) and `/admin/marks/{paragraph id}` (one paragraph's
 * form). Each gathers its data here, in one call.
 */
import { z } from "zod";
import { isIsoDate } from "../report/dates";
import { firstParam, SLUG, type RawParams } from "../requests/params";
import { markHistoryCsv } from "./export";
import { reviewedSet } from "./labels";
import { listReviewedMarks, markHistory, paragraphsToReview, paragraphToReview, reviewableAuthorities } from "../queries/corrections";

const marksQuery = z.object({
  authority: SLUG.optional(),
  report: z.string().refine(isIsoDate, "is not a date in the form YYYY-MM-DD").optional(),
});

/** How many changes the overview lists; the download has them all. */
const HISTORY_SHOWN = 100;

export async function loadMarksPage(raw: RawParams) {
  const parsed = marksQuery.safeParse({ authority: firstParam(raw.authority) || undefined, report: firstParam(raw.report) || undefined });
  const query: { authority?: string; report?: string } = parsed.success ? parsed.data : {};
  const errors: { param: string; message: string }[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ param: String(i.path[0]), message: `The ${String(i.path[0])} ${i.message}` }));
  const [marks, history, authorities, review] = await Promise.all([
    listReviewedMarks(),
    markHistory(),
    reviewableAuthorities(),
    query.authority ? paragraphsToReview(query.authority, query.report) : null,
  ]);
  if (query.authority && !review) errors.push({ param: "authority", message: "No report of that authority (and date) is stored" });
  return {
    errors,
    authority: query.authority ?? "",
    authorities,
    applied: marks.filter((m) => m.paragraphId !== null),
    unmatched: marks.filter((m) => m.paragraphId === null),
    history: history.slice(0, HISTORY_SHOWN),
    historyCount: history.length,
    review,
  };
}

/** One paragraph to mark, by the id in the URL; null when there is no such paragraph (or the id is not one). */
export async function loadMarkPage(id: string) {
  if (!/^[1-9]\d{0,9}$/.test(id)) return null;
  return paragraphToReview(Number(id));
}

/**
 * The admin's downloads: the marks as labelled cases (JSON, lib/assessment/labels' shape; a withdrawn mark is
 * none), or their whole history (CSV, withdrawals too).
 */
export async function loadMarksDownload(what: string | undefined, now: Date = new Date()) {
  if (what !== "history") return { kind: "labels" as const, body: reviewedSet(await listReviewedMarks(), now.toISOString()) };
  return { kind: "history" as const, body: markHistoryCsv(await markHistory()) };
}
