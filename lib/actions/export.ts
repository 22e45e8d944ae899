import { toCsv } from "../formatting/csv";
import type { ActionPlan } from "../queries/actions";
import { STATUS_LABELS } from "./status";

/** The plan as rows of a spreadsheet: one row an action, in the page's order. */
export function planCsv(plan: ActionPlan): string {
  return toCsv(
    [
      "Authority",
      "Report date",
      "Recommendation",
      "Text",
      "Deadline",
      "Status",
      "Reason not accepted",
      "Owner",
      "Target date",
      "Overdue",
      "Date completed",
      "Evidence",
      "Evidence links",
      "Latest note",
    ],
    plan.actions.map((a) => [
      plan.authority,
      plan.reportDate,
      a.recommendation.number,
      a.recommendation.text,
      a.recommendation.deadlineLabel,
      STATUS_LABELS[a.fields.status],
      a.fields.notAcceptedReason,
      a.fields.owner,
      a.fields.targetDate,
      a.overdue ? "Overdue" : "",
      a.fields.completedOn,
      a.fields.evidence,
      a.fields.evidenceLinks.split("\n").filter(Boolean).join(" "),
      a.notes.at(-1)?.text ?? "",
    ]),
  );
}

/** Every change of the plan's actions, oldest first within each action. */
export function historyCsv(plan: ActionPlan): string {
  return toCsv(
    ["Authority", "Report date", "Recommendation", "When", "Who", "Field", "From", "To"],
    plan.actions.flatMap((a) =>
      a.history.map((h) => [plan.authority, plan.reportDate, a.recommendation.number, h.at, h.who, h.field, h.from, h.to]),
    ),
  );
}

/** The plan as JSON: each action with its notes and history. */
export function planJson(plan: ActionPlan) {
  return {
    authority: { slug: plan.slug, name: plan.authority },
    reportDate: plan.reportDate,
    actions: plan.actions.map((a) => ({
      recommendation: {
        number: a.recommendation.number,
        text: a.recommendation.text,
        deadline: a.recommendation.deadlineLabel,
        dueDate: a.recommendation.dueDate,
      },
      ...a.fields,
      evidenceLinks: a.fields.evidenceLinks.split("\n").filter(Boolean),
      statusLabel: STATUS_LABELS[a.fields.status],
      overdue: a.overdue,
      dueSoon: a.dueSoon,
      version: a.version,
      notes: a.notes,
      history: a.history,
    })),
  };
}
