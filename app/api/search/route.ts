import { NextResponse, type NextRequest } from "next/server";
import { fromSearchParams, parseSearchParams } from "@/lib/params";
import { MATCH_END, MATCH_START, search } from "@/lib/queries/search";

export const dynamic = "force-dynamic";

/** GET /api/search?q=…&authority=…&outcome=…&page=…: ranked hits, each snippet as plain text with the offsets of its matches. */
export async function GET(request: NextRequest) {
  const params = parseSearchParams(fromSearchParams(request.nextUrl.searchParams));
  if (!params.ok) return NextResponse.json({ error: "invalid parameters", details: params.errors }, { status: 400 });
  const { q, authority, outcome, page } = params.value;
  if (!q) return NextResponse.json({ error: "invalid parameters", details: [{ param: "q", message: "Search text is required" }] }, { status: 400 });
  const result = await search({ q, authority, outcome, page });
  if (!result.ok) {
    return NextResponse.json({ error: "invalid parameters", details: [{ param: "q", message: "Search text has no words to search for" }] }, { status: 400 });
  }
  return NextResponse.json({
    query: { q, authority: authority ?? null, outcome: outcome ?? null },
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    results: result.hits.map((hit) => ({
      ...hit,
      // Plain text, and the matched stretches as [start, end) offsets into it.
      snippet: hit.snippet.replaceAll(MATCH_START, "").replaceAll(MATCH_END, ""),
      matches: matchOffsets(hit.snippet),
    })),
  });
}

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
