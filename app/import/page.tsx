import type { Metadata } from "next";
import Link from "next/link";
import { AccountBar } from "@/components/accounts/AccountBar";
import { ImportForm } from "@/components/import/ImportForm";
import { isAdmin } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { signOutAction } from "@/app/sign-in/actions";
import { importAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Import a report" };

export default async function ImportPage() {
  // Per person (an admin saves), so never kept: the document layer passes Next's private, no-store on.
  const person = await currentPerson();
  const importingEnabled = isAdmin(person);
  return (
    <>
      {person && <AccountBar person={person} signOut={signOutAction} />}
      <h1>Import a report</h1>
      <p className="text-body-l sm:text-2xl/tight">Add an inspection report of the series: preview what is read from it, then save it.</p>
      {!importingEnabled && (
        <div className="inset-text" id="import-disabled">
          <p>
            <strong>Only an admin can save reports.</strong> You can still preview how a report is read.{" "}
            <Link href="/sign-in?next=/import">Sign in</Link> as an admin to save one.
          </p>
        </div>
      )}
      <ImportForm importAction={importAction} importingEnabled={importingEnabled} />
    </>
  );
}
