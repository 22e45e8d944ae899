import type { NextRequest } from "next/server";
import { authoritiesCsv } from "@/lib/home/home-page";
import { fromSearchParams, parseExportFormat, parsePageNumber, parseHomeSort } from "@/lib/requests/params";
import { type AuthorityOverview, listAuthorityOverviewPage, listAuthorityOverviews } from "@/lib/queries/authority-overviews";
import { badRequest, download, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

function publicAuthority(a: AuthorityOverview) {
  return {
    slug: a.slug,
    name: a.name,
    laNumber: a.laNumber,
    onsCode: a.onsCode,
    onsRegion: a.onsRegion,
    region: a.region,
    reportDate: a.reportDate,
    ratings: a.ratings,
    recommendations: { total: a.recommendations, dueWithin3Months: a.dueWithin3Months },
    url: `/api/authorities/${a.slug}`,
  };
}

/**
 * GET /api/authorities — the authorities with their latest report's date,
 * region, ratings and recommendation counts, a page at a time as on the home
 * page: `sort` (name, region, date), `dir` (asc, desc), `page`.
 * `format=csv` or `format=json` downloads all of them, unpaged.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromSearchParams(request.nextUrl.searchParams);
  const order = parseHomeSort(raw);
  const paging = parsePageNumber(raw);
  const format = parseExportFormat(raw);
  if (!order.ok || !paging.ok || !format.ok) {
    return badRequest([...(order.ok ? [] : order.errors), ...(paging.ok ? [] : paging.errors), ...(format.ok ? [] : format.errors)]);
  }
  const { sort, dir } = order.value;

  if (format.value.format) {
    const rows = await listAuthorityOverviews(sort, dir);
    if (format.value.format === "csv") return download(authoritiesCsv(rows), "text/csv; charset=utf-8", "authorities.csv");
    return download(
      `${JSON.stringify({ total: rows.length, authorities: rows.map(publicAuthority) }, null, 2)}\n`,
      "application/json; charset=utf-8",
      "authorities.json",
    );
  }

  const result = await listAuthorityOverviewPage(sort, dir, paging.value.page);
  return ok({
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    pageSize: result.pageSize,
    authorities: result.rows.map(publicAuthority),
  });
}
