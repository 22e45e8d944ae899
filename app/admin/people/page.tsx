import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AccountBar } from "@/components/accounts/AccountBar";
import { AddPersonForm, PersonButtons } from "@/components/accounts/PeopleForms";
import { listPeople } from "@/lib/accounts/people";
import { isAdmin, isRole, ROLE_LABELS } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { db } from "@/lib/db";
import { signOutAction } from "@/app/sign-in/actions";
import { peopleAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "People", robots: { index: false } };

/** Admins add people, reset their passwords and disable them (never delete: the history keeps their names). */
export default async function PeoplePage() {
  const person = await currentPerson();
  if (!person) redirect("/sign-in?next=/admin/people");
  if (!isAdmin(person)) notFound();
  const people = await listPeople(db);
  return (
    <>
      <AccountBar person={person} signOut={signOutAction} />
      <h1>People</h1>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="People">
        <table>
          <caption className="caption-m">Accounts ({people.length})</caption>
          <thead>
            <tr>
              <th scope="col">Email address</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Authorities</th>
              <th scope="col">Account</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td className="break-all">{p.email}</td>
                <td>{p.name}</td>
                <td>{isRole(p.role) ? ROLE_LABELS[p.role] : p.role}</td>
                <td>{p.authorities.join(", ") || "All (admin)"}</td>
                <td>
                  {p.disabled ? (
                    "Disabled"
                  ) : p.id === person.id ? (
                    "Active (you)"
                  ) : (
                    <PersonButtons peopleAction={peopleAction} email={p.email} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Add a person</h2>
      <AddPersonForm peopleAction={peopleAction} />
    </>
  );
}
