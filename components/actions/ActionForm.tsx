"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import type { ActionFields } from "@/lib/actions/plan";
import { INITIAL_ACTION_FORM_STATE, type ActionFormState } from "@/lib/actions/form-state";
import { StatusOptions } from "./StatusOptions";
import { ActionChangesTable } from "./ActionChangesTable";

export type SaveActionForm = (previous: ActionFormState, form: FormData) => Promise<ActionFormState>;

interface Props {
  saveAction: SaveActionForm;
  /** The recommendation's id (the form names it, the server checks who may change its authority's plan). */
  recommendationId: number;
  /** The recommendation's number, which makes the form's ids unique on the page. */
  number: number;
  version: number;
  fields: ActionFields;
  permalink: string;
}

const OUTCOME_WORDS = { saved: "Action saved.", unchanged: "Nothing had changed: nothing was saved." } as const;

/** One action's form: works without JavaScript (the permalink), errors in the GOV.UK pattern. */
export function ActionForm({ saveAction, recommendationId, number, version, fields, permalink }: Props) {
  const [state, action, pending] = useActionState(saveAction, INITIAL_ACTION_FORM_STATE, permalink);
  const resent = state.outcome === "invalid" || state.outcome === "refused";
  const value = (name: keyof ActionFields | "note") => (resent ? (state.values[name] ?? "") : name === "note" ? "" : fields[name]);
  const id = (base: string) => `${base}-${number}`;
  const errorFor = (base: string) => state.errors.find((e) => e.param === base)?.message;
  const field = { id, errorFor, value };
  return (
    <form action={action} noValidate className="print:hidden" key={`${version}:${resent ? JSON.stringify(state.values) : ""}`}>
      {state.errors.length > 0 && (
        <ErrorSummary
          title={state.outcome === "conflict" ? "This action changed while you were editing it" : "There is a problem"}
          errors={state.errors.map((e) => ({ param: e.param ? id(e.param) : "", message: e.message }))}
        />
      )}
      {state.outcome === "conflict" && <ActionChangesTable caption="Their changes" changes={state.otherChanges} />}
      {(state.outcome === "saved" || state.outcome === "unchanged") && (
        <div className="notification" role="status">
          <p>{OUTCOME_WORDS[state.outcome]}</p>
        </div>
      )}
      <input type="hidden" name="recommendation" value={recommendationId} />
      <input type="hidden" name="version" value={version} />
      <StatusField {...field} />
      <TextField
        {...field}
        base="not-accepted-reason"
        name="notAcceptedReason"
        label="Reason not accepted"
        hint="Needed when the status is Not accepted."
        rows={2}
      />
      <TextField
        {...field}
        base="owner"
        name="owner"
        label="Owner"
        hint="A post or an organisation, for example Head of Safeguarding, NHS Barnet."
      />
      <TextField {...field} base="target-date" name="targetDate" label="Target date" type="date" />
      <TextField
        {...field}
        base="completed-on"
        name="completedOn"
        label="Date completed"
        hint="For a completed action; today if left empty."
        type="date"
      />
      <TextField {...field} base="evidence" name="evidence" label="Evidence" rows={3} />
      <TextField {...field} base="evidence-links" name="evidenceLinks" label="Evidence links" hint="One web address a line." rows={2} />
      <TextField
        {...field}
        base="note"
        name="note"
        label="Progress note"
        hint="Added to the notes with today’s date and your name."
        rows={3}
      />
      <button type="submit" className="button" disabled={pending}>
        Save action
      </button>
    </form>
  );
}

interface FieldProps {
  id: (base: string) => string;
  errorFor: (base: string) => string | undefined;
  value: (name: keyof ActionFields | "note") => string;
}

function ErrorLine({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="sr-only">Error:</span> {message}
    </p>
  );
}

function StatusField({ id, errorFor, value }: FieldProps) {
  const error = errorFor("status");
  return (
    <div className={`form-group ${error ? "form-group--error" : ""}`}>
      <label className="label" htmlFor={id("status")}>
        Status
      </label>
      <ErrorLine id={id("status-error")} message={error} />
      <select
        className="select"
        id={id("status")}
        name="status"
        defaultValue={value("status")}
        aria-describedby={error ? id("status-error") : undefined}
      >
        <StatusOptions />
      </select>
    </div>
  );
}

function TextField(
  props: FieldProps & { base: string; name: keyof ActionFields | "note"; label: string; hint?: string; rows?: number; type?: string },
) {
  const { id, errorFor, value, base, name, label, hint, rows, type = "text" } = props;
  const error = errorFor(base);
  const described = [hint ? id(`${base}-hint`) : "", error ? id(`${base}-error`) : ""].filter(Boolean).join(" ") || undefined;
  const common = { id: id(base), name, defaultValue: value(name), "aria-describedby": described };
  return (
    <div className={`form-group ${error ? "form-group--error" : ""}`}>
      <label className="label" htmlFor={id(base)}>
        {label}
      </label>
      {hint && (
        <span className="field-hint" id={id(`${base}-hint`)}>
          {hint}
        </span>
      )}
      <ErrorLine id={id(`${base}-error`)} message={error} />
      {rows ? (
        <textarea className="textarea w-full max-w-[40em]" rows={rows} {...common} />
      ) : (
        <input
          className={`input ${type === "date" ? "w-auto" : "w-full max-w-[30em]"} ${error ? "input--error" : ""}`}
          type={type}
          {...common}
        />
      )}
    </div>
  );
}
