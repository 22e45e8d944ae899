import { z } from "zod";
import { firstParam, type RawParams } from "../requests/params";
import { ACTION_STATUSES } from "./status";
import type { PlanFilters } from "./plan";

const planParams = z.object({
  report: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
  owner: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined),
  overdue: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((s) => s === "1" || undefined),
  format: z.enum(["csv", "json"]).optional().catch(undefined),
  what: z.enum(["plan", "history"]).optional().catch(undefined),
});

export interface PlanQuery {
  report?: string;
  filters: PlanFilters;
  format?: "csv" | "json";
  what: "plan" | "history";
}

/** The plan page's GET parameters; anything malformed is ignored rather than refused (they only narrow what is shown). */
export function parsePlanQuery(raw: RawParams): PlanQuery {
  const p = planParams.parse(Object.fromEntries(Object.keys(planParams.shape).map((k) => [k, firstParam(raw[k])])));
  return { report: p.report, filters: { status: p.status, owner: p.owner, overdue: p.overdue }, format: p.format, what: p.what ?? "plan" };
}
