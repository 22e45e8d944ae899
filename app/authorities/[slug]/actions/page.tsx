import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AccountBar } from "@/components/accounts/AccountBar";
import { ActionItem } from "@/components/actions/ActionItem";
import { PlanCounts, PlanFilters } from "@/components/actions/PlanSummary";
import { UnmatchedActions } from "@/components/actions/UnmatchedActions";
import { currentPerson } from "@/lib/accounts/session";
import { parsePlanQuery } from "@/lib/actions/filters";
import { todayInEngland } from "@/lib/actions/form-state";
import { filterRows, planCounts } from "@/lib/actions/plan";
import { formatDate } from "@/lib/formatting/format";
import type { RawParams } from "@/lib/requests/params";
import { findActionPlan } from "@/lib/queries/actions";
import { signOutAction } from "@/app/sign-in/actions";
import { saveActionForm } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Action plan", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawParams> };

/** An authority's action plan: for its editors and viewers and for admins; anyone else is told it is not found. */
export default async function ActionPlanPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const path = `/authorities/${encodeURIComponent(slug)}/actions`;
  const person = await currentPerson();
  if (!person) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  const query = parsePlanQuery(raw);
  const today = todayInEngland();
  const found = await findActionPlan(slug, query.report, person, today);
  if (found.kind !== "plan") notFound();
  const { plan } = found;
  const rows = filterRows(plan.actions, query.filters);
  const reportQuery = query.report ? `&report=${query.report}` : "";
  return (
    <>
      <AccountBar person={person} signOut={signOutAction} />
      <span className="caption-m">Report of {formatDate(plan.reportDate)}</span>
      <h1>{plan.authority}: action plan</h1>
      {/* On paper (a board paper): when it was printed, and what overdue means, since colour may not print. */}
      <p className="hidden print:block">
        As at {formatDate(today)}. An action is overdue when its target date has passed and its status is neither Completed nor Not
        accepted.
      </p>
      <PlanCounts counts={planCounts(plan.actions)} />
      <p className="print:hidden">
        Download: <a href={`${path}/download?format=csv${reportQuery}`}>plan (CSV)</a>,{" "}
        <a href={`${path}/download?format=json${reportQuery}`}>plan (JSON)</a>,{" "}
        <a href={`${path}/download?what=history${reportQuery}`}>history (CSV)</a>.{" "}
        <Link href={`/authorities/${plan.slug}`}>Read the report</Link>.
      </p>
      {plan.reportDates.length > 1 && (
        <p className="print:hidden">
          Plans of other reports:{" "}
          {plan.reportDates
            .filter((d) => d !== plan.reportDate)
            .map((d) => (
              <Link key={d} href={`${path}?report=${d}`} className="mr-3">
                {formatDate(d)}
              </Link>
            ))}
        </p>
      )}
      <PlanFilters query={query} path={path} />
      <p role="status" className="font-bold">
        {rows.length === plan.actions.length
          ? `All ${rows.length} actions, by target date`
          : `${rows.length} of ${plan.actions.length} actions match the filters`}
      </p>
      {rows.map((item) => (
        <ActionItem
          key={item.recommendation.id}
          item={item}
          canEdit={plan.canEdit}
          saveAction={saveActionForm}
          permalink={`${path}#action-${item.recommendation.number}`}
        />
      ))}
      <UnmatchedActions actions={plan.unmatched} />
    </>
  );
}
