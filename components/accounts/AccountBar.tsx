import { ROLE_LABELS, type Person } from "@/lib/accounts/roles";

/** Who is signed in, and the sign-out button: on per-person pages only, never in the public layout. */
export function AccountBar({ person, signOut }: { person: Person; signOut: () => Promise<void> }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b border-border pb-3 text-body-s print:hidden">
      <p className="m-0">
        Signed in as <strong>{person.name}</strong> ({ROLE_LABELS[person.role]})
      </p>
      <form action={signOut} className="m-0">
        <button type="submit" className="button button--secondary m-0">
          Sign out
        </button>
      </form>
    </div>
  );
}
