import Link from "next/link";
import { SortLink } from "@/components/SortLink";
import { STICKY_COLUMN, StickyCaption } from "@/components/StickyCaption";
import { STICKY_CORNER, StickyTableRegion } from "@/components/StickyTableRegion";
import { formatDate } from "@/lib/formatting/format";
import { describeSort, type HomeState, sortHeader } from "@/lib/home/home-page";
import type { AuthorityOverview, OverviewSort } from "@/lib/queries/authority-overviews";

const SORTABLE: OverviewSort[] = ["name", "region", "date"];

/**
 * The authorities, sortable by name, region and report date with GET links in
 * the column headings (which go to the first page of the new order, back at
 * the table, keeping the filters). `range` starts the caption: "2 authorities",
 * "Authorities 51 to 100 of 1,500". The headings and names stay in view while
 * the table scrolls.
 */
export function HomeAuthoritiesTable({ rows, range, state }: { rows: AuthorityOverview[]; range: string; state: HomeState }) {
  const headers = SORTABLE.map((column) => sortHeader(column, state));
  return (
    <>
      {/* On a phone the last columns are off screen: say so, as nothing else shows it (issue 24). */}
      <p className="hint mb-2 sm:hidden" id="authorities-scroll-cue">
        The table scrolls sideways: the recommendation counts are to the right.
      </p>
      <StickyTableRegion labelledBy="authorities-caption">
        <table>
          <caption id="authorities-caption" className="pt-2">
            <StickyCaption>
              {range}
              <span className="font-normal">, {describeSort(state.sort, state.dir)}</span>
            </StickyCaption>
          </caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th scope="col" key={h.sort} aria-sort={h.ariaSort} className={`align-bottom ${h.sort === "name" ? STICKY_CORNER : ""}`}>
                  <SortLink header={h} />
                </th>
              ))}
              <th scope="col" className="numeric min-w-30 align-bottom">
                Recommendations
              </th>
              <th scope="col" className="numeric min-w-30 align-bottom">
                Due within 3 months
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug}>
                <td className={STICKY_COLUMN}>
                  <Link href={`/authorities/${a.slug}`}>{a.name}</Link>
                </td>
                <td>{a.region ?? <span className="hint">Not stated</span>}</td>
                <td>
                  <time dateTime={a.reportDate} className="whitespace-nowrap">
                    {formatDate(a.reportDate)}
                  </time>
                </td>
                <td className="numeric">{a.recommendations}</td>
                <td className="numeric">{a.dueWithin3Months}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </StickyTableRegion>
    </>
  );
}
