"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { INITIAL_PEOPLE_FORM_STATE, type PeopleFormState } from "@/lib/accounts/admin-form";
import { ROLES, ROLE_LABELS } from "@/lib/accounts/roles";

export type PeopleAction = (previous: PeopleFormState, form: FormData) => Promise<PeopleFormState>;

function Outcome({ state }: { state: PeopleFormState }) {
  if (state.errors.length > 0) return <ErrorSummary errors={state.errors} />;
  if (!state.done) return null;
  return (
    <div className="notification" role="status">
      <p>{state.done}</p>
      {state.link && (
        <p>
          Give them this link to set their password. It works once, for 24 hours, and is not shown again:{" "}
          <code className="break-all">{state.link}</code>
        </p>
      )}
    </div>
  );
}

/** Adding a person: they set their own password through the link shown once. */
export function AddPersonForm({ peopleAction }: { peopleAction: PeopleAction }) {
  const [state, action, pending] = useActionState(peopleAction, INITIAL_PEOPLE_FORM_STATE, "/admin/people");
  return (
    <form action={action} noValidate>
      <Outcome state={state} />
      <input type="hidden" name="intent" value="add" />
      <div className="form-group">
        <label className="label" htmlFor="email">
          Email address
        </label>
        <input className="input w-full max-w-[30em]" id="email" name="email" type="email" autoComplete="off" spellCheck={false} />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="name">
          Name
        </label>
        <span className="field-hint" id="name-hint">
          Shown in the history of what they change.
        </span>
        <input className="input w-full max-w-[30em]" id="name" name="name" aria-describedby="name-hint" />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="role">
          Role
        </label>
        <select className="select" id="role" name="role" defaultValue="viewer">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="authorities">
          Authorities
        </label>
        <span className="field-hint" id="authorities-hint">
          For an editor or viewer: the authorities’ short names as in their addresses, separated by commas, for example barnet, dudley.
        </span>
        <input className="input w-full max-w-[30em]" id="authorities" name="authorities" aria-describedby="authorities-hint" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Add person
      </button>
    </form>
  );
}

/** Disable or reset one person: a form each, so they work without JavaScript. */
export function PersonButtons({ peopleAction, email }: { peopleAction: PeopleAction; email: string }) {
  const [state, action] = useActionState(peopleAction, INITIAL_PEOPLE_FORM_STATE);
  return (
    <div>
      <Outcome state={state} />
      <form action={action} className="m-0 inline-flex gap-2">
        <input type="hidden" name="email" value={email} />
        <button
          type="submit"
          name="intent"
          value="reset"
          className="button button--secondary m-0"
          aria-label={`Reset the password of ${email}`}
        >
          Reset password
        </button>
        <button type="submit" name="intent" value="disable" className="button button--secondary m-0" aria-label={`Disable ${email}`}>
          Disable
        </button>
      </form>
    </div>
  );
}
