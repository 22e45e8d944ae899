import { HomeAuthoritiesTable } from "@/components/HomeAuthoritiesTable";
import { HomeRatingsMatrix } from "@/components/HomeRatingsMatrix";
import { PaginationLinks } from "@/components/PaginationLinks";
import { authoritiesDownloadHref, homeHref } from "@/lib/home/home-page";
import type { HomePageData } from "@/lib/home/load-home-page";

/** The home page's page of authorities: the sortable table, its downloads, and the ratings matrix of the same authorities. */
export function HomeAuthorities({ page }: { page: HomePageData }) {
  const { result, range, sort, dir } = page;
  const paged = result.pageCount > 1;
  const href = (n: number) => homeHref({ sort, dir, page: n });
  return (
    <>
      <p className="hint">
        <span className="print:hidden">Select a column heading to sort the table by it. </span>Recommendations are those of the latest
        report.
      </p>
      <HomeAuthoritiesTable rows={result.rows} range={range} sort={sort} dir={dir} />
      <PaginationLinks page={result.page} pageCount={result.pageCount} href={href} label="Pages of authorities" />
      <p className="text-body-s print:hidden">
        Download {result.total === 1 ? "it" : result.total === 2 ? "both" : `all ${result.total.toLocaleString("en-GB")}`}:{" "}
        <a href={authoritiesDownloadHref({ sort, dir }, "csv")} download>
          CSV<span className="sr-only"> file of the authorities and their grades</span>
        </a>{" "}
        (for spreadsheets) or{" "}
        <a href={authoritiesDownloadHref({ sort, dir }, "json")} download>
          JSON<span className="sr-only"> file of the authorities and their grades</span>
        </a>
      </p>

      <h2 id="ratings">Ratings at a glance</h2>
      <p className="hint">The six judgements of each authority&rsquo;s latest inspection, in the same order as the table above.</p>
      <HomeRatingsMatrix rows={result.rows} captionNote={paged ? `, ${range.toLowerCase()}` : ""} />
      <PaginationLinks page={result.page} pageCount={result.pageCount} href={(n) => `${href(n)}#ratings`} label="Pages of ratings" />
    </>
  );
}
