import type { NextRequest } from "next/server";
import { authoritiesCsv } from "@/lib/home/home-page";
import { parseHomeRequest } from "@/lib/home/home-filters";
import { fromSearchParams, parseExportFormat } from "@/lib/requests/params";
import type { AuthorityOverview } from "@/lib/queries/authority-overviews";
import { listHomePage } from "@/lib/queries/home-listing";
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
 * page: `sort` (name, region, date or a judgement such as being-healthy),
 * `dir` (asc, desc), `page`, and the filters `region` (one of the nine
 * English regions) and `grade` (with `judgement`, overall safeguarding unless
 * given). `format=csv` or `format=json` downloads all of them, unpaged.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromSearchParams(request.nextUrl.searchParams);
  const home = parseHomeRequest(raw);
  const format = parseExportFormat(raw);
  if (!home.ok || !format.ok) return badRequest([...(home.ok ? [] : home.errors), ...(format.ok ? [] : format.errors)]);

  if (format.value.format) {
    const { rows } = await listHomePage({ ...home.value, page: 1 }, 1_000_000);
    if (format.value.format === "csv") return download(authoritiesCsv(rows), "text/csv; charset=utf-8", "authorities.csv");
    return download(
      `${JSON.stringify({ total: rows.length, authorities: rows.map(publicAuthority) }, null, 2)}\n`,
      "application/json; charset=utf-8",
      "authorities.json",
    );
  }

  const result = await listHomePage(home.value);
  return ok({
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    pageSize: result.pageSize,
    authorities: result.rows.map(publicAuthority),
  });
}
