"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { formatDate } from "@/lib/formatting/format";
import { INITIAL_IMPORT_STATE, type ImportState } from "@/lib/import/form-state";
import { CouncilMatch } from "./CouncilMatch";
import { ReportPreview } from "./ReportPreview";

const EFFECT_WORDS = {
  new: "This report is new: saving adds it.",
  replace: "A report of this authority with this date is already stored: saving replaces it with this text.",
  unchanged: "This exact report is already stored: saving changes nothing.",
} as const;

const OUTCOME_WORDS = {
  created: "saved",
  replaced: "saved, replacing the earlier copy",
  unchanged: "already stored; nothing changed",
} as const;

/** The server action behind every step: the page passes it in, so components need nothing from app/. */
export type ImportAction = (previous: ImportState, form: FormData) => Promise<ImportState>;

/**
 * Upload or paste, preview, then confirm. One server action drives every step;
 * with the permalink, the form also works before (or without) JavaScript.
 */
export function ImportForm({ importAction, importingEnabled }: { importAction: ImportAction; importingEnabled: boolean }) {
  const [state, action, pending] = useActionState(importAction, INITIAL_IMPORT_STATE, "/import");

  if (state.step === "saved") return <ImportSaved state={state} />;

  return (
    <>
      {state.errors.length > 0 && <ErrorSummary errors={state.errors} />}
      {state.step === "start" ? (
        <UploadForm action={action} pending={pending} />
      ) : (
        <>
          <p className="text-body-l sm:text-2xl/tight">
            Check what was read from <strong>{state.name}</strong>. Nothing is saved until you confirm.
          </p>
          <div className="inset-text">
            <p>{EFFECT_WORDS[state.effect]}</p>
          </div>
          <ReportPreview report={state.report} />
          <CouncilMatch authority={state.report.authority} council={state.council} />
          <form action={action}>
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="name" value={state.name} />
            <input type="hidden" name="text" value={state.text} />
            <SaveControls importingEnabled={importingEnabled} pending={pending} />
          </form>
        </>
      )}
    </>
  );
}

function ImportSaved({ state }: { state: Extract<ImportState, { step: "saved" }> }) {
  return (
    <div className="mb-7.5 border-5 border-success p-4 [&>:last-child]:mb-0" role="status">
      <h2>
        {state.authority}&rsquo;s report of {formatDate(state.reportDate)} is {OUTCOME_WORDS[state.outcome]}
      </h2>
      <p>
        {state.sections} sections, {state.paragraphs} paragraphs, {state.recommendations} recommendations, {state.warnings} warnings.
      </p>
      <CouncilMatch authority={state.authority} council={state.council} />
      <p>
        <Link href={`/authorities/${state.slug}`}>Read {state.authority}&rsquo;s report</Link> or{" "}
        <Link href="/import">import another report</Link>.
      </p>
    </div>
  );
}

function UploadForm({ action, pending }: { action: (form: FormData) => void; pending: boolean }) {
  return (
    <form action={action} encType="multipart/form-data">
      <input type="hidden" name="intent" value="preview" />
      <div className="form-group">
        <label className="label" htmlFor="file">
          Upload a report
        </label>
        <span className="field-hint" id="file-hint">
          A PDF (10 MB at most) or a plain text (.txt) file (1 MB at most).
        </span>
        <input
          className="max-w-full focus:outline-3 focus:outline-offset-0 focus:outline-focus"
          id="file"
          name="file"
          type="file"
          accept=".pdf,application/pdf,.txt,text/plain"
          aria-describedby="file-hint"
        />
      </div>
      <p className="font-bold">or</p>
      <div className="form-group">
        <label className="label" htmlFor="text">
          Paste the report&rsquo;s text
        </label>
        <textarea className="textarea w-full max-w-[40em] font-mono text-[0.875rem]" id="text" name="text" rows={8} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Reading…" : "Preview"}
      </button>
    </form>
  );
}

/** The save button, or why this person cannot save (only a signed-in admin can). */
function SaveControls({ importingEnabled, pending }: { importingEnabled: boolean; pending: boolean }) {
  return importingEnabled ? (
    <div className="flex flex-wrap items-start gap-4">
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save report"}
      </button>
      <Link href="/import" className="button button--secondary">
        Start again
      </Link>
    </div>
  ) : (
    <p>
      Only an admin can save reports: <Link href="/sign-in?next=/import">sign in</Link> as an admin, or{" "}
      <Link href="/import">start again</Link>.
    </p>
  );
}
