"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { authFor, MIN_PASSWORD_LENGTH } from "@/lib/accounts/auth";
import { isSameOrigin } from "@/lib/accounts/origin";
import type { SetPasswordState } from "@/lib/accounts/set-password";

const setPasswordForm = z.object({
  token: z.string().min(1).max(200),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Your password must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(256, "Your password must be 256 characters or fewer"),
});

/** Sets a password through a single-use link; better-auth spends the token and ends the account's sessions. */
export async function setPasswordAction(_previous: SetPasswordState, form: FormData): Promise<SetPasswordState> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return { errors: [{ param: "", message: "This form can only be sent from this site’s own pages" }] };
  const parsed = setPasswordForm.safeParse({ token: form.get("token"), password: form.get("password") });
  if (!parsed.success)
    return {
      errors: parsed.error.issues.map((i) => ({
        param: i.path[0] === "password" ? "password" : "",
        message: i.path[0] === "password" ? i.message : "This link is not complete: copy the whole link you were given",
      })),
    };
  try {
    await authFor(requestHeaders).api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.password } });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { errors: [{ param: "", message: "This link has expired or has already been used. Ask your administrator for a new one." }] };
  }
  redirect("/sign-in?password-set=1");
}
