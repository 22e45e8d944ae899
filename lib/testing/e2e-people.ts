import type { Role } from "../accounts/roles";

/** The accounts every e2e database starts with (scripts/prepare-e2e-db.sh): one of each kind the access matrix needs. */
export const E2E_PASSWORD = "e2e-password-not-secret-0123";

export const E2E_PEOPLE = {
  admin: { email: "admin@e2e.test", name: "Ada Admin", role: "admin", authorities: [] },
  viewerOfBarnet: { email: "viewer.barnet@e2e.test", name: "Vic Viewer", role: "viewer", authorities: ["barnet"] },
  editorOfBarnet: { email: "editor.barnet@e2e.test", name: "Eddie Editor", role: "editor", authorities: ["barnet"] },
  editorOfDudley: { email: "editor.dudley@e2e.test", name: "Dee Dudley", role: "editor", authorities: ["dudley"] },
  /** Kept for the sign-in limit's test, which locks it. */
  lockable: { email: "lockable@e2e.test", name: "Lou Lockable", role: "viewer", authorities: ["barnet"] },
  /** Kept for the test that disables an account. */
  disposable: { email: "disposable@e2e.test", name: "Dot Disposable", role: "viewer", authorities: ["barnet"] },
} as const satisfies Record<string, { email: string; name: string; role: Role; authorities: string[] }>;
