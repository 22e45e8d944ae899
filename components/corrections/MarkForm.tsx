"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { describedBy, FormField, SelectField } from "@/components/form/FormField";
import type { Assessment } from "@/lib/assessment";
import { INITIAL_MARK_FORM_STATE, type MarkFormState } from "@/lib/corrections/form-state";

type SaveMarkForm = (previous: MarkFormState, form: FormData) => Promise<MarkFormState>;

interface Props {
  saveMark: SaveMarkForm;
  paragraphId: number;
  version: number;
  mark: Assessment;
  reason: string;
  /** The four marks and their words, from the page (lib/assessment stays out of the browser's code). */
  options: { value: Assessment; label: string }[];
  /** The page's own address: without JavaScript the form posts there. */
  permalink: string;
}

const REASON_HINT = "Why the paragraph reads this way, in plain text. Shown with the mark on the public pages.";

const OUTCOME_WORDS = {
  saved: "Mark saved. The public pages show it from now on.",
  unchanged: "Nothing had changed: nothing was saved.",
} as const;

/** A paragraph's mark and reason: works without JavaScript, errors in the GOV.UK pattern. */
export function MarkForm({ saveMark, paragraphId, version, mark, reason, options, permalink }: Props) {
  const [state, action, pending] = useActionState(saveMark, INITIAL_MARK_FORM_STATE, permalink);
  const resent = state.outcome === "invalid" || state.outcome === "refused" || state.outcome === "conflict";
  const value = (name: "mark" | "reason") => (resent ? (state.values[name] ?? "") : name === "mark" ? mark : reason);
  const errorFor = (param: string) => state.errors.find((e) => e.param === param)?.message;
  const markError = errorFor("mark");
  const reasonError = errorFor("reason");
  return (
    <form action={action} noValidate key={`${version}:${resent ? JSON.stringify(state.values) : ""}`}>
      {state.errors.length > 0 && <ErrorSummary errors={state.errors} />}
      {(state.outcome === "saved" || state.outcome === "unchanged") && state.version === version && (
        <div className="notification" role="status">
          <p>{OUTCOME_WORDS[state.outcome]}</p>
        </div>
      )}
      <input type="hidden" name="paragraph" value={paragraphId} />
      <input type="hidden" name="version" value={version} />
      <SelectField id="mark" label="Mark" error={markError} defaultValue={value("mark")} options={options} />
      <FormField id="reason" label="Reason" hint={REASON_HINT} error={reasonError}>
        <textarea
          className="textarea w-full max-w-[40em]"
          id="reason"
          name="reason"
          rows={4}
          defaultValue={value("reason")}
          {...describedBy("reason", REASON_HINT, reasonError)}
        />
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Save mark
      </button>
    </form>
  );
}
