import Link from "next/link";
import { CompareSummary } from "@/components/compare/CompareSummary";
import { FigureComparisonTable } from "@/components/compare/FigureComparisonTable";
import { OutcomeComparisonList } from "@/components/compare/OutcomeComparisonList";
import { RatingComparisonTable } from "@/components/compare/RatingComparisonTable";
import { RecommendationComparison } from "@/components/compare/RecommendationComparison";
import { OpenTargetFold } from "@/components/folds/OpenTargetFold";
import type { CompareResult } from "@/lib/compare/load-compare-page";
import { formatDate } from "@/lib/formatting/format";
import { toQueryString } from "@/lib/requests/params";

const sides = ({ a, b }: CompareResult) => [
  { slug: a.slug, name: a.name },
  { slug: b.slug, name: b.name },
];

/** The comparison's answer, above the form: the two reports compared and "At a glance" (ratings are never filtered). */
export function CompareLead({ result }: { result: CompareResult }) {
  const { a, b, comparison, evidence } = result;
  const [sideA, sideB] = sides(result);
  return (
    <>
      <p className="text-body-s">
        The report on <Link href={`/authorities/${a.slug}`}>{a.name}</Link> of{" "}
        <time dateTime={a.current.report.reportDate}>{formatDate(a.current.report.reportDate)}</time> and the report on{" "}
        <Link href={`/authorities/${b.slug}`}>{b.name}</Link> of{" "}
        <time dateTime={b.current.report.reportDate}>{formatDate(b.current.report.reportDate)}</time>.
      </p>
      <CompareSummary ratings={comparison.ratings} evidence={evidence} a={sideA} b={sideB} />
    </>
  );
}

function CompareDownloads({ base, concernsOnly }: { base: string; concernsOnly: boolean }) {
  return (
    <ul className="mb-8 flex list-none flex-wrap gap-x-8 gap-y-2 p-0 print:hidden">
      <li>
        <a href={base}>This comparison as JSON</a>
      </li>
      <li>
        <a href={`${base}&format=csv`} download>
          Download the {concernsOnly ? "paragraphs raising a concern" : "findings"} as CSV
        </a>
      </li>
    </ul>
  );
}

/** Two authorities' reports side by side, section by section (the findings folded), with the comparison as data. */
export function CompareResults({ result }: { result: CompareResult }) {
  const { a, b, comparison, concernsOnly } = result;
  const [sideA, sideB] = sides(result);
  const query = toQueryString({ a: a.slug, b: b.slug, concerns: concernsOnly ? "only" : undefined });
  return (
    <>
      <RatingComparisonTable rows={comparison.ratings} aName={a.name} bName={b.name} />
      <FigureComparisonTable rows={comparison.figures} aName={a.name} bName={b.name} />
      <OutcomeComparisonList outcomes={comparison.outcomes} a={sideA} b={sideB} concernsOnly={concernsOnly} />
      <RecommendationComparison
        a={{ ...sideA, recommendations: a.current.report.recommendations }}
        b={{ ...sideB, recommendations: b.current.report.recommendations }}
      />
      <CompareDownloads base={`/api/compare${query}`} concernsOnly={concernsOnly} />
      <OpenTargetFold />
    </>
  );
}
