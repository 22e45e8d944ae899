import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/ErrorSummary";
import { HomeAuthoritiesTable } from "@/components/HomeAuthoritiesTable";
import { HomeCompareForm } from "@/components/HomeCompareForm";
import { HomeRatingsMatrix } from "@/components/HomeRatingsMatrix";
import { PaginationLinks } from "@/components/PaginationLinks";
import { authoritiesDownloadHref, homeHref, homeTableRange } from "@/lib/home/home-page";
import { type ParamError, parsePageNumber, parseHomeSort, type RawParams } from "@/lib/requests/params";
import { authorityPickerFor } from "@/lib/queries/authorities";
import { listAuthorityOverviewPage } from "@/lib/queries/authority-overviews";

// Reads the database on every request: the data changes when it is re-seeded,
// and nothing may be read from it at build time.
export const dynamic = "force-dynamic";

// The root layout's title template does not apply to a page in its own
// segment, so the full title is given here.
export const metadata: Metadata = {
  title: { absolute: "Local authorities – Children's services inspections" },
};

const sentence = (e: ParamError) => `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}.`;

export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const sorting = parseHomeSort(raw);
  const paging = parsePageNumber(raw);
  // A bad sort or page is explained at the top, and the table shown in its usual order or from its first page.
  const { sort, dir } = sorting.ok ? sorting.value : { sort: "name" as const, dir: "asc" as const };
  const page = paging.ok ? paging.value.page : 1;
  const [result, picker] = await Promise.all([listAuthorityOverviewPage(sort, dir, page), authorityPickerFor()]);

  const errors = [
    ...(sorting.ok ? [] : [...sorting.errors.map(sentence), "The authorities are shown A to Z by name instead."]),
    ...(paging.ok ? [] : [...paging.errors.map(sentence), "The first page is shown instead."]),
  ];
  const range = homeTableRange({ total: result.total, page: result.page, pageSize: result.pageSize, shown: result.rows.length });
  const paged = result.pageCount > 1;
  const href = (n: number) => homeHref({ sort, dir, page: n });

  return (
    <>
      {errors.length > 0 && (
        <ErrorSummary title={paging.ok ? "The table could not be sorted as asked" : "There is a problem"} errors={errors} />
      )}

      <h1>Local authorities</h1>
      <p className="lead">
        Read the Care Quality Commission&rsquo;s reports on safeguarding and looked after children&rsquo;s health services in each local
        authority area.
      </p>
      <p>
        <Link href="/map">See the councils&rsquo; grades on a map of England</Link>
      </p>

      {result.total === 0 ? (
        <div className="inset-text">
          <p>No inspection reports are loaded.</p>
          <p>
            To load them, run <code>npm run seed</code> and reload this page.
          </p>
        </div>
      ) : (
        <>
          {(picker.kind === "text" || picker.authorities.length >= 2) && <HomeCompareForm picker={picker} />}

          <h2 id="authorities">Authorities and their latest reports</h2>
          {result.rows.length === 0 ? (
            <div className="inset-text">
              <p>
                There are no authorities on page {result.page.toLocaleString("en-GB")}:{" "}
                {paged ? `there are ${result.pageCount.toLocaleString("en-GB")} pages` : "they all fit on one page"}.
              </p>
              <p>
                <a href={href(1)}>Go to the first page</a>
              </p>
            </div>
          ) : (
            <>
              <p className="hint">
                <span className="print:hidden">Select a column heading to sort the table by it. </span>Recommendations are those of the
                latest report.
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
              <PaginationLinks
                page={result.page}
                pageCount={result.pageCount}
                href={(n) => `${href(n)}#ratings`}
                label="Pages of ratings"
              />
            </>
          )}
        </>
      )}
    </>
  );
}
