import { HomeAuthoritiesTable } from "@/components/HomeAuthoritiesTable";
import { HomeRatingsMatrix } from "@/components/HomeRatingsMatrix";
import { PaginationLinks } from "@/components/PaginationLinks";
import { authoritiesDownloadHref, homeHref, type HomeState } from "@/lib/home/home-page";
import type { HomePageData } from "@/lib/home/load-home-page";

/**
 * The home page's page of authorities: the sortable table, its downloads, and
 * the ratings matrix of the same authorities. Page and sort links come back to
 * the table they were followed from; page links say which names each page holds.
 */
export function HomeAuthorities({ page }: { page: HomePageData }) {
  const { result, range, sort, dir, filters } = page;
  const paged = result.pageCount > 1;
  const state: HomeState = { sort, dir, filters };
  const href = (n: number, anchor: string) => homeHref({ ...state, page: n }, anchor);
  return (
    <>
      <p className="hint">
        <span className="print:hidden">
          Select a column heading to sort the table by it. The table scrolls inside its border: its headings and the authorities stay in
          place.{" "}
        </span>
        Recommendations are those of the latest report.
      </p>
      <HomeAuthoritiesTable rows={result.rows} range={range} state={state} />
      <PaginationLinks
        page={result.page}
        pageCount={result.pageCount}
        href={(n) => href(n, "authorities")}
        label="Pages of authorities"
        pageLabels={page.pageLabels}
      />
      <p className="text-body-s print:hidden">
        Download {result.total === 1 ? "it" : result.total === 2 ? "both" : `all ${result.total.toLocaleString("en-GB")}`}:{" "}
        <a href={authoritiesDownloadHref(state, "csv")} download>
          CSV<span className="sr-only"> file of the authorities and their grades</span>
        </a>{" "}
        (for spreadsheets) or{" "}
        <a href={authoritiesDownloadHref(state, "json")} download>
          JSON<span className="sr-only"> file of the authorities and their grades</span>
        </a>
      </p>

      <h2 id="ratings">Ratings at a glance</h2>
      <p className="hint">
        The six judgements of each authority&rsquo;s latest inspection, in the same order as the table above. Select a judgement to sort by
        it.<span className="sm:hidden"> On a phone the table shows the judgement chosen above the table.</span>
      </p>
      <HomeRatingsMatrix rows={result.rows} state={state} shown={filters.judgement} captionNote={paged ? `, ${range.toLowerCase()}` : ""} />
      <PaginationLinks
        page={result.page}
        pageCount={result.pageCount}
        href={(n) => href(n, "ratings")}
        label="Pages of ratings"
        pageLabels={page.pageLabels}
      />
    </>
  );
}
