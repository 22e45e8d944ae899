import { cache } from "react";
import { headers } from "next/headers";
import { db } from "../db";
import { authFor } from "./auth";
import { isRole, type Person } from "./roles";

/**
 * The signed-in person of a request, from the session in the database (never
 * a cookie's say alone): null when there is no session, it has expired, or the
 * account is disabled. Once per render.
 */
export const currentPerson = cache(async (): Promise<Person | null> => {
  const requestHeaders = await headers();
  return personOf(requestHeaders);
});

/** The same for a route handler's request headers. */
export async function personOf(requestHeaders: Headers): Promise<Person | null> {
  const session = await authFor(requestHeaders).api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, disabled: true, authorities: { select: { authorityId: true } } },
  });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, authorityIds: user.authorities.map((a) => a.authorityId) };
}
