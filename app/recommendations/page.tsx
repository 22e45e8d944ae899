import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { type FilterFormValues, RecommendationFilters } from "@/components/RecommendationFilters";
import { AppliedFilters } from "@/components/lists/AppliedFilters";
import { RecommendationResults } from "@/components/RecommendationResults";
import { loadRegisterPage, REGISTER_PAGE_KEYS } from "@/lib/recommendations/load-register-page";
import { REGISTER_PATH, withoutEmptyParams } from "@/lib/recommendations/register";
import { fromRequestKey, type RawParams, requestKey } from "@/lib/requests/params";

// Reads the database on every request, never at build time.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

/** The page's data, read once per request for both the title and the page. */
const load = cache((key: string) => loadRegisterPage(fromRequestKey(key)));
const loadFor = (raw: RawParams) => load(requestKey(raw, REGISTER_PAGE_KEYS));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // GOV.UK: a page showing errors says so first in its title.
  return { title: (await loadFor(await searchParams)).ok ? "Recommendations" : "Error: Recommendations" };
}

export default async function RecommendationsPage({ searchParams }: Props) {
  const raw = await searchParams;
  // The GET form sends empty fields too: go to the URL of only what was chosen.
  const short = withoutEmptyParams(raw);
  if (short !== null) redirect(`${REGISTER_PATH}${short}`);

  const page = await loadFor(raw);
  if (!page.ok) {
    return (
      <>
        <h1>Recommendations</h1>
        <ErrorSummary errors={page.errors} />
        <RecommendationFilters {...page.form} values={page.values as FilterFormValues} errors={page.errors} showClear />
      </>
    );
  }
  return (
    <>
      <h1>Recommendations</h1>
      <p className="lead">
        Every recommendation in the inspection reports: who must act, on what, and by when. Each is due a set time after its report was
        published.
      </p>
      <RecommendationFilters {...page.form} values={page.values} errors={[]} showClear={false} />
      <AppliedFilters filters={page.applied} clearHref={REGISTER_PATH} />
      <RecommendationResults page={page} />
    </>
  );
}
