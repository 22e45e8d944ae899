import type { Metadata } from "next";
import { ErrorSummary } from "@/components/ErrorSummary";
import { HomeAuthoritiesTable } from "@/components/HomeAuthoritiesTable";
import { HomeCompareForm } from "@/components/HomeCompareForm";
import { HomeRatingsMatrix } from "@/components/HomeRatingsMatrix";
import { parseOverviewParams, type RawParams } from "@/lib/params";
import { authorityPickerFor } from "@/lib/queries/authorities";
import { listAuthorityOverviews } from "@/lib/queries/overview";

// Reads the database on every request: the data changes when it is re-seeded,
// and nothing may be read from it at build time.
export const dynamic = "force-dynamic";

// The root layout's title template does not apply to a page in its own
// segment, so the full title is given here.
export const metadata: Metadata = {
  title: { absolute: "Local authorities – Children's services inspections" },
};

export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = parseOverviewParams(await searchParams);
  // A bad sort is explained at the top and the table shown in its usual order.
  const { sort, dir } = parsed.ok ? parsed.value : { sort: "name" as const, dir: "asc" as const };
  const [authorities, picker] = await Promise.all([listAuthorityOverviews(sort, dir), authorityPickerFor()]);

  return (
    <>
      {!parsed.ok && (
        <ErrorSummary
          title="The table could not be sorted as asked"
          errors={[...parsed.errors.map((e) => `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}.`), "The authorities are shown A to Z by name instead."]}
        />
      )}

      <h1>Local authorities</h1>
      <p className="lead">
        Read the Care Quality Commission&rsquo;s reports on safeguarding and looked after children&rsquo;s health
        services in each local authority area.
      </p>

      {authorities.length === 0 ? (
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
          <p className="hint">
            <span className="no-print">Select a column heading to sort the table by it. </span>Recommendations are those of the
            latest report.
          </p>
          <HomeAuthoritiesTable rows={authorities} sort={sort} dir={dir} />

          <h2 id="ratings">Ratings at a glance</h2>
          <p className="hint">
            The six judgements of each authority&rsquo;s latest inspection, in the same order as the table above.
          </p>
          <HomeRatingsMatrix rows={authorities} />
        </>
      )}
    </>
  );
}
