import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AuthorityContext } from "@/components/AuthorityContext";
import { AuthorityFindings } from "@/components/AuthorityFindings";
import { AuthorityMeta } from "@/components/AuthorityMeta";
import { AuthorityRatings } from "@/components/AuthorityRatings";
import { AuthorityRecommendations } from "@/components/AuthorityRecommendations";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { FindingsSummary } from "@/components/evidence/FindingsSummary";
import { OpenTargetFold } from "@/components/folds/OpenTargetFold";
import { PageCaption } from "@/components/PageCaption";
import { summarizeFindings } from "@/lib/evidence-view";
import { formatDate } from "@/lib/format";
import { firstParam, parseReportParams, type RawParams, SLUG } from "@/lib/params";
import { type AuthorityReports, getAuthorityReports } from "@/lib/queries/reports";

// Reads the database on every request, like every page.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawParams>;
}

interface Loaded {
  data: AuthorityReports;
  /** Why the report asked for is not the one shown (a bad or unknown ?report= date). */
  problems: string[];
}

/**
 * The report to show: the one of `?report=` when it exists, else the latest
 * with a message saying why. Null when the authority does not exist. Cached per
 * request so generateMetadata and the page share one query.
 */
const load = cache(async (slug: string, report: string | undefined): Promise<Loaded | null> => {
  if (!SLUG.safeParse(slug).success) return null;
  const parsed = parseReportParams({ report });
  const problems = parsed.ok ? [] : parsed.errors.map((e) => `${e.message}.`);
  const date = parsed.ok ? parsed.value.report : undefined;
  const asked = await getAuthorityReports(slug, date);
  if (asked) return { data: asked, problems };
  if (date === undefined) return null;
  const latest = await getAuthorityReports(slug);
  if (!latest) return null;
  return { data: latest, problems: [`${latest.name} has no report dated ${formatDate(date)}.`] };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const loaded = await load(slug, firstParam(raw.report));
  if (!loaded) return { title: "Page not found" };
  const { data } = loaded;
  const latest = data.current.report.reportDate === data.reportDates[0];
  return {
    title: latest ? data.name : `${data.name}, report of ${formatDate(data.current.report.reportDate)}`,
    description: `The Care Quality Commission's inspection of safeguarding and looked after children's health services in ${data.name}.`,
  };
}

export default async function AuthorityPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const loaded = await load(slug, firstParam(raw.report));
  if (!loaded) notFound();
  const { data, problems } = loaded;
  const { report } = data.current;
  const latestDate = data.reportDates[0];
  const isLatest = report.reportDate === latestDate;
  const base = `/authorities/${data.slug}`;
  const otherDates = data.reportDates.filter((d) => d !== report.reportDate);

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

      {!isLatest && (
        <div className="notification" role="note">
          <p>
            This is an earlier report, of {formatDate(report.reportDate)}.{" "}
            <Link href={base}>Read the latest report, of {formatDate(latestDate)}</Link>.
          </p>
        </div>
      )}

      <AuthorityMeta report={report} />

      <ul className="mb-8 flex list-none flex-wrap gap-x-8 gap-y-2 p-0 print:hidden">
        <li>
          <Link href={`/compare?a=${encodeURIComponent(data.slug)}`}>Compare {data.name} with another authority</Link>
        </li>
        <li>
          <a href={`/api/authorities/${encodeURIComponent(data.slug)}`}>
            {data.name}&rsquo;s latest report as JSON<span className="sr-only"> (data for developers)</span>
          </a>
        </li>
        <li>
          <a
            href={`/api/authorities/${encodeURIComponent(data.slug)}?${isLatest ? "" : `report=${report.reportDate}&`}format=csv`}
            download
          >
            Download the findings as CSV<span className="sr-only"> (a row per paragraph, for a spreadsheet)</span>
          </a>
        </li>
      </ul>

      {otherDates.length > 0 && (
        <section aria-labelledby="other-reports">
          <h2 id="other-reports">Other reports</h2>
          <p>
            {data.name} has {data.reportDates.length} reports. You are reading the report of {formatDate(report.reportDate)}
            {isLatest ? ", the latest." : "."}
          </p>
          <ul>
            {otherDates.map((d) => (
              <li key={d}>
                <Link href={d === latestDate ? base : `${base}?report=${d}`}>
                  Report of {formatDate(d)}
                  {d === latestDate && " (latest)"}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* GOV.UK contents list: links with a dash before each. */}
      <nav
        className="mt-8 mb-10 print:hidden sm:[&_ol]:flex sm:[&_ol]:flex-wrap sm:[&_ol]:gap-x-8 [&_li]:relative [&_li]:my-[0.3rem] [&_li]:pl-6 [&_li]:text-body-s [&_li]:before:absolute [&_li]:before:left-0 [&_li]:before:text-secondary-ink [&_li]:before:content-['—'] [&_ol]:m-0 [&_ol]:list-none [&_ol]:p-0 [&_ol_ol]:mt-[0.3rem]"
        aria-labelledby="contents-heading"
      >
        <h2 id="contents-heading" className="mb-2 text-body-m">
          Contents
        </h2>
        <ol>
          <li>
            <a href="#ratings">Ratings</a>
          </li>
          <li>
            <a href="#context">Context</a>
          </li>
          <li>
            {/* Each section is linked from the findings at a glance table. */}
            <a href="#findings">Findings</a>
          </li>
          <li>
            <a href="#recommendations">Recommendations</a>
          </li>
          <li>
            <a href="#next-steps">Next steps</a>
          </li>
          {report.warnings.length > 0 && (
            <li>
              <a href="#data-notes">Notes on this data</a>
            </li>
          )}
        </ol>
      </nav>

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
          <OpenTargetFold />
        </>
      )}

      <h2 id="recommendations">Recommendations</h2>
      <AuthorityRecommendations recommendations={report.recommendations} />

      <h2 id="next-steps">Next steps</h2>
      {report.nextSteps ? <p>{report.nextSteps.text}</p> : <p>The report has no next steps section.</p>}

      {report.warnings.length > 0 && (
        <div className="inset-text">
          <h2 id="data-notes">Notes on this data</h2>
          <p>When this report was read, some parts were missing or had to be worked out:</p>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
