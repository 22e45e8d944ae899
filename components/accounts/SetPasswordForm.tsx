"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { INITIAL_SET_PASSWORD_STATE, type SetPasswordState } from "@/lib/accounts/set-password";

export type SetPasswordAction = (previous: SetPasswordState, form: FormData) => Promise<SetPasswordState>;

export function SetPasswordForm({
  setPasswordAction,
  token,
  minLength,
}: {
  setPasswordAction: SetPasswordAction;
  token: string;
  minLength: number;
}) {
  const [state, action, pending] = useActionState(setPasswordAction, INITIAL_SET_PASSWORD_STATE);
  const error = state.errors.find((e) => e.param === "password")?.message;
  return (
    <>
      {state.errors.length > 0 && <ErrorSummary errors={state.errors} />}
      <form action={action} noValidate>
        <input type="hidden" name="token" value={token} />
        <div className={`form-group ${error ? "form-group--error" : ""}`}>
          <label className="label" htmlFor="password">
            New password
          </label>
          <span className="field-hint" id="password-hint">
            At least {minLength} characters. A few unrelated words make a good one.
          </span>
          {error && (
            <p className="error-message" id="password-error">
              <span className="sr-only">Error:</span> {error}
            </p>
          )}
          <input
            className={`input w-full max-w-[30em] ${error ? "input--error" : ""}`}
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            aria-describedby={error ? "password-hint password-error" : "password-hint"}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Set password
        </button>
      </form>
    </>
  );
}
