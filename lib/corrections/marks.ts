/**
 * A reviewer's mark of a finding paragraph: the words shown for it and the
 * form that sets it (issue 21). Pure.
 */
import { z } from "zod";
import { ASSESSMENTS, type Assessment } from "../assessment";
import { ASSESSMENT_LABEL } from "../evidence/display";

export function isAssessment(value: string): value is Assessment {
  return (ASSESSMENTS as readonly string[]).includes(value);
}

/** What a reviewer's mark is shown as, in words: corrected when it differs from the rules' mark, checked when it agrees. */
export function reviewedLabel(mark: Assessment, assessorMark: string): string {
  const verb = mark === assessorMark ? "checked" : "corrected";
  return `${ASSESSMENT_LABEL[mark]} — ${verb} by a reviewer`;
}

/** The sentence under a reviewed mark: what the rules said, then the reviewer's reason (shown as text). */
export function reviewedExplanation(mark: Assessment, assessorMark: string): string {
  const rules = isAssessment(assessorMark) ? ASSESSMENT_LABEL[assessorMark] : assessorMark;
  return mark === assessorMark
    ? `The rules marked this paragraph ${rules} too; a reviewer checked it.`
    : `The rules marked this paragraph ${rules}; a reviewer changed it to ${ASSESSMENT_LABEL[mark]}.`;
}

/**
 * A mark's row once a reviewer's mark is withdrawn: kept with its history
 * (marks are never deleted), let go of its paragraph and never put back on
 * one, so the rules' mark is shown again. A row whose mark is this is no
 * reviewer's mark, for any page, count or export.
 */
export const WITHDRAWN = "withdrawn";

const WITHDRAWN_TO = `${WITHDRAWN}:`;

/** The history's "to" of a withdrawal: the rules' mark shown again, said to be the rules' ("withdrawn:strength"). */
export function withdrawnTo(rulesMark: string): string {
  return `${WITHDRAWN_TO}${rulesMark}`;
}

/** A history entry's "from" or "to" in words: "Concern", or for a withdrawal "Withdrawn: the rules’ Strength shown again". */
export function changeMarkWords(mark: string): string {
  const words = (m: string) => (isAssessment(m) ? ASSESSMENT_LABEL[m] : m);
  return mark.startsWith(WITHDRAWN_TO) ? `Withdrawn: the rules’ ${words(mark.slice(WITHDRAWN_TO.length))} shown again` : words(mark);
}

const REASON_MAX = 2000;

const paragraphFields = {
  paragraph: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(0),
};

const reason = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(REASON_MAX, `The reason must be ${REASON_MAX.toLocaleString("en-GB")} characters or fewer`);

/** What the mark form posts (app/admin/marks/[id]). */
const markForm = z.object({
  ...paragraphFields,
  mark: z.enum(ASSESSMENTS, { message: "Select the paragraph’s mark" }),
  reason: reason("Enter why the paragraph has this mark"),
});

/** What the form withdrawing a reviewer's mark posts (the same page). */
const withdrawForm = z.object({ ...paragraphFields, reason: reason("Enter why the reviewer’s mark is withdrawn") });

export type MarkFormInput = z.output<typeof markForm>;
export type WithdrawFormInput = z.output<typeof withdrawForm>;

export interface MarkFieldError {
  param: string;
  message: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: MarkFieldError[] };

/**
 * A form's values, or its errors in the order of the form, each naming its
 * input's id (`fieldIds`, which the error summary links to); an error in a
 * hidden field names none and says to reload.
 */
function parseForm<S extends z.ZodType>(schema: S, fieldIds: Record<string, string>, raw: Record<string, unknown>): Parsed<z.output<S>> {
  const text = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");
  const result = schema.safeParse({ paragraph: raw.paragraph, version: raw.version, mark: raw.mark, reason: text("reason") });
  if (result.success) return { ok: true, value: result.data };
  const order = Object.keys(fieldIds);
  return {
    ok: false,
    errors: result.error.issues
      .map((issue) => ({ param: fieldIds[String(issue.path[0])] ?? "", message: issue.message, at: order.indexOf(String(issue.path[0])) }))
      .sort((a, b) => a.at - b.at)
      .map(({ param, message }) => ({ param, message: param ? message : "The form could not be read: reload the page and try again" })),
  };
}

/** The mark form's values, or its errors. */
export function parseMarkForm(raw: Record<string, unknown>): Parsed<MarkFormInput> {
  return parseForm(markForm, { mark: "mark", reason: "reason" }, raw);
}

/** The withdrawal form's values, or its errors (its reason's input is `withdraw-reason`, the mark form's being `reason`). */
export function parseWithdrawForm(raw: Record<string, unknown>): Parsed<WithdrawFormInput> {
  return parseForm(withdrawForm, { reason: "withdraw-reason" }, raw);
}
