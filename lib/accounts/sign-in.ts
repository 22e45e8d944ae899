import { z } from "zod";

/** The one answer to a wrong password and an unknown address alike, so that neither tells which. */
export const WRONG_DETAILS = "The email address or password is not right";

export const signInForm = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(320, "Enter your email address"),
  password: z.string().min(1, "Enter your password").max(256, "The email address or password is not right"),
});

const LONDON_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" });

/** The refusal while an account or address is locked: when to try again, as a time of day and in minutes. */
export function lockedMessage(until: Date, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed attempts to sign in. Try again after ${LONDON_TIME.format(until)} (in ${minutes} minute${minutes === 1 ? "" : "s"}).`;
}

/** Where to go after signing in: a path of this site only, else the plans page. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s\\]*$/.test(value) && value.length <= 500 ? value : "/actions";
}
