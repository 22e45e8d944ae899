import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { writer } from "../db";
import { authSecret } from "./secret";

/** How long a session lasts without use, and how often its expiry is pushed on while in use. */
const SESSION_SECONDS = 8 * 60 * 60;
/** How long a set-password link works. */
const SET_PASSWORD_LINK_SECONDS = 24 * 60 * 60;
export const MIN_PASSWORD_LENGTH = 12;

/** Set-password links handed from better-auth's callback to whoever asked for one (lib/accounts/people.ts). */
const linkListeners = new Map<string, (token: string) => void>();

export function onSetPasswordToken(email: string, listener: (token: string) => void): () => void {
  linkListeners.set(email.toLowerCase(), listener);
  return () => linkListeners.delete(email.toLowerCase());
}

function configure(secure: boolean) {
  return betterAuth({
    appName: "Children's services inspections",
    // Links are built by the app (lib/accounts/people.ts); this only decides the cookies' names and Secure flag.
    baseURL: secure ? "https://localhost" : "http://localhost",
    secret: authSecret(),
    database: prismaAdapter(writer(), { provider: "sqlite" }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // People are added by an admin (app/admin/people) or `npm run users -- add`, never by themselves.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      // argon2id with @node-rs/argon2's defaults (19 MiB, 2 passes: OWASP's recommended minimum), ~25 ms a hash here.
      password: { hash: (password) => hash(password), verify: ({ hash: stored, password }) => verify(stored, password) },
      resetPasswordTokenExpiresIn: SET_PASSWORD_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        linkListeners.get(user.email.toLowerCase())?.(token);
      },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60, cookieCache: { enabled: false } },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no session, whatever asks for one.
          before: async (session) => {
            const user = await writer().user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            return user && !user.disabled ? { data: session } : false;
          },
        },
      },
    },
    // Sets the cookies of calls made in server actions through Next's cookies().
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof configure>;

const globalForAuth = globalThis as unknown as { __auth?: { plain?: Auth; secure?: Auth } };

/**
 * The better-auth instance for a request: over HTTPS (as the browser sees it,
 * X-Forwarded-Proto behind nginx) cookies are Secure and __Secure- prefixed;
 * over plain HTTP (a local run, the tests) they cannot be.
 */
export function authFor(headers: { get(name: string): string | null }): Auth {
  const secure = headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
  const kept = (globalForAuth.__auth ??= {});
  return secure ? (kept.secure ??= configure(true)) : (kept.plain ??= configure(false));
}
