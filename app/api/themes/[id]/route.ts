import type { NextRequest } from "next/server";
import { fromSearchParams, parseExportFormat, parseThemeFilters } from "@/lib/requests/params";
import { exportThemeEvidence, THEME_PAGE_SIZE, themeEvidence } from "@/lib/queries/themes";
import { findTheme, themeCsv } from "@/lib/themes/theme-pages";
import { publicOrigin } from "@/lib/requests/public-origin";
import { badRequest, download, notFound, ok } from "../../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../../_lib/read-only";

/**
 * GET /api/themes/{id} — the paragraphs and recommendations on a theme in the
 * councils' latest reports, filtered by `authority` (slug) and `assessment`,
 * a page at a time; `format=csv` or `format=json` downloads every match.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const theme = findTheme((await params).id);
  if (!theme) return notFound(`No theme '${(await params).id}': see /api/themes for the list`);
  const raw = fromSearchParams(request.nextUrl.searchParams);
  const filters = parseThemeFilters(raw);
  const format = parseExportFormat(raw);
  const errors = [...(filters.ok ? [] : filters.errors), ...(format.ok ? [] : format.errors)];
  if (!filters.ok || !format.ok) return badRequest(errors);

  if (format.value.format) {
    const { page: _page, ...unpaged } = filters.value;
    const items = await exportThemeEvidence(theme.id, unpaged);
    if (format.value.format === "csv")
      return download(themeCsv(items, publicOrigin(request.headers, request.url)), "text/csv; charset=utf-8", `theme-${theme.id}.csv`);
    return download(
      `${JSON.stringify({ theme, total: items.length, items }, null, 2)}\n`,
      "application/json; charset=utf-8",
      `theme-${theme.id}.json`,
    );
  }
  const result = await themeEvidence(theme.id, filters.value);
  return ok({ theme, total: result.total, page: result.page, pageCount: result.pageCount, pageSize: THEME_PAGE_SIZE, items: result.items });
}
