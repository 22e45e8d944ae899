"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { authFor } from "@/lib/accounts/auth";
import { isSameOrigin } from "@/lib/accounts/origin";
import { lockedMessage, safeNext, signInForm, WRONG_DETAILS } from "@/lib/accounts/sign-in";
import { INITIAL_SIGN_IN_STATE, type SignInState } from "@/lib/accounts/sign-in-state";
import { clientAddress, recordFailure, recordSuccess, refusedUntil } from "@/lib/accounts/sign-in-limit";

const CROSS_SITE = { ...INITIAL_SIGN_IN_STATE, errors: [{ param: "", message: "This form can only be sent from this site’s own pages" }] };

/**
 * Signs in with email and password. A locked account or address is refused
 * before the password is checked; a failure counts against both. Any session
 * the browser already had is ended first, so signing in always starts a new one.
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return CROSS_SITE;
  const parsed = signInForm.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = typeof form.get("email") === "string" ? String(form.get("email")).trim() : "";
  if (!parsed.success) return { email, errors: parsed.error.issues.map((i) => ({ param: String(i.path[0]), message: i.message })) };

  const keys = { email: parsed.data.email, address: clientAddress(requestHeaders.get("x-forwarded-for")) };
  const locked = await refusedUntil(keys);
  if (locked) return { email, errors: [{ param: "", message: lockedMessage(locked) }] };

  const auth = authFor(requestHeaders);
  if (await auth.api.getSession({ headers: requestHeaders })) await auth.api.signOut({ headers: requestHeaders });
  try {
    await auth.api.signInEmail({
      body: { email: parsed.data.email.toLowerCase(), password: parsed.data.password, rememberMe: false },
      headers: requestHeaders,
    });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordFailure(keys);
    const now = await refusedUntil(keys);
    return { email, errors: [{ param: "", message: now ? lockedMessage(now) : WRONG_DETAILS }] };
  }
  await recordSuccess(keys);
  redirect(safeNext(form.get("next")));
}

/** Ends the session (sign-out is a POST from this site's pages only). */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  if (isSameOrigin(requestHeaders)) await authFor(requestHeaders).api.signOut({ headers: requestHeaders });
  redirect("/sign-in?signed-out=1");
}
