import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { AuthorityContents } from "@/components/AuthorityContents";
import { AuthorityContext } from "@/components/AuthorityContext";
import { AuthorityDataNotes } from "@/components/AuthorityDataNotes";
import { AuthorityCouncil } from "@/components/councils/AuthorityCouncil";
import { AuthorityFindings } from "@/components/AuthorityFindings";
import { AuthorityLinks } from "@/components/AuthorityLinks";
import { AuthorityMeta } from "@/components/AuthorityMeta";
import { AuthorityOtherReports } from "@/components/AuthorityOtherReports";
import { AuthorityRatings } from "@/components/AuthorityRatings";
import { AuthorityRecommendations } from "@/components/AuthorityRecommendations";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { FindingsSummary } from "@/components/evidence/FindingsSummary";
import { OpenTargetFold } from "@/components/folds/OpenTargetFold";
import { PageCaption } from "@/components/PageCaption";
import { authorityCodeRedirect, loadAuthorityPage } from "@/lib/authorities/load-authority-page";
import { summarizeFindings } from "@/lib/evidence/display";
import { formatDate } from "@/lib/formatting/format";
import { firstParam, type RawParams } from "@/lib/requests/params";

// Reads the database on every request, like every page.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawParams>;
}

/** The page's data, read once per request for both the title and the page; codes lead to the slug's address (308). */
const load = cache(async (slug: string, report: string | undefined) => {
  const redirect = await authorityCodeRedirect(slug, report);
  if (redirect) permanentRedirect(redirect);
  return loadAuthorityPage(slug, report);
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const page = await load(slug, firstParam(raw.report));
  return page ? { title: page.title, description: page.description } : { title: "Page not found" };
}

export default async function AuthorityPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const page = await load(slug, firstParam(raw.report));
  if (!page) notFound();
  const { data, report, problems, isLatest, latestDate } = page;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Local authorities" }]} current={data.name} />

      {problems.length > 0 && (
        <ErrorSummary
          title="The report asked for could not be shown"
          errors={[...problems, `This is ${data.name}'s latest report, of ${formatDate(report.reportDate)}.`]}
        />
      )}

      <PageCaption>Inspection of children&rsquo;s health services</PageCaption>
      <h1>{data.name}</h1>

      {!isLatest && <EarlierReportNote slug={data.slug} shown={report.reportDate} latest={latestDate} />}

      <AuthorityMeta report={report} />

      <section aria-labelledby="council" className="mb-8">
        <h2 id="council">Council</h2>
        <AuthorityCouncil name={data.name} slug={data.slug} codes={data.codes} context={page.council} />
      </section>

      <AuthorityLinks slug={data.slug} name={data.name} earlierReport={isLatest ? undefined : report.reportDate} />

      <AuthorityOtherReports
        name={data.name}
        slug={data.slug}
        dates={data.reportDates}
        shown={report.reportDate}
        otherDates={page.otherDates}
      />

      <AuthorityContents hasNotes={report.warnings.length > 0} />

      <h2 id="ratings">Ratings</h2>
      <AuthorityRatings ratings={report.ratings} />

      <h2 id="context">Context</h2>
      <AuthorityContext context={report.context} />

      <h2 id="findings">Findings</h2>
      {report.sections.length === 0 ? (
        <p>No findings were read from this report.</p>
      ) : (
        <>
          <p className="hint">
            Grouped by CQC Essential Standards outcome. Each paragraph is counted once, under how it reads: a <strong>strength</strong>, a{" "}
            <strong>concern</strong>, <strong>mixed</strong> (both) or <strong>neutral</strong>; sentences raising a concern are marked. A
            reading of the wording, not a judgement the report makes: <Link href="/about#evidence">how findings are read</Link>. A
            paragraph&rsquo;s number is a link to it.
          </p>
          <FindingsSummary rows={summarizeFindings(report.sections)} name={data.name} />
          <AuthorityFindings sections={report.sections} footnotes={report.footnotes} slug={data.slug} />
        </>
      )}

      <h2 id="recommendations">Recommendations</h2>
      <AuthorityRecommendations recommendations={report.recommendations} />
      {/* Findings and recommendations fold: a link to a paragraph or a recommendation opens its fold. */}
      <OpenTargetFold />

      <h2 id="next-steps">Next steps</h2>
      {report.nextSteps ? <p>{report.nextSteps.text}</p> : <p>The report has no next steps section.</p>}

      <AuthorityDataNotes warnings={report.warnings} />
    </>
  );
}

function EarlierReportNote({ slug, shown, latest }: { slug: string; shown: string; latest: string }) {
  return (
    <div className="notification" role="note">
      <p>
        This is an earlier report, of {formatDate(shown)}.{" "}
        <Link href={`/authorities/${slug}`}>Read the latest report, of {formatDate(latest)}</Link>.
      </p>
    </div>
  );
}
