import type { NextRequest } from "next/server";
import { fromSearchParams, parseSearchParams } from "@/lib/params";
import { MATCH_END, MATCH_START, search } from "@/lib/queries/search";
import { badRequest, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { methodNotAllowed as DELETE, options as OPTIONS, methodNotAllowed as PATCH, methodNotAllowed as POST, methodNotAllowed as PUT } from "../_lib/responses";

/**
 * GET /api/search?q=…&authority=…&outcome=…&page=… — ranked hits over finding
 * paragraphs and recommendations; each snippet as plain text with the offsets
 * of its matches.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = parseSearchParams(fromSearchParams(request.nextUrl.searchParams));
  if (!params.ok) return badRequest(params.errors);
  const { q, authority, outcome, page } = params.value;
  if (!q) return badRequest([{ param: "q", message: "Search text is required" }]);
  const result = await search({ q, authority, outcome, page });
  if (!result.ok) return badRequest([{ param: "q", message: "Search text has no words to search for" }]);
  return ok({
    query: { q, authority: authority ?? null, outcome: outcome ?? null },
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
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
