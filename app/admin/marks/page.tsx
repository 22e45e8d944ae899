import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AccountBar } from "@/components/accounts/AccountBar";
import { MarkHistoryTable } from "@/components/corrections/MarkHistoryTable";
import { ParagraphsToReview, ReviewedMarksTable, UnmatchedMarks } from "@/components/corrections/MarksOverview";
import { ErrorSummary } from "@/components/ErrorSummary";
import { SelectField } from "@/components/form/FormField";
import { isAdmin } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { loadMarksPage } from "@/lib/corrections/load-marks-page";
import { formatDate } from "@/lib/formatting/format";
import type { RawParams } from "@/lib/requests/params";
import { signOutAction } from "@/app/sign-in/actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Paragraph marks", robots: { index: false } };

/** Admins set finding paragraphs' marks with a reason (issue 21): every mark, the unmatched ones, the history, and where to start. */
export default async function MarksPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const person = await currentPerson();
  if (!person) redirect("/sign-in?next=/admin/marks");
  if (!isAdmin(person)) notFound();
  const page = await loadMarksPage(await searchParams);
  return (
    <>
      <AccountBar person={person} signOut={signOutAction} />
      <h1>Paragraph marks</h1>
      {page.errors.length > 0 && <ErrorSummary errors={page.errors} />}
      <p className="max-w-[40em]">
        A reviewer’s mark replaces the rules’ mark of a finding paragraph wherever the site shows or counts it, said to be a reviewer’s,
        with the reason. It outlives re-assessment and re-imports of the same report; every change is kept in the history.
      </p>
      <p>
        Download:{" "}
        <Link href="/admin/marks/download" prefetch={false}>
          reviewers’ marks as labelled cases (JSON)
        </Link>
        ,{" "}
        <Link href="/admin/marks/download?what=history" prefetch={false}>
          history (CSV)
        </Link>
        .
      </p>
      <h2>Mark a paragraph</h2>
      <form method="get" action="/admin/marks" className="flex flex-wrap items-end gap-x-4">
        <SelectField
          id="authority"
          label="Authority"
          defaultValue={page.authority}
          error={page.errors.find((e) => e.param === "authority")?.message}
          options={page.authorities.map((a) => ({ value: a.slug, label: a.name }))}
        />
        <button type="submit" className="button">
          Show paragraphs
        </button>
      </form>
      {page.review && (
        <>
          {page.review.reportDates.length > 1 && (
            <p>
              Other reports:{" "}
              {page.review.reportDates
                .filter((d) => d !== page.review?.reportDate)
                .map((d) => (
                  <a key={d} href={`/admin/marks?authority=${page.review?.slug}&report=${d}`} className="mr-3">
                    {formatDate(d)}
                  </a>
                ))}
            </p>
          )}
          <ParagraphsToReview review={page.review} />
        </>
      )}
      <h2>Reviewers’ marks</h2>
      <ReviewedMarksTable marks={page.applied} />
      <UnmatchedMarks marks={page.unmatched} />
      <h2 className="mt-10">History</h2>
      {page.historyCount > page.history.length && (
        <p>
          The latest {page.history.length} of {page.historyCount} changes; the download has them all.
        </p>
      )}
      <MarkHistoryTable
        caption="Changes of reviewers’ marks, latest first"
        changes={page.history.map((h) => ({
          ...h,
          paragraph: h.mark ? `${h.mark.authority} ${formatDate(h.mark.reportDate)}, ${h.mark.ref}` : "",
        }))}
      />
    </>
  );
}
