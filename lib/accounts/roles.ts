/**
 * Who may do what. Pure: the signed-in person (lib/accounts/session.ts) is
 * passed in, so every route asks the same questions and the unit tests cover
 * the whole matrix.
 */
export const ROLES = ["admin", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", editor: "Editor", viewer: "Viewer" };

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Ids of the authorities an editor changes or a viewer reads (an admin's are all). */
  authorityIds: number[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAdmin(person: Person | null): boolean {
  return person?.role === "admin";
}

/** Reads an authority's plans: an admin, or an editor or viewer of that authority. */
export function canReadPlan(person: Person | null, authorityId: number): boolean {
  return !!person && (person.role === "admin" || person.authorityIds.includes(authorityId));
}

/** Changes an authority's plans: an admin, or an editor of that authority. */
export function canEditPlan(person: Person | null, authorityId: number): boolean {
  return !!person && (person.role === "admin" || (person.role === "editor" && person.authorityIds.includes(authorityId)));
}
