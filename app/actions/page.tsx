import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountBar } from "@/components/accounts/AccountBar";
import { isAdmin } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { todayInEngland } from "@/lib/actions/form-state";
import { formatDate } from "@/lib/formatting/format";
import { planOverview } from "@/lib/queries/action-overview";
import { signOutAction } from "@/app/sign-in/actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Action plans", robots: { index: false } };

/** The plans a person keeps or reads; for an admin, every authority's, with overdue and due-soon counts. */
export default async function ActionPlansPage() {
  const person = await currentPerson();
  if (!person) redirect("/sign-in?next=/actions");
  const rows = await planOverview(person, todayInEngland());
  return (
    <>
      <AccountBar person={person} signOut={signOutAction} />
      <h1>Action plans</h1>
      {isAdmin(person) && (
        <p>
          <Link href="/admin/people">Manage people</Link> · <Link href="/import">Import a report</Link> ·{" "}
          <Link href="/admin/marks">Paragraph marks</Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p>No plans: your account has no authority yet. Ask your administrator.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Action plans">
          <table>
            <caption className="caption-m">Plans of each authority’s latest report ({rows.length})</caption>
            <thead>
              <tr>
                <th scope="col">Authority</th>
                <th scope="col">Report</th>
                <th scope="col" className="numeric">
                  Actions
                </th>
                <th scope="col" className="numeric">
                  Completed
                </th>
                <th scope="col" className="numeric">
                  Overdue
                </th>
                <th scope="col" className="numeric">
                  Due in the next 3 months
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.slug}>
                  <th scope="row">
                    <Link href={`/authorities/${row.slug}/actions`}>{row.name}</Link>
                  </th>
                  <td>{formatDate(row.reportDate)}</td>
                  <td className="numeric">{row.counts.total}</td>
                  <td className="numeric">{row.counts.byStatus.completed}</td>
                  <td className="numeric">{row.counts.overdue}</td>
                  <td className="numeric">{row.counts.dueSoon}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
