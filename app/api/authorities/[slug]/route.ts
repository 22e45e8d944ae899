import type { NextRequest } from "next/server";
import { fromSearchParams, parseReportParams, SLUG } from "@/lib/requests/params";
import { withCodes } from "@/lib/councils/codes";
import { resolveAuthoritySlug } from "@/lib/queries/councils";
import { getAuthorityReports, getLatestReportJson } from "@/lib/queries/reports";
import { badRequest, notFound, ok } from "../../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../../_lib/read-only";

/**
 * GET /api/authorities/{slug, LA number or ONS code} — the authority's latest report as report JSON
 * (docs/report-json.md); `?report=YYYY-MM-DD` for an earlier report.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  // Its slug, LA number or ONS code: /api/authorities/barnet, /302 and /E09000003 answer alike.
  const slug = await resolveAuthoritySlug((await params).slug);
  const slugCheck = SLUG.safeParse(slug);
  const query = parseReportParams(fromSearchParams(request.nextUrl.searchParams));
  const errors = [
    ...(slugCheck.success ? [] : [{ param: "slug", message: `slug ${slugCheck.error.issues[0]?.message ?? "is not valid"}` }]),
    ...(query.ok ? [] : query.errors),
  ];
  if (errors.length > 0) return badRequest(errors);
  const reportDate = query.ok ? query.value.report : undefined;

  if (!reportDate) {
    const report = await getLatestReportJson(slug);
    return report ? ok(report) : notFound(`No authority '${slug}'`);
  }
  const found = await getAuthorityReports(slug, reportDate);
  if (found) return ok(withCodes(found.current.report, found.codes));
  const latest = await getAuthorityReports(slug);
  if (!latest) return notFound(`No authority '${slug}'`);
  return notFound(`${latest.name} has no report dated ${reportDate}; its reports are dated ${latest.reportDates.join(", ")}`);
}
