"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
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
      <div className={`form-group ${markError ? "form-group--error" : ""}`}>
        <label className="label" htmlFor="mark">
          Mark
        </label>
        {markError && (
          <p className="error-message" id="mark-error">
            <span className="sr-only">Error:</span> {markError}
          </p>
        )}
        <select
          className="select"
          id="mark"
          name="mark"
          defaultValue={value("mark")}
          aria-describedby={markError ? "mark-error" : undefined}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className={`form-group ${reasonError ? "form-group--error" : ""}`}>
        <label className="label" htmlFor="reason">
          Reason
        </label>
        <span className="field-hint" id="reason-hint">
          Why the paragraph reads this way, in plain text. Shown with the mark on the public pages.
        </span>
        {reasonError && (
          <p className="error-message" id="reason-error">
            <span className="sr-only">Error:</span> {reasonError}
          </p>
        )}
        <textarea
          className="textarea w-full max-w-[40em]"
          id="reason"
          name="reason"
          rows={4}
          defaultValue={value("reason")}
          aria-describedby={`reason-hint${reasonError ? " reason-error" : ""}`}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Save mark
      </button>
    </form>
  );
}
