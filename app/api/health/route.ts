import { checkHealth } from "@/lib/queries/health";
import { json } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

/** GET /api/health — 200 when the database answers a real read, 503 when it does not. For load balancers and monitoring. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  const headers = { "Cache-Control": "no-store" };
  if (!health.ok) return json({ status: "error", database: "unavailable" }, { status: 503, headers });
  return json({ status: "ok", database: "ok", journalMode: health.journalMode, reports: health.reports }, { headers });
}
