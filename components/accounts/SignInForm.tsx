"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { INITIAL_SIGN_IN_STATE, type SignInState } from "@/lib/accounts/sign-in-state";

export type SignInAction = (previous: SignInState, form: FormData) => Promise<SignInState>;

/** Email and password; with the permalink it also works before (or without) JavaScript. */
export function SignInForm({ signInAction, next }: { signInAction: SignInAction; next: string }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL_SIGN_IN_STATE, "/sign-in");
  const errorFor = (param: string) => state.errors.find((e) => e.param === param)?.message;
  return (
    <>
      {state.errors.length > 0 && <ErrorSummary errors={state.errors} />}
      <form action={action} noValidate>
        <input type="hidden" name="next" value={next} />
        <div className={`form-group ${errorFor("email") ? "form-group--error" : ""}`}>
          <label className="label" htmlFor="email">
            Email address
          </label>
          {errorFor("email") && (
            <p className="error-message" id="email-error">
              <span className="sr-only">Error:</span> {errorFor("email")}
            </p>
          )}
          <input
            className={`input w-full max-w-[30em] ${errorFor("email") ? "input--error" : ""}`}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            defaultValue={state.email}
            aria-describedby={errorFor("email") ? "email-error" : undefined}
          />
        </div>
        <div className={`form-group ${errorFor("password") ? "form-group--error" : ""}`}>
          <label className="label" htmlFor="password">
            Password
          </label>
          {errorFor("password") && (
            <p className="error-message" id="password-error">
              <span className="sr-only">Error:</span> {errorFor("password")}
            </p>
          )}
          <input
            className={`input w-full max-w-[30em] ${errorFor("password") ? "input--error" : ""}`}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={errorFor("password") ? "password-error" : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Sign in
        </button>
      </form>
    </>
  );
}
