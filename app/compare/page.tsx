import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { CompareForm } from "@/components/compare/CompareForm";
import { CompareWithNeighbour } from "@/components/councils/CompareWithNeighbour";
import { FigureComparisonTable } from "@/components/compare/FigureComparisonTable";
import { OutcomeComparisonList } from "@/components/compare/OutcomeComparisonList";
import { RatingComparisonTable } from "@/components/compare/RatingComparisonTable";
import { CompareSummary } from "@/components/compare/CompareSummary";
import { OpenTargetFold } from "@/components/folds/OpenTargetFold";
import { RecommendationComparison } from "@/components/compare/RecommendationComparison";
import { ErrorSummary } from "@/components/ErrorSummary";
import { typedAuthorityNotFound } from "@/lib/authorities/authority-picker";
import { compareEvidence, compareReports, onlyConcerns } from "@/lib/compare/compare-reports";
import { formatDate } from "@/lib/formatting/format";
import { firstParam, type ParamError, parseCompareOptions, parseCompareParams, type RawParams, toQueryString } from "@/lib/requests/params";
import { authorityPickerFor, readAuthorityField } from "@/lib/queries/authorities";
import { comparableNeighbours } from "@/lib/queries/councils";
import { getAuthorityReports } from "@/lib/queries/reports";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

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

/**
 * The two authorities asked for and what is wrong with the request, read once
 * per request for both the title and the page. From a list (at most
 * AUTHORITY_SELECT_LIMIT authorities) the values are slugs; otherwise they are
 * names or slugs as typed, resolved here. `submitted`: the form was sent, even empty.
 */
const loadComparison = cache(async (givenA: string | undefined, givenB: string | undefined, submitted: boolean) => {
  const picker = await authorityPickerFor();
  const typed = picker.kind === "text";
  const problems: ParamError[] = [];
  const fieldErrors: { a?: string; b?: string } = {};
  let chosen: { a?: string; b?: string } = {};
  let valid = true;
  if (!typed) {
    const params = parseCompareParams({ a: givenA, b: givenB });
    if (params.ok) chosen = params.value;
    else {
      problems.push(...params.errors);
      valid = false;
    }
  } else {
    const [fieldA, fieldB] = await Promise.all([readAuthorityField(picker, givenA), readAuthorityField(picker, givenB)]);
    chosen = { a: fieldA.slug, b: fieldB.slug };
  }
  const [a, b] = await Promise.all([chosen.a ? getAuthorityReports(chosen.a) : null, chosen.b ? getAuthorityReports(chosen.b) : null]);

  if (valid) {
    for (const [side, given, found] of [
      ["a", givenA, a],
      ["b", givenB, b],
    ] as const) {
      if (!given || found) continue;
      const message = typed ? typedAuthorityNotFound(given) : `There is no authority called '${given}'. Choose one from the list.`;
      problems.push({ param: side, message });
      if (typed) fieldErrors[side] = message;
    }
    if (a && b && a.slug === b.slug) {
      const message = `You chose ${a.name} twice. Choose two different authorities.`;
      problems.push({ param: "b", message });
      if (typed) fieldErrors.b = message;
    }
    if ((givenA && !givenB) || (!givenA && givenB)) {
      const named = a ?? b;
      const side = givenA ? "b" : "a";
      if (!typed)
        problems.push({
          param: side,
          message: named ? `Choose a second authority to compare with ${named.name}.` : "Choose two authorities.",
        });
      else {
        const message = named
          ? `Enter a second authority to compare with ${named.name}.`
          : `Enter the ${side === "a" ? "first" : "second"} authority`;
        problems.push({ param: side, message });
        fieldErrors[side] = message;
      }
    } else if (typed && submitted && !givenA && !givenB) {
      problems.push({ param: "a", message: "Enter the first authority" }, { param: "b", message: "Enter the second authority" });
      fieldErrors.a = "Enter the first authority";
      fieldErrors.b = "Enter the second authority";
    }
  }
  return { picker, chosen, a, b, problems, fieldErrors };
});

function load(raw: RawParams) {
  return loadComparison(firstParam(raw.a), firstParam(raw.b), raw.a !== undefined || raw.b !== undefined);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { a, b, problems } = await load(await searchParams);
  if (problems.length === 0 && a && b) return { title: `Compare ${a.name} and ${b.name}` };
  return { title: "Compare two authorities" };
}

export default async function ComparePage({ searchParams }: Props) {
  const raw = await searchParams;
  const { picker, chosen, a, b, problems: found, fieldErrors } = await load(raw);
  const neighbours = a ? await comparableNeighbours(a.slug, a.codes) : null;
  const options = parseCompareOptions(raw);
  const problems = options.ok ? found : [...found, ...options.errors];
  const concernsOnly = options.ok && options.value.concerns === "only";
  const ready = problems.length === 0 && a && b && a.slug !== b.slug;
  const full = ready ? compareReports(a.current.report, b.current.report) : null;
  const evidence = ready && full ? compareEvidence(full, a.current.report, b.current.report) : null;
  const comparison = full && concernsOnly ? onlyConcerns(full) : full;
  const query = (x: string, y: string, extra: Record<string, string> = {}) =>
    toQueryString({ a: x, b: y, concerns: concernsOnly ? "only" : undefined, ...extra });
  // From a list: the slugs, else the first two authorities. Typed: the names found, else what was typed.
  const listed = picker.kind === "select" ? picker.authorities : [];
  const firstValue = picker.kind === "select" ? (a?.slug ?? chosen.a ?? listed[0]?.slug) : (a?.name ?? firstParam(raw.a));
  const secondValue =
    picker.kind === "select" ? (b?.slug ?? chosen.b ?? listed.find((x) => x.slug !== firstValue)?.slug) : (b?.name ?? firstParam(raw.b));

  return (
    <>
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      <h1>{ready ? `${a.name} and ${b.name} compared` : "Compare two authorities"}</h1>
      {!ready && (
        <p className="text-body-l sm:text-2xl/tight">
          See two councils&rsquo; ratings, context figures, findings by CQC outcome and recommendations side by side.
        </p>
      )}
      {ready && full && evidence && (
        <>
          <p className="text-body-s">
            The report on <Link href={`/authorities/${a.slug}`}>{a.name}</Link> of{" "}
            <time dateTime={a.current.report.reportDate}>{formatDate(a.current.report.reportDate)}</time> and the report on{" "}
            <Link href={`/authorities/${b.slug}`}>{b.name}</Link> of{" "}
            <time dateTime={b.current.report.reportDate}>{formatDate(b.current.report.reportDate)}</time>.
          </p>
          <CompareSummary
            ratings={full.ratings}
            evidence={evidence}
            a={{ slug: a.slug, name: a.name }}
            b={{ slug: b.slug, name: b.name }}
          />
        </>
      )}
      <CompareForm
        picker={picker}
        a={firstValue}
        b={secondValue}
        errors={fieldErrors}
        swapHref={ready ? `/compare${query(b.slug, a.slug)}` : null}
        concernsOnly={concernsOnly}
      />
      {a && neighbours && <CompareWithNeighbour name={a.name} neighbours={neighbours} exclude={b?.slug} />}
      {ready && comparison && (
        <>
          <RatingComparisonTable rows={comparison.ratings} aName={a.name} bName={b.name} />
          <FigureComparisonTable rows={comparison.figures} aName={a.name} bName={b.name} />
          <OutcomeComparisonList
            outcomes={comparison.outcomes}
            a={{ slug: a.slug, name: a.name }}
            b={{ slug: b.slug, name: b.name }}
            concernsOnly={concernsOnly}
          />
          <RecommendationComparison
            a={{ slug: a.slug, name: a.name, recommendations: a.current.report.recommendations }}
            b={{ slug: b.slug, name: b.name, recommendations: b.current.report.recommendations }}
          />
          <CompareDownloads base={`/api/compare${query(a.slug, b.slug)}`} concernsOnly={concernsOnly} />
          <OpenTargetFold />
        </>
      )}
    </>
  );
}
