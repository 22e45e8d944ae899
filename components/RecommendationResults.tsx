import { PaginationLinks } from "@/components/PaginationLinks";
import { RecommendationGroups } from "@/components/RecommendationGroups";
import { RecommendationTable } from "@/components/RecommendationTable";
import type { RegisterPageResults } from "@/lib/recommendations/load-register-page";
import { countText, downloadHref, REGISTER_RESULTS_ID, registerHref } from "@/lib/recommendations/register";

/**
 * The register's results: how many, downloads, one page of the table (or why
 * there is none), links to the other pages, which lead back to the count.
 */
export function RecommendationResults({ page }: { page: RegisterPageResults }) {
  const { filters, result } = page;
  const filtered = page.applied.length > 0;
  const these = result.total === 1 ? "this recommendation" : "these recommendations";
  return (
    <>
      <h2 className="mt-0 mb-2.5 scroll-mt-4" id={REGISTER_RESULTS_ID}>
        {countText(result.total, filtered)}
      </h2>
      {result.total > 0 ? (
        <p className="register-downloads text-body-s print:hidden">
          Download {result.total === 1 ? "it" : result.total === 2 ? "both" : `all ${result.total}`}:{" "}
          <a href={downloadHref(filters, "csv")} download>
            CSV<span className="sr-only"> file of {these}</span>
          </a>{" "}
          (for spreadsheets) or{" "}
          <a href={downloadHref(filters, "json")} download>
            JSON<span className="sr-only"> file of {these}</span>
          </a>
        </p>
      ) : null}
      {result.rows.length > 0 && page.groups ? (
        <RecommendationGroups groups={page.groups} caption={page.caption} latestReportDates={page.latest} />
      ) : result.rows.length > 0 ? (
        <RecommendationTable rows={result.rows} caption={page.caption} latestReportDates={page.latest} />
      ) : result.total > 0 ? (
        <div className="inset-text">
          <p>
            There is no page {result.page}: {result.pageCount === 1 ? "the results fit on one page" : `there are ${result.pageCount} pages`}
            .
          </p>
          <p>
            <a href={registerHref(filters, { anchor: REGISTER_RESULTS_ID })}>Go to the first page</a>
          </p>
        </div>
      ) : !filtered ? (
        <div className="inset-text">
          <p>No inspection reports with recommendations are loaded.</p>
        </div>
      ) : (
        <div className="inset-text">
          <p>No recommendations match these filters.</p>
          <p>Try removing a filter, or searching for fewer or different words.</p>
        </div>
      )}
      <PaginationLinks
        page={result.page}
        pageCount={result.pageCount}
        href={(n) => registerHref(filters, { page: n, anchor: REGISTER_RESULTS_ID })}
      />
    </>
  );
}
