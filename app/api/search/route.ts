import type { NextRequest } from "next/server";
import { fromSearchParams, parseExportFormat, parseSearchParams } from "@/lib/requests/params";
import { publicOrigin } from "@/lib/requests/public-origin";
import { MATCH_END, MATCH_START, outcomeOptions, search, searchExport } from "@/lib/queries/search";
import { searchFacetCounts } from "@/lib/queries/search-facets";
import { shapeFacets } from "@/lib/search/facets";
import { searchCsv } from "@/lib/search/search-csv";
import { badRequest, download, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

/**
 * GET /api/search?q=…&authority=…&region=…&outcome=…&theme=…&assessment=…&page=… —
 * hits over finding paragraphs and recommendations, grouped by council (the
 * council with the best match first), each snippet as plain text with the
 * offsets of its matches, and the matches' facets with their counts. `format=csv` or `format=json`
 * downloads every match (whole texts, up to SEARCH_EXPORT_LIMIT).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromSearchParams(request.nextUrl.searchParams);
  const params = parseSearchParams(raw);
  const format = parseExportFormat(raw);
  if (!params.ok || !format.ok) return badRequest([...(params.ok ? [] : params.errors), ...(format.ok ? [] : format.errors)]);
  const { q, authority, region, outcome, theme, assessment, page } = params.value;
  if (!q) return badRequest([{ param: "q", message: "Search text is required" }]);
  const filters = { authority, region, outcome, theme, assessment };
  const query = {
    q,
    authority: authority ?? null,
    region: region ?? null,
    outcome: outcome ?? null,
    theme: theme ?? null,
    assessment: assessment ?? null,
  };
  if (format.value.format) {
    const rows = await searchExport({ q, ...filters });
    if (!rows) return badRequest([{ param: "q", message: "Search text has no words to search for" }]);
    if (format.value.format === "json") {
      return download(
        `${JSON.stringify({ query, total: rows.length, results: rows }, null, 2)}\n`,
        "application/json; charset=utf-8",
        "search.json",
      );
    }
    return download(searchCsv(rows, publicOrigin(request.headers, request.url)), "text/csv; charset=utf-8", "search.csv");
  }
  const [result, counts, outcomes] = await Promise.all([
    search({ q, ...filters, page }),
    searchFacetCounts({ q, ...filters }),
    outcomeOptions(),
  ]);
  if (!result.ok || !counts) return badRequest([{ param: "q", message: "Search text has no words to search for" }]);
  return ok({
    query,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    facets: shapeFacets(counts, { q, ...filters }, outcomes).map((f) => ({ name: f.key, title: f.title, values: f.values })),
    results: result.hits.map((hit) => ({
      ...hit,
      snippet: hit.snippet.replaceAll(MATCH_START, "").replaceAll(MATCH_END, ""),
      matches: matchOffsets(hit.snippet),
    })),
  });
}

/** [start, end) offsets of the marked matches, in the snippet with its marks removed. */
function matchOffsets(snippet: string): [number, number][] {
  const offsets: [number, number][] = [];
  let plain = 0;
  let start = -1;
  for (const ch of snippet) {
    if (ch === MATCH_START) start = plain;
    else if (ch === MATCH_END) {
      if (start >= 0) offsets.push([start, plain]);
      start = -1;
    } else plain += ch.length;
  }
  return offsets;
}
