import type { NextRequest } from "next/server";
import { THEMES } from "@/lib/assessment";
import { fromSearchParams } from "@/lib/requests/params";
import { parseThemesMatrixParams } from "@/lib/requests/list-params";
import { MATRIX_PAGE_SIZE, themeMatrix } from "@/lib/queries/themes";
import { badRequest, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

/**
 * GET /api/themes — the themes, and councils by themes: per council (A to Z,
 * or most concerns on the theme `sort` first; in `region` or all; `page` by
 * page) and theme, how many paragraphs of its latest report raise a concern or
 * record a strength.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseThemesMatrixParams(fromSearchParams(request.nextUrl.searchParams));
  if (!parsed.ok) return badRequest(parsed.errors);
  const matrix = await themeMatrix(parsed.value);
  return ok({
    themes: THEMES,
    region: parsed.value.region ?? null,
    sort: parsed.value.sort ?? null,
    total: matrix.total,
    page: matrix.page,
    pageCount: matrix.pageCount,
    pageSize: MATRIX_PAGE_SIZE,
    councils: matrix.rows,
  });
}
