import type { NextRequest } from "next/server";
import { fromSearchParams, parseReportParams, SLUG, parseExportFormat } from "@/lib/requests/params";
import { withCodes } from "@/lib/councils/codes";
import { resolveAuthoritySlug } from "@/lib/queries/councils";
import { authorityFindingsCsv } from "@/lib/authorities/authority-csv";
import { publicOrigin } from "@/lib/requests/public-origin";
import { getAuthorityReports, getLatestReportJson } from "@/lib/queries/reports";
import type { AssessedReport } from "@/lib/report/types";
import { badRequest, download, notFound, ok } from "../../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../../_lib/read-only";

/** The report's findings as a CSV download (`format=csv`), links pointing back at the page the reader came from. */
function findingsCsv(request: NextRequest, slug: string, report: AssessedReport, reportDate: string | undefined): Response {
  const csv = authorityFindingsCsv(report, slug, publicOrigin(request.headers, request.url), reportDate ? `?report=${reportDate}` : "");
  return download(csv, "text/csv; charset=utf-8", `${slug}-findings-${report.reportDate}.csv`);
}

/**
 * GET /api/authorities/{slug, LA number or ONS code} — the authority's latest report as report JSON
 * (docs/report-json.md); `?report=YYYY-MM-DD` for an earlier report;
 * `format=csv` for its findings as CSV, a row per paragraph.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  // Its slug, LA number or ONS code: /api/authorities/barnet, /302 and /E09000003 answer alike.
  const slug = await resolveAuthoritySlug((await params).slug);
  const slugCheck = SLUG.safeParse(slug);
  const raw = fromSearchParams(request.nextUrl.searchParams);
  const query = parseReportParams(raw);
  const format = parseExportFormat(raw);
  const errors = [
    ...(slugCheck.success ? [] : [{ param: "slug", message: `slug ${slugCheck.error.issues[0]?.message ?? "is not valid"}` }]),
    ...(query.ok ? [] : query.errors),
    ...(format.ok ? [] : format.errors),
  ];
  if (errors.length > 0) return badRequest(errors);
  const reportDate = query.ok ? query.value.report : undefined;
  const csv = format.ok && format.value.format === "csv";

  if (!reportDate) {
    const report = await getLatestReportJson(slug);
    if (!report) return notFound(`No authority '${slug}'`);
    return csv ? findingsCsv(request, slug, report, undefined) : ok(report);
  }
  const found = await getAuthorityReports(slug, reportDate);
  if (found) {
    const report = withCodes(found.current.report, found.codes);
    return csv ? findingsCsv(request, slug, report, reportDate) : ok(report);
  }
  const latest = await getAuthorityReports(slug);
  if (!latest) return notFound(`No authority '${slug}'`);
  return notFound(`${latest.name} has no report dated ${reportDate}; its reports are dated ${latest.reportDates.join(", ")}`);
}
