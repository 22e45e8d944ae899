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

const REASON_MAX = 2000;

/** What the mark form posts (app/admin/marks/[id]). */
const markForm = z.object({
  paragraph: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(0),
  mark: z.enum(ASSESSMENTS, { message: "Select the paragraph’s mark" }),
  reason: z
    .string()
    .trim()
    .min(1, "Enter why the paragraph has this mark")
    .max(REASON_MAX, `The reason must be ${REASON_MAX.toLocaleString("en-GB")} characters or fewer`),
});

export type MarkFormInput = z.output<typeof markForm>;

export interface MarkFieldError {
  param: string;
  message: string;
}

/** The ids of the form's inputs, which the error summary links to, in the form's order. */
const FIELD_IDS: Record<string, string> = { mark: "mark", reason: "reason" };

/** The form's values, or its errors in the order of the form, each naming its input's id. */
export function parseMarkForm(raw: Record<string, unknown>): { ok: true; value: MarkFormInput } | { ok: false; errors: MarkFieldError[] } {
  const text = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");
  const result = markForm.safeParse({ paragraph: raw.paragraph, version: raw.version, mark: raw.mark, reason: text("reason") });
  if (result.success) return { ok: true, value: result.data };
  const order = Object.keys(FIELD_IDS);
  return {
    ok: false,
    errors: result.error.issues
      .map((issue) => ({ param: FIELD_IDS[String(issue.path[0])] ?? "", message: issue.message, at: order.indexOf(String(issue.path[0])) }))
      .sort((a, b) => a.at - b.at)
      .map(({ param, message }) => ({ param, message: param ? message : "The form could not be read: reload the page and try again" })),
  };
}
