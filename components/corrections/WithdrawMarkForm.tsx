"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { describedBy, FormField } from "@/components/form/FormField";
import { INITIAL_MARK_FORM_STATE, type MarkFormState } from "@/lib/corrections/form-state";

type WithdrawMarkForm = (previous: MarkFormState, form: FormData) => Promise<MarkFormState>;

interface Props {
  withdrawMark: WithdrawMarkForm;
  paragraphId: number;
  version: number;
  /** The rules' mark in words, which the paragraph shows again once the reviewer's is withdrawn; null when there is no reviewer's mark. */
  rulesMark: string | null;
  /** The page's own address: without JavaScript the form posts there. */
  permalink: string;
}

/**
 * Withdraws a paragraph's reviewer's mark, with a reason: works without
 * JavaScript, errors in the GOV.UK pattern. Rendered on the page whether or
 * not there is a mark to withdraw, so that it can say one was withdrawn.
 */
export function WithdrawMarkForm({ withdrawMark, paragraphId, version, rulesMark, permalink }: Props) {
  const [state, action, pending] = useActionState(withdrawMark, INITIAL_MARK_FORM_STATE, permalink);
  const done = state.outcome === "withdrawn" && state.version === version && (
    <div className="notification" role="status">
      <p>Reviewer’s mark withdrawn. The public pages show the rules’ mark from now on.</p>
    </div>
  );
  if (rulesMark === null) return done || null;
  const resent = state.outcome === "invalid" || state.outcome === "refused" || state.outcome === "conflict";
  const reasonError = state.errors.find((e) => e.param === "withdraw-reason")?.message;
  return (
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading" className="mt-10">
        Withdraw the reviewer’s mark
      </h2>
      <p className="max-w-[40em]">
        The paragraph is then shown and counted with the rules’ mark, {rulesMark}, everywhere again. The reviewer’s mark and this withdrawal
        stay in the history.
      </p>
      <form action={action} noValidate key={`${version}:${resent ? JSON.stringify(state.values) : ""}`}>
        {state.errors.length > 0 && <ErrorSummary errors={state.errors} titleId="withdraw-error-summary-title" />}
        <input type="hidden" name="paragraph" value={paragraphId} />
        <input type="hidden" name="version" value={version} />
        <FormField id="withdraw-reason" label="Why it is withdrawn" error={reasonError}>
          <textarea
            className="textarea w-full max-w-[40em]"
            id="withdraw-reason"
            name="reason"
            rows={3}
            defaultValue={resent ? (state.values.reason ?? "") : ""}
            {...describedBy("withdraw-reason", undefined, reasonError)}
          />
        </FormField>
        <button type="submit" className="button button--secondary" disabled={pending}>
          Withdraw the reviewer’s mark
        </button>
      </form>
    </section>
  );
}
