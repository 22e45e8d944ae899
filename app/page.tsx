import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/ErrorSummary";
import { HomeAuthorities } from "@/components/HomeAuthorities";
import { HomeCompareForm } from "@/components/HomeCompareForm";
import { HomeFilterForm } from "@/components/HomeFilterForm";
import { homeHref } from "@/lib/home/home-page";
import { loadHomePage } from "@/lib/home/load-home-page";
import type { RawParams } from "@/lib/requests/params";

// Reads the database on every request: the data changes when it is re-seeded,
// and nothing may be read from it at build time.
export const dynamic = "force-dynamic";

// The root layout's title template does not apply to a page in its own
// segment, so the full title is given here.
export const metadata: Metadata = {
  title: { absolute: "Local authorities – Children's services inspections" },
};

export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const page = await loadHomePage(await searchParams);
  const { errors, result, picker } = page;
  const href = (n: number) => homeHref({ sort: page.sort, dir: page.dir, filters: page.filters, page: n }, "authorities");

  return (
    <>
      {errors.length > 0 && <ErrorSummary title={page.errorTitle} errors={errors} />}

      <h1>Local authorities</h1>
      <p className="lead">
        Read the Care Quality Commission&rsquo;s reports on safeguarding and looked after children&rsquo;s health services in each local
        authority area.
      </p>
      <p>
        <Link href="/map">See the councils&rsquo; grades on a map of England</Link>
      </p>

      {result.all === 0 ? (
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
          <HomeFilterForm state={{ sort: page.sort, dir: page.dir }} filters={page.filters} count={page.count} />
          {result.rows.length === 0 && result.total === 0 ? (
            <div className="inset-text">
              <p>No authority matches these filters.</p>
            </div>
          ) : result.rows.length === 0 ? (
            <div className="inset-text">
              <p>
                There are no authorities on page {result.page.toLocaleString("en-GB")}:{" "}
                {result.pageCount > 1 ? `there are ${result.pageCount.toLocaleString("en-GB")} pages` : "they all fit on one page"}.
              </p>
              <p>
                <a href={href(1)}>Go to the first page</a>
              </p>
            </div>
          ) : (
            <HomeAuthorities page={page} />
          )}
        </>
      )}
    </>
  );
}
