import type { NextRequest } from "next/server";
import { fromSearchParams, parseOverviewParams } from "@/lib/params";
import { listAuthorityOverviews } from "@/lib/queries/overview";
import { badRequest, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { methodNotAllowed as DELETE, options as OPTIONS, methodNotAllowed as PATCH, methodNotAllowed as POST, methodNotAllowed as PUT } from "../_lib/responses";

/**
 * GET /api/authorities — every authority with its latest report's date,
 * region, ratings and recommendation counts. `sort` (name, region, date) and
 * `dir` (asc, desc) as on the home page.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseOverviewParams(fromSearchParams(request.nextUrl.searchParams));
  if (!parsed.ok) return badRequest(parsed.errors);
  const rows = await listAuthorityOverviews(parsed.value.sort, parsed.value.dir);
  return ok({
    total: rows.length,
    authorities: rows.map((a) => ({
      slug: a.slug,
      name: a.name,
      region: a.region,
      reportDate: a.reportDate,
      ratings: a.ratings,
      recommendations: { total: a.recommendations, dueWithin3Months: a.dueWithin3Months },
      url: `/api/authorities/${a.slug}`,
    })),
  });
}
