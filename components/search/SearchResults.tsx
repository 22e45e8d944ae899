import Link from "next/link";
import { PaginationLinks } from "@/components/PaginationLinks";
import { SearchCouncilGroups } from "@/components/search/SearchCouncilGroups";
import { AppliedFilters } from "@/components/lists/AppliedFilters";
import { SearchFacets } from "@/components/search/SearchFacets";
import { toQueryString } from "@/lib/requests/params";
import { SEARCH_RESULTS_ID, searchHref } from "@/lib/search/facets";
import type { SearchPageData } from "@/lib/search/search-page";

type Result = NonNullable<SearchPageData["result"]>;
type Lists = Pick<SearchPageData, "filters" | "scope" | "facets" | "applied" | "groups">;

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The results of a search: how many and where, downloads, the hits grouped by
 * council, page numbers, and the facets to narrow them by. Page and facet
 * links lead back to the heading that says how many, past the form.
 */
export function SearchResults({ result, filters, scope, facets, applied, groups }: { result: Result } & Lists) {
  return (
    <section aria-labelledby={SEARCH_RESULTS_ID}>
      <h2 id={SEARCH_RESULTS_ID} className="scroll-mt-4" aria-live="polite">
        {result.total === 0 ? "No results" : result.total === 1 ? "1 result" : `${count(result.total)} results`} for &lsquo;{filters.q}
        &rsquo;
        {scope}
      </h2>
      {result.total > 0 && (
        <p className="print:hidden">
          Download {result.total === 1 ? "it" : `all ${count(result.total)}`}:{" "}
          <a href={`/api/search${toQueryString({ ...filters, format: "csv" })}`} download>
            CSV<span className="sr-only"> file of these results</span>
          </a>{" "}
          or{" "}
          <a href={`/api/search${toQueryString({ ...filters, format: "json" })}`} download>
            JSON<span className="sr-only"> file of these results</span>
          </a>
        </p>
      )}
      {result.total === 0 && <p>Check the spelling, use fewer words, or search all authorities and outcomes.</p>}
      <AppliedFilters filters={applied} clearHref={searchHref({ q: filters.q })} heading="h3" className="mb-6" />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-8">
        <div>
          <SearchCouncilGroups groups={groups} />
          {result.hits.length === 0 && result.total > 0 && (
            <p>
              There is no page {result.page}. <a href={searchHref(filters, 1, SEARCH_RESULTS_ID)}>Go to the first page</a>
            </p>
          )}
          <PaginationLinks page={result.page} pageCount={result.pageCount} href={(n) => searchHref(filters, n, SEARCH_RESULTS_ID)} />
        </div>
        {result.total > 0 && <SearchFacets facets={facets} />}
      </div>
      <p className="print:hidden">
        <Link href={`/api/search${toQueryString({ ...filters, page: result.page > 1 ? result.page : undefined })}`}>
          These results as JSON
        </Link>
      </p>
    </section>
  );
}
