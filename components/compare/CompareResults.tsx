import Link from "next/link";
import { EvidenceDifferences } from "@/components/compare/EvidenceDifferences";
import { FigureComparisonTable } from "@/components/compare/FigureComparisonTable";
import { OutcomeComparisonList } from "@/components/compare/OutcomeComparisonList";
import { RatingComparisonTable } from "@/components/compare/RatingComparisonTable";
import { RecommendationComparison } from "@/components/compare/RecommendationComparison";
import type { CompareResult } from "@/lib/compare/load-compare-page";
import { formatDate } from "@/lib/formatting/format";
import { toQueryString } from "@/lib/requests/params";

const SECTIONS = [
  ["differences", "What the findings say differently"],
  ["ratings", "Ratings"],
  ["context", "Context figures"],
  ["findings", "Findings by outcome"],
  ["recommendations", "Recommendations"],
] as const;

/** Two authorities' reports side by side, section by section, with the comparison as data. */
export function CompareResults({ result }: { result: CompareResult }) {
  const { a, b, comparison, evidence, concernsOnly } = result;
  const query = (extra: Record<string, string> = {}) =>
    toQueryString({ a: a.slug, b: b.slug, concerns: concernsOnly ? "only" : undefined, ...extra });
  const sideA = { slug: a.slug, name: a.name };
  const sideB = { slug: b.slug, name: b.name };
  return (
    <>
      <p>
        Comparing the report on <Link href={`/authorities/${a.slug}`}>{a.name}</Link> of{" "}
        <time dateTime={a.current.report.reportDate}>{formatDate(a.current.report.reportDate)}</time> with the report on{" "}
        <Link href={`/authorities/${b.slug}`}>{b.name}</Link> of{" "}
        <time dateTime={b.current.report.reportDate}>{formatDate(b.current.report.reportDate)}</time>.
      </p>
      <nav aria-label="On this page" className="print:hidden">
        {/* Spaced so that each link is a touch target of its own (WCAG 2.5.8). */}
        <ul className="space-y-2">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <EvidenceDifferences evidence={evidence} a={sideA} b={sideB} />
      <RatingComparisonTable rows={comparison.ratings} aName={a.name} bName={b.name} />
      <FigureComparisonTable rows={comparison.figures} aName={a.name} bName={b.name} />
      <OutcomeComparisonList outcomes={comparison.outcomes} a={sideA} b={sideB} concernsOnly={concernsOnly} />
      <RecommendationComparison
        a={{ ...sideA, recommendations: a.current.report.recommendations }}
        b={{ ...sideB, recommendations: b.current.report.recommendations }}
      />
      <ul className="mb-8 flex list-none flex-wrap gap-x-8 gap-y-2 p-0 print:hidden">
        <li>
          <a href={`/api/compare${query()}`}>This comparison as JSON</a>
        </li>
        <li>
          <a href={`/api/compare${query({ format: "csv" })}`} download>
            Download the {concernsOnly ? "paragraphs raising a concern" : "findings"} as CSV
          </a>
        </li>
      </ul>
    </>
  );
}
