import { z } from "zod";
import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from "./status";
import type { ActionFields } from "./plan";

/** A field's error, named by the id of its input so the error summary can link to it. */
export interface FieldError {
  param: string;
  message: string;
}

const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
      message: `${label} must be a real date, for example 2012-03-31`,
    });

const httpLink = z
  .string()
  .trim()
  .max(500, "Each evidence link must be 500 characters or fewer")
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), {
    message: "Each evidence link must start with https:// or http://",
  });

/** What one action's form posts (app/authorities/[slug]/actions). */
const actionForm = z
  .object({
    recommendation: z.coerce.number().int().positive(),
    version: z.coerce.number().int().min(0),
    status: z.enum(ACTION_STATUSES, { message: "Select the action’s status" }),
    notAcceptedReason: z.string().trim().max(2000, "The reason must be 2,000 characters or fewer"),
    owner: z.string().trim().max(200, "The owner must be 200 characters or fewer"),
    targetDate: isoDate("Target date"),
    completedOn: z.union([z.literal(""), isoDate("Date completed")]),
    evidence: z.string().trim().max(5000, "Evidence must be 5,000 characters or fewer"),
    evidenceLinks: z
      .string()
      .transform((s) =>
        s
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .pipe(z.array(httpLink).max(20, "Give at most 20 evidence links")),
    note: z.string().trim().max(5000, "The progress note must be 5,000 characters or fewer"),
  })
  .superRefine((form, ctx) => {
    if (form.status === "not-accepted" && form.notAcceptedReason === "")
      ctx.addIssue({ code: "custom", path: ["notAcceptedReason"], message: "Enter why the recommendation is not accepted" });
    if (form.completedOn !== "" && form.status !== "completed")
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Give a date completed only for a completed action" });
  });

export type ActionFormInput = z.output<typeof actionForm>;

const FIELD_IDS: Record<string, string> = {
  status: "status",
  notAcceptedReason: "not-accepted-reason",
  owner: "owner",
  targetDate: "target-date",
  completedOn: "completed-on",
  evidence: "evidence",
  evidenceLinks: "evidence-links",
  note: "note",
};

/** The form's values, or its errors in the order of the form, each naming its input's id (without the action's suffix). */
export function parseActionForm(raw: Record<string, unknown>): { ok: true; value: ActionFormInput } | { ok: false; errors: FieldError[] } {
  const text = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");
  const result = actionForm.safeParse({
    recommendation: raw.recommendation,
    version: raw.version,
    status: raw.status,
    ...Object.fromEntries(
      ["notAcceptedReason", "owner", "targetDate", "completedOn", "evidence", "evidenceLinks", "note"].map((n) => [n, text(n)]),
    ),
  });
  if (result.success) return { ok: true, value: result.data };
  const order = Object.keys(FIELD_IDS);
  const errors = result.error.issues
    .map((issue) => ({ param: FIELD_IDS[String(issue.path[0])] ?? "", message: issue.message, at: order.indexOf(String(issue.path[0])) }))
    .sort((a, b) => a.at - b.at)
    .map(({ param, message }) => ({ param, message: param ? message : "The form could not be read: reload the page and try again" }));
  return { ok: false, errors };
}

/** The fields the form asks for, with a completed action given today's date when none was entered. */
export function fieldsOf(input: ActionFormInput, today: string): ActionFields {
  const status: ActionStatus = input.status;
  return {
    status,
    notAcceptedReason: status === "not-accepted" ? input.notAcceptedReason : "",
    owner: input.owner,
    targetDate: input.targetDate,
    evidence: input.evidence,
    evidenceLinks: input.evidenceLinks.join("\n"),
    completedOn: status === "completed" ? input.completedOn || today : "",
  };
}

/** Names of the fields as the history shows them. */
const FIELD_LABELS: Record<keyof ActionFields, string> = {
  status: "Status",
  notAcceptedReason: "Reason not accepted",
  owner: "Owner",
  targetDate: "Target date",
  evidence: "Evidence",
  evidenceLinks: "Evidence links",
  completedOn: "Date completed",
};

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** Each field whose value differs, in words (statuses by their labels), in the form's order. */
export function changedFields(before: ActionFields, after: ActionFields): FieldChange[] {
  const words = (key: keyof ActionFields, value: string) => (key === "status" ? STATUS_LABELS[value as ActionStatus] : value);
  return (Object.keys(FIELD_LABELS) as (keyof ActionFields)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => ({ field: FIELD_LABELS[key], from: words(key, before[key]), to: words(key, after[key]) }));
}
