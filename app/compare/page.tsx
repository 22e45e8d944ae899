import type { Metadata } from "next";
import Link from "next/link";
import { CompareForm } from "@/components/compare/CompareForm";
import { FigureComparisonTable } from "@/components/compare/FigureComparisonTable";
import { OutcomeComparisonList } from "@/components/compare/OutcomeComparisonList";
import { RatingComparisonTable } from "@/components/compare/RatingComparisonTable";
import { RecommendationComparison } from "@/components/compare/RecommendationComparison";
import { ErrorSummary } from "@/components/ErrorSummary";
import { compareReports } from "@/lib/compare";
import { formatDate } from "@/lib/format";
import { parseCompareParams, type RawParams } from "@/lib/params";
import { listAuthorities } from "@/lib/queries/authorities";
import { getAuthorityReports } from "@/lib/queries/reports";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = parseCompareParams(await searchParams);
  if (params.ok && params.value.a && params.value.b && params.value.a !== params.value.b) {
    const [a, b] = await Promise.all([getAuthorityReports(params.value.a), getAuthorityReports(params.value.b)]);
    if (a && b) return { title: `Compare ${a.name} and ${b.name}` };
  }
  return { title: "Compare two authorities" };
}

export default async function ComparePage({ searchParams }: Props) {
  const params = parseCompareParams(await searchParams);
  const authorities = await listAuthorities();
  const chosen = params.ok ? params.value : {};
  const [a, b] = await Promise.all([
    chosen.a ? getAuthorityReports(chosen.a) : null,
    chosen.b ? getAuthorityReports(chosen.b) : null,
  ]);

  const problems: { param: string; message: string }[] = params.ok ? [] : params.errors;
  if (params.ok) {
    if (chosen.a && !a) problems.push({ param: "a", message: `There is no authority called '${chosen.a}'. Choose one from the list.` });
    if (chosen.b && !b) problems.push({ param: "b", message: `There is no authority called '${chosen.b}'. Choose one from the list.` });
    if (a && b && a.slug === b.slug) problems.push({ param: "b", message: `You chose ${a.name} twice. Choose two different authorities.` });
    if ((chosen.a && !chosen.b) || (!chosen.a && chosen.b)) {
      const named = a ?? b;
      problems.push({ param: chosen.a ? "b" : "a", message: named ? `Choose a second authority to compare with ${named.name}.` : "Choose two authorities." });
    }
  }
  const ready = problems.length === 0 && a && b && a.slug !== b.slug;
  const comparison = ready ? compareReports(a.current.report, b.current.report) : null;

  return (
    <>
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      <h1>{ready ? `${a.name} and ${b.name} compared` : "Compare two authorities"}</h1>
      {!ready && (
        <p className="lead">
          See two councils&rsquo; ratings, context figures, findings by CQC outcome and recommendations side by side.
        </p>
      )}
      <CompareForm
        authorities={authorities}
        a={a?.slug ?? chosen.a ?? authorities[0]?.slug}
        b={b?.slug ?? chosen.b ?? authorities.find((x) => x.slug !== (a?.slug ?? chosen.a ?? authorities[0]?.slug))?.slug}
        swapHref={ready ? `/compare?a=${encodeURIComponent(b.slug)}&b=${encodeURIComponent(a.slug)}` : null}
      />
      {ready && comparison && (
        <>
          <p>
            Comparing the report on <Link href={`/authorities/${a.slug}`}>{a.name}</Link> of{" "}
            <time dateTime={a.current.report.reportDate}>{formatDate(a.current.report.reportDate)}</time> with the report on{" "}
            <Link href={`/authorities/${b.slug}`}>{b.name}</Link> of{" "}
            <time dateTime={b.current.report.reportDate}>{formatDate(b.current.report.reportDate)}</time>.
          </p>
          <nav aria-label="On this page" className="no-print">
            <ul>
              <li><a href="#ratings">Ratings</a></li>
              <li><a href="#context">Context figures</a></li>
              <li><a href="#findings">Findings by outcome</a></li>
              <li><a href="#recommendations">Recommendations</a></li>
            </ul>
          </nav>
          <RatingComparisonTable rows={comparison.ratings} aName={a.name} bName={b.name} />
          <FigureComparisonTable rows={comparison.figures} aName={a.name} bName={b.name} />
          <OutcomeComparisonList outcomes={comparison.outcomes} a={{ slug: a.slug, name: a.name }} b={{ slug: b.slug, name: b.name }} />
          <RecommendationComparison
            a={{ slug: a.slug, name: a.name, recommendations: a.current.report.recommendations }}
            b={{ slug: b.slug, name: b.name, recommendations: b.current.report.recommendations }}
          />
          <p className="no-print">
            <Link href={`/api/compare?a=${encodeURIComponent(a.slug)}&b=${encodeURIComponent(b.slug)}`}>This comparison as JSON</Link>
          </p>
        </>
      )}
    </>
  );
}
