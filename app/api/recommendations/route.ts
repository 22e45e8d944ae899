import type { NextRequest } from "next/server";
import { fromSearchParams, parseExportFormat, parseRecommendationFilters } from "@/lib/requests/params";
import { exportRecommendations, listRecommendations, PAGE_SIZE, type RecommendationRow } from "@/lib/queries/recommendations";
import { recommendationsCsv } from "@/lib/recommendations/register";
import { badRequest, download, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

/** A row as the API gives it: without the database id, which changes when a report is re-imported. */
function publicRow({ id: _id, ...row }: RecommendationRow) {
  return row;
}

/**
 * GET /api/recommendations — the register, with the page's filters
 * (deadline, authority, source, dueAfter, dueBefore, q, page).
 * `format=csv` or `format=json` downloads every match, unpaged.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromSearchParams(request.nextUrl.searchParams);
  const filters = parseRecommendationFilters(raw);
  const format = parseExportFormat(raw);
  const errors = [...(filters.ok ? [] : filters.errors), ...(format.ok ? [] : format.errors)];
  if (!filters.ok || !format.ok) return badRequest(errors);

  if (format.value.format) {
    const { page: _page, ...unpaged } = filters.value;
    const rows = await exportRecommendations(unpaged);
    if (format.value.format === "csv") return download(recommendationsCsv(rows), "text/csv; charset=utf-8", "recommendations.csv");
    return download(
      `${JSON.stringify({ total: rows.length, recommendations: rows.map(publicRow) }, null, 2)}\n`,
      "application/json; charset=utf-8",
      "recommendations.json",
    );
  }

  const result = await listRecommendations(filters.value);
  return ok({
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    pageSize: PAGE_SIZE,
    recommendations: result.rows.map(publicRow),
  });
}
