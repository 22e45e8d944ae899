import type { NextRequest } from "next/server";
import { z } from "zod";
import { AUTHORITY_INPUT_MAX_LENGTH } from "@/lib/authorities/authority-picker";
import { suggestAuthorities } from "@/lib/authorities/authority-match";
import { authorityCandidates } from "@/lib/queries/authorities";
import { firstParam, fromSearchParams } from "@/lib/requests/params";
import { badRequest, ok } from "../../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../../_lib/read-only";

const query = z.object({
  q: z.string({ message: "q is required: part of a council's name, its LA number or its ONS code" }).max(AUTHORITY_INPUT_MAX_LENGTH, {
    message: `q is longer than ${AUTHORITY_INPUT_MAX_LENGTH} characters`,
  }),
});

/**
 * GET /api/authorities/find?q=wellm — the councils with a report that `q`
 * names: its whole name, slug, LA number or ONS code first, then those part
 * of whose names it is; at most ten. What the council fields suggest as a
 * person types (components/AuthorityInput.tsx).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = query.safeParse({ q: firstParam(fromSearchParams(request.nextUrl.searchParams).q) });
  if (!parsed.success) return badRequest(parsed.error.issues.map((issue) => ({ param: "q", message: issue.message })));
  const found = suggestAuthorities(parsed.data.q, await authorityCandidates());
  return ok({
    query: parsed.data.q,
    authorities: found.map((a) => ({ slug: a.slug, name: a.name, laNumber: a.laNumber, onsCode: a.onsCode })),
  });
}
