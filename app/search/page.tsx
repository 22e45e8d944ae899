import type { Metadata } from "next";
import { cache } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { SearchCouncils } from "@/components/search/SearchCouncils";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { fromRequestKey, type RawParams, requestKey } from "@/lib/requests/params";
import { loadSearchPage, SEARCH_PAGE_KEYS } from "@/lib/search/search-page";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

/** The page's data, read once per request for both the title and the page. */
const load = cache((key: string) => loadSearchPage(fromRequestKey(key)));
const loadFor = async (props: Props) => load(requestKey(await props.searchParams, SEARCH_PAGE_KEYS));

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await loadFor(props)).title };
}

export default async function SearchPage(props: Props) {
  const { form, errors, result, filters, scope, councils, facets, applied, groups } = await loadFor(props);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <h1>Search findings and recommendations</h1>
      <SearchForm form={form} />
      <SearchCouncils found={councils} />
      {result && <SearchResults result={result} filters={filters} scope={scope} facets={facets} applied={applied} groups={groups} />}
    </>
  );
}
