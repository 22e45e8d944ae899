import { type ActionStatus, isActionStatus, isClosed, ACTION_STATUSES } from "./status";
import { matchActions, type ActionKey, type RecommendationKey } from "./match";

/** A recommendation of the plan's report, as the plan shows it. */
export interface PlanRecommendation extends RecommendationKey {
  deadlineLabel: string;
  /** Report date plus the recommendation's deadline: the default target date. */
  dueDate: string;
  addressee: string | null;
}

/** The fields a save changes, with their defaults for an action nobody has saved yet. */
export interface ActionFields {
  status: ActionStatus;
  notAcceptedReason: string;
  owner: string;
  targetDate: string;
  evidence: string;
  evidenceLinks: string;
  completedOn: string;
}

/** A stored action (lib/queries/actions.ts): its status as the database holds it, not yet checked. */
export interface StoredAction extends ActionKey, Omit<ActionFields, "status"> {
  status: string;
  version: number;
}

export interface PlanRow {
  recommendation: PlanRecommendation;
  /** The stored action's id, or null while nobody has saved one. */
  actionId: number | null;
  /** 0 while nobody has saved the action. */
  version: number;
  fields: ActionFields;
  overdue: boolean;
  dueSoon: boolean;
}

export function defaultFields(recommendation: PlanRecommendation): ActionFields {
  return {
    status: "not-started",
    notAcceptedReason: "",
    owner: "",
    targetDate: recommendation.dueDate,
    evidence: "",
    evidenceLinks: "",
    completedOn: "",
  };
}

export function storedFields(action: StoredAction): ActionFields {
  const { notAcceptedReason, owner, targetDate, evidence, evidenceLinks, completedOn } = action;
  const status = isActionStatus(action.status) ? action.status : "not-started";
  return { status, notAcceptedReason, owner, targetDate, evidence, evidenceLinks, completedOn };
}

/** The date `months` calendar months after an ISO date, kept within the month (31 January + 1 → 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Overdue: the target date has passed and the action is neither completed nor not accepted. */
function isOverdue(fields: ActionFields, today: string): boolean {
  return !isClosed(fields.status) && fields.targetDate < today;
}

/** Due soon: open, and its target date is today or within the next 3 months. */
function isDueSoon(fields: ActionFields, today: string): boolean {
  return !isClosed(fields.status) && fields.targetDate >= today && fields.targetDate <= addMonths(today, 3);
}

/** The plan's rows, sorted by target date (then number), and the actions no recommendation matches any more. */
export function planRows(recommendations: PlanRecommendation[], actions: StoredAction[], today: string) {
  const { byRecommendation, unmatched } = matchActions(recommendations, actions);
  const rows: PlanRow[] = recommendations.map((recommendation) => {
    const action = byRecommendation.get(recommendation.id);
    const fields = action ? storedFields(action) : defaultFields(recommendation);
    return {
      recommendation,
      actionId: action?.id ?? null,
      version: action?.version ?? 0,
      fields,
      overdue: isOverdue(fields, today),
      dueSoon: isDueSoon(fields, today),
    };
  });
  rows.sort((a, b) => a.fields.targetDate.localeCompare(b.fields.targetDate) || a.recommendation.number - b.recommendation.number);
  return { rows, unmatched };
}

export interface PlanCounts {
  total: number;
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  dueSoon: number;
}

export function planCounts(rows: PlanRow[]): PlanCounts {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const row of rows) byStatus[row.fields.status] += 1;
  return { total: rows.length, byStatus, overdue: rows.filter((r) => r.overdue).length, dueSoon: rows.filter((r) => r.dueSoon).length };
}

export interface PlanFilters {
  status?: ActionStatus;
  /** Part of the owner's name, any case. */
  owner?: string;
  overdue?: boolean;
}

export function filterRows<R extends PlanRow>(rows: R[], filters: PlanFilters): R[] {
  const owner = filters.owner?.toLowerCase();
  return rows.filter(
    (row) =>
      (!filters.status || row.fields.status === filters.status) &&
      (!owner || row.fields.owner.toLowerCase().includes(owner)) &&
      (!filters.overdue || row.overdue),
  );
}
