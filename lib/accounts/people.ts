import type { Db } from "../db";
import { authFor, onSetPasswordToken, MIN_PASSWORD_LENGTH } from "./auth";
import { isRole, type Role } from "./roles";

export interface NewPerson {
  email: string;
  name: string;
  role: Role;
  /** Slugs of the authorities of an editor or viewer. */
  authorities: string[];
}

export interface PersonSummary {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  authorities: string[];
  createdAt: string;
}

export class PeopleError extends Error {}

const plainAuth = () => authFor(new Headers());

/** The ids of authority slugs, or an error naming the ones not found. */
async function authorityIds(db: Db, slugs: string[]): Promise<number[]> {
  const found = await db.authority.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((s) => !found.some((f) => f.slug === s));
  if (missing.length > 0) throw new PeopleError(`No authority with the slug ${missing.join(", ")}`);
  return found.map((f) => f.id);
}

function checkNewPerson(person: NewPerson): void {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(person.email))
    throw new PeopleError("Enter an email address in the right format, like name@example.org");
  if (!isRole(person.role)) throw new PeopleError("The role must be admin, editor or viewer");
  if (person.role !== "admin" && person.authorities.length === 0) throw new PeopleError("An editor or viewer needs at least one authority");
}

/**
 * Adds a person, with a password when one is given (else they set their own
 * through a link). The password is hashed by better-auth's configured hash
 * (argon2id); the account row is better-auth's "credential" kind.
 */
export async function addPerson(db: Db, person: NewPerson, password?: string): Promise<string> {
  checkNewPerson(person);
  const email = person.email.toLowerCase();
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH)
    throw new PeopleError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (await db.user.findUnique({ where: { email } })) throw new PeopleError(`${email} already has an account`);
  const ids = person.role === "admin" ? [] : await authorityIds(db, person.authorities);
  const context = await plainAuth().$context;
  const user = await context.internalAdapter.createUser(
    { email, name: person.name || email, emailVerified: true, role: person.role, disabled: false },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: password ? await context.password.hash(password) : undefined,
  });
  if (ids.length > 0) await db.userAuthority.createMany({ data: ids.map((authorityId) => ({ userId: user.id, authorityId })) });
  return user.id;
}

/**
 * A single-use link to set the password, valid for a day: better-auth's
 * password-reset token, handed over by its callback (lib/accounts/auth.ts).
 */
export async function setPasswordLink(email: string, appUrl: string): Promise<string> {
  let token: string | undefined;
  const stop = onSetPasswordToken(email, (t) => (token = t));
  try {
    await plainAuth().api.requestPasswordReset({ body: { email: email.toLowerCase(), redirectTo: "/set-password" } });
  } finally {
    stop();
  }
  if (!token) throw new PeopleError(`No account for ${email}`);
  return `${appUrl.replace(/\/$/, "")}/set-password?token=${encodeURIComponent(token)}`;
}

/** Disables an account and ends its sessions. Its history stays. */
export async function disablePerson(db: Db, email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) throw new PeopleError(`No account for ${email}`);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { disabled: true } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
}

export async function listPeople(db: Db): Promise<PersonSummary[]> {
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      createdAt: true,
      authorities: { select: { authorityId: true } },
    },
  });
  const names = new Map((await db.authority.findMany({ select: { id: true, slug: true } })).map((a) => [a.id, a.slug]));
  return users.map(({ authorities, createdAt, ...u }) => ({
    ...u,
    createdAt: createdAt.toISOString(),
    authorities: authorities.map((a) => names.get(a.authorityId) ?? String(a.authorityId)),
  }));
}

/** Removes the password (the old one stops working at once) and ends every session; a set-password link follows. */
export async function resetPassword(db: Db, email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) throw new PeopleError(`No account for ${email}`);
  await db.$transaction([
    db.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: null } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
}
