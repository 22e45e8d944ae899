import type { NextRequest } from "next/server";
import { compareReports } from "@/lib/compare";
import { fromSearchParams, type ParamError, parseCompareParams } from "@/lib/params";
import { getLatestReportJson } from "@/lib/queries/reports";
import { badRequest, notFound, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { methodNotAllowed as DELETE, options as OPTIONS, methodNotAllowed as PATCH, methodNotAllowed as POST, methodNotAllowed as PUT } from "../_lib/responses";

/**
 * GET /api/compare?a={slug}&b={slug} — two authorities' latest reports side by
 * side: ratings by judgement, context figures, findings by CQC outcome, and
 * each one's recommendations.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseCompareParams(fromSearchParams(request.nextUrl.searchParams));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { a, b } = parsed.value;
  const missing: ParamError[] = [];
  if (!a) missing.push({ param: "a", message: "a is required: the slug of the first authority, like 'barnet'" });
  if (!b) missing.push({ param: "b", message: "b is required: the slug of the second authority, like 'dudley'" });
  if (!a || !b) return badRequest(missing);
  if (a === b) return badRequest([{ param: "b", message: "b must be a different authority from a" }]);

  const [reportA, reportB] = await Promise.all([getLatestReportJson(a), getLatestReportJson(b)]);
  const unknown = [...(reportA ? [] : [a]), ...(reportB ? [] : [b])];
  if (!reportA || !reportB) return notFound(`No authority ${unknown.map((s) => `'${s}'`).join(" or ")}`);

  const comparison = compareReports(reportA, reportB);
  return ok({
    a: { slug: a, name: reportA.authority, reportDate: reportA.reportDate },
    b: { slug: b, name: reportB.authority, reportDate: reportB.reportDate },
    ratings: comparison.ratings,
    figures: comparison.figures,
    outcomes: comparison.outcomes,
    recommendations: { a: reportA.recommendations, b: reportB.recommendations },
  });
}
