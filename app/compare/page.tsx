import type { Metadata } from "next";
import { cache } from "react";
import { CompareForm } from "@/components/compare/CompareForm";
import { CompareLead, CompareResults } from "@/components/compare/CompareResults";
import { CompareWithNeighbour } from "@/components/councils/CompareWithNeighbour";
import { ErrorSummary } from "@/components/ErrorSummary";
import { COMPARE_PAGE_KEYS } from "@/lib/compare/compare-request";
import { loadComparePage } from "@/lib/compare/load-compare-page";
import { fromRequestKey, type RawParams, requestKey, toQueryString } from "@/lib/requests/params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

/** The page's data, read once per request for both the title and the page. */
const load = cache((key: string) => loadComparePage(fromRequestKey(key)));
const loadFor = async (props: Props) => load(requestKey(await props.searchParams, COMPARE_PAGE_KEYS));

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await loadFor(props)).title };
}

export default async function ComparePage(props: Props) {
  const { problems, form, comparison } = await loadFor(props);
  const swap =
    comparison && toQueryString({ a: comparison.b.slug, b: comparison.a.slug, concerns: form.concernsOnly ? "only" : undefined });
  return (
    <>
      {problems.length > 0 && <ErrorSummary errors={problems} />}
      <h1>{comparison ? `${comparison.a.name} and ${comparison.b.name} compared` : "Compare two authorities"}</h1>
      {!comparison && (
        <p className="text-body-l sm:text-2xl/tight">
          See two councils&rsquo; ratings, context figures, findings by CQC outcome and recommendations side by side.
        </p>
      )}
      {comparison && <CompareLead result={comparison} />}
      <CompareForm
        picker={form.picker}
        a={form.a}
        b={form.b}
        errors={form.errors}
        choices={form.choices}
        swapHref={swap ? `/compare${swap}` : null}
        concernsOnly={form.concernsOnly}
      />
      {form.neighbours && (
        <CompareWithNeighbour name={form.neighbours.name} neighbours={form.neighbours.list} exclude={comparison?.b.slug} />
      )}
      {comparison && <CompareResults result={comparison} />}
    </>
  );
}
