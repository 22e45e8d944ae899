import Link from "next/link";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { Highlighted } from "@/components/search/Highlighted";
import { formatDate } from "@/lib/formatting/format";
import type { SearchHit } from "@/lib/queries/search";
import { toQueryString } from "@/lib/requests/params";
import type { SearchLinkFilters, SearchPageData } from "@/lib/search/search-page";

type Result = NonNullable<SearchPageData["result"]>;

const count = (n: number) => n.toLocaleString("en-GB");

/** The results of a search: how many and where, downloads, the hits, and links to the other pages. */
export function SearchResults({ result, filters, scope }: { result: Result; filters: SearchLinkFilters; scope: string }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" aria-live="polite">
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
      <ol className="list-none p-0">
        {result.hits.map((hit) => (
          <SearchResultItem key={hit.href + hit.snippet} hit={hit} />
        ))}
      </ol>
      {result.pageCount > 1 && <SearchPages page={result.page} pageCount={result.pageCount} filters={filters} />}
      <p className="print:hidden">
        <Link href={`/api/search${toQueryString({ ...filters, page: result.page > 1 ? result.page : undefined })}`}>
          These results as JSON
        </Link>
      </p>
    </section>
  );
}

function SearchResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-result border-b border-border py-4">
      <h3 className="m-0 mb-1">
        <Link href={hit.href}>
          {hit.authority.name}
          {hit.kind === "paragraph" ? `, paragraph ${hit.ref}` : ", recommendation"}
        </Link>
      </h3>
      <p className="hint mb-2 text-body-s">
        {hit.kind === "paragraph"
          ? hit.outcome === null
            ? hit.heading
            : `Outcome ${hit.outcome}: ${hit.heading}`
          : `Recommendation: ${hit.heading}`}
        {" · "}report of <time dateTime={hit.reportDate}>{formatDate(hit.reportDate)}</time>
        {!hit.latest && " (an earlier report)"}
      </p>
      <p className="mb-0">
        {hit.assessment && <AssessmentTag assessment={hit.assessment} reviewed={hit.reviewed} className="mr-2" />}
        <Highlighted snippet={hit.snippet} />
      </p>
    </li>
  );
}

function SearchPages({ page, pageCount, filters }: { page: number; pageCount: number; filters: SearchLinkFilters }) {
  return (
    <nav className="mb-7.5 flex flex-wrap items-center gap-x-4 gap-y-2" aria-label="Results pages">
      <ul className="flex list-none flex-wrap gap-4 p-0">
        {page > 1 && (
          <li>
            <Link href={`/search${toQueryString({ ...filters, page: page - 1 })}`} rel="prev">
              Previous page
            </Link>
          </li>
        )}
        <li aria-current="page">
          Page {page} of {pageCount}
        </li>
        {page < pageCount && (
          <li>
            <Link href={`/search${toQueryString({ ...filters, page: page + 1 })}`} rel="next">
              Next page
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
