import { db } from "../db";
import { canEditPlan, canReadPlan, isAdmin, type Person } from "../accounts/roles";
import { planRows, type PlanRecommendation, type PlanRow, type StoredAction } from "../actions/plan";

interface ActionNoteView {
  at: string;
  author: string;
  text: string;
}

interface ActionHistoryEntry {
  at: string;
  who: string;
  field: string;
  from: string;
  to: string;
}

export interface PlanAction extends PlanRow {
  notes: ActionNoteView[];
  history: ActionHistoryEntry[];
}

export interface UnmatchedAction {
  id: number;
  number: number;
  recommendationText: string;
  status: string;
  owner: string;
}

export interface ActionPlan {
  slug: string;
  authority: string;
  authorityId: number;
  reportDate: string;
  /** Every report date of the authority, newest first: each has a plan of its own. */
  reportDates: string[];
  canEdit: boolean;
  actions: PlanAction[];
  /** Actions whose recommendation is no longer in the report (re-imported): admins only, else empty. */
  unmatched: UnmatchedAction[];
}

/** Whose plan the URL names, and whether this person may read it. */
export type PlanLookup = { kind: "plan"; plan: ActionPlan } | { kind: "not-found" } | { kind: "refused" };

/**
 * An authority's action plan for one report (the latest unless a date is
 * given): its recommendations with their actions, notes and history. A person
 * who may not read it is told only that (before anything else is read).
 */
export async function findActionPlan(slug: string, reportDate: string | undefined, person: Person, today: string): Promise<PlanLookup> {
  const authority = await db.authority.findUnique({
    where: { slug },
    select: { id: true, name: true, reports: { select: { id: true, reportDate: true }, orderBy: { reportDate: "desc" } } },
  });
  if (!authority || authority.reports.length === 0) return { kind: "not-found" };
  if (!canReadPlan(person, authority.id)) return { kind: "refused" };
  const report = reportDate ? authority.reports.find((r) => r.reportDate === reportDate) : authority.reports[0];
  if (!report) return { kind: "not-found" };

  const [recommendations, actions] = await Promise.all([
    db.recommendation.findMany({
      where: { reportId: report.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true, text: true, deadlineLabel: true, dueDate: true, addressee: true },
    }),
    db.action.findMany({ where: { authorityId: authority.id, reportDate: report.reportDate } }),
  ]);
  const planRecommendations: PlanRecommendation[] = recommendations.map(({ position, ...r }) => ({ ...r, number: position + 1 }));
  const { rows, unmatched } = planRows(planRecommendations, actions as StoredAction[], today);
  const trail = await actionTrail(actions.map((a) => a.id));
  return {
    kind: "plan",
    plan: {
      slug,
      authority: authority.name,
      authorityId: authority.id,
      reportDate: report.reportDate,
      reportDates: authority.reports.map((r) => r.reportDate),
      canEdit: canEditPlan(person, authority.id),
      actions: rows.map((row) => ({
        ...row,
        notes: trail.notes.get(row.actionId ?? -1) ?? [],
        history: trail.history.get(row.actionId ?? -1) ?? [],
      })),
      unmatched: isAdmin(person)
        ? unmatched.map(({ id, number, recommendationText, status, owner }) => ({ id, number, recommendationText, status, owner }))
        : [],
    },
  };
}

/** The notes and history of some actions, oldest first, by action id. */
async function actionTrail(actionIds: number[]) {
  const [notes, changes] = await Promise.all([
    db.actionNote.findMany({
      where: { actionId: { in: actionIds } },
      orderBy: { id: "asc" },
      select: { actionId: true, createdAt: true, text: true, author: { select: { name: true } } },
    }),
    db.actionChange.findMany({
      where: { actionId: { in: actionIds } },
      orderBy: { id: "asc" },
      select: { actionId: true, at: true, field: true, from: true, to: true, user: { select: { name: true } } },
    }),
  ]);
  const group = <T>(items: { actionId: number; value: T }[]) => {
    const map = new Map<number, T[]>();
    for (const { actionId, value } of items) map.set(actionId, [...(map.get(actionId) ?? []), value]);
    return map;
  };
  return {
    notes: group(
      notes.map((n) => ({ actionId: n.actionId, value: { at: n.createdAt.toISOString(), author: n.author.name, text: n.text } })),
    ),
    history: group(
      changes.map((c) => ({
        actionId: c.actionId,
        value: { at: c.at.toISOString(), who: c.user.name, field: c.field, from: c.from, to: c.to },
      })),
    ),
  };
}
