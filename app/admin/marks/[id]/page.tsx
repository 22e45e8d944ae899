import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AccountBar } from "@/components/accounts/AccountBar";
import { MarkForm } from "@/components/corrections/MarkForm";
import { MarkHistoryTable } from "@/components/corrections/MarkHistoryTable";
import { RulesReading } from "@/components/corrections/RulesReading";
import { WithdrawMarkForm } from "@/components/corrections/WithdrawMarkForm";
import { SummaryList } from "@/components/SummaryList";
import { isAdmin } from "@/lib/accounts/roles";
import { ASSESSMENTS } from "@/lib/assessment";
import { currentPerson } from "@/lib/accounts/session";
import { paragraphId } from "@/lib/authorities/authority-page";
import { loadMarkPage } from "@/lib/corrections/load-marks-page";
import { isAssessment, reviewedLabel } from "@/lib/corrections/marks";
import { ASSESSMENT_LABEL } from "@/lib/evidence/display";
import { formatDate } from "@/lib/formatting/format";
import { signOutAction } from "@/app/sign-in/actions";
import { saveMarkForm, withdrawMarkForm } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Paragraph mark", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** One finding paragraph's mark: what the rules make of it, the reviewer's mark and reason (the form, and the one withdrawing it), and its history. */
export default async function MarkPage({ params }: Props) {
  const { id } = await params;
  const path = `/admin/marks/${encodeURIComponent(id)}`;
  const person = await currentPerson();
  if (!person) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!isAdmin(person)) notFound();
  const page = await loadMarkPage(id);
  if (!page) notFound();
  const rules = isAssessment(page.rulesMark) ? ASSESSMENT_LABEL[page.rulesMark] : page.rulesMark;
  const publicPage = `/authorities/${page.slug}?report=${page.reportDate}#${paragraphId(page.ref)}`;
  return (
    <>
      <AccountBar person={person} signOut={signOutAction} />
      <p className="mb-2">
        <Link href={`/admin/marks?authority=${page.slug}&report=${page.reportDate}`}>All paragraphs of this report</Link>
      </p>
      <span className="caption-m">
        {page.authority}, report of {formatDate(page.reportDate)}
      </span>
      <h1>Paragraph {page.ref}: its mark</h1>
      <p className="max-w-[40em] border-l-5 border-border pl-4 whitespace-pre-wrap">{page.text}</p>
      <p>
        <a href={publicPage}>The paragraph on the authority’s page</a>
      </p>
      <SummaryList
        rows={[
          { key: "The rules’ mark", value: rules },
          {
            key: "Shown as",
            value: page.correction ? reviewedLabel(page.correction.mark, page.correction.assessorMark) : `${rules} (the rules’ mark)`,
          },
        ]}
      />
      <RulesReading sentences={page.sentences} />
      <h2>{page.correction ? "Change the reviewer’s mark" : "Set a reviewer’s mark"}</h2>
      <MarkForm
        saveMark={saveMarkForm}
        paragraphId={page.id}
        version={page.version}
        mark={page.correction?.mark ?? (isAssessment(page.rulesMark) ? page.rulesMark : "neutral")}
        reason={page.correction?.reason ?? ""}
        options={ASSESSMENTS.map((a) => ({ value: a, label: ASSESSMENT_LABEL[a] }))}
        permalink={path}
      />
      <WithdrawMarkForm
        withdrawMark={withdrawMarkForm}
        paragraphId={page.id}
        version={page.version}
        rulesMark={page.correction ? rules : null}
        permalink={path}
      />
      <h2 className="mt-10">History</h2>
      <MarkHistoryTable caption={`History of paragraph ${page.ref}’s mark`} changes={page.history} />
    </>
  );
}
