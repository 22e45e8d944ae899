import { personOf } from "@/lib/accounts/session";
import { historyCsv, planCsv, planJson } from "@/lib/actions/export";
import { parsePlanQuery } from "@/lib/actions/filters";
import { todayInEngland } from "@/lib/actions/form-state";
import { fromSearchParams } from "@/lib/requests/params";
import { findActionPlan } from "@/lib/queries/actions";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The plan (CSV or JSON) or its history (CSV), for those who may read it; 404 for anyone else, as for a plan that does not exist. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = parsePlanQuery(fromSearchParams(new URL(request.url).searchParams));
  const person = await personOf(request.headers);
  if (!person)
    return new Response("Sign in to download an action plan.\n", {
      status: 401,
      headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" },
    });
  const found = await findActionPlan(slug, query.report, person, todayInEngland());
  if (found.kind !== "plan")
    return new Response("Not found.\n", { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  const { plan } = found;
  const name = `${plan.slug}-action-plan-${plan.reportDate}${query.what === "history" ? "-history" : ""}`;
  if (query.format === "json" && query.what === "plan") return Response.json(planJson(plan), { headers: PRIVATE });
  const body = query.what === "history" ? historyCsv(plan) : planCsv(plan);
  return new Response(body, {
    headers: { ...PRIVATE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
  });
}
