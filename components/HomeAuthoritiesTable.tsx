import Link from "next/link";
import { ScrollRegion } from "@/components/ScrollRegion";
import { STICKY_COLUMN, StickyCaption } from "@/components/StickyCaption";
import { formatDate } from "@/lib/formatting/format";
import { describeSort, sortHeader } from "@/lib/home/home-page";
import type { AuthorityOverview, OverviewSort, SortDirection } from "@/lib/queries/authority-overviews";

const SORTABLE: OverviewSort[] = ["name", "region", "date"];

/**
 * The authorities, sortable by name, region and report date with GET links in
 * the column headings (which go to the first page of the new order). `range`
 * starts the caption: "2 authorities", "Authorities 51 to 100 of 1,500".
 */
export function HomeAuthoritiesTable({
  rows,
  range,
  sort,
  dir,
}: {
  rows: AuthorityOverview[];
  range: string;
  sort: OverviewSort;
  dir: SortDirection;
}) {
  const headers = SORTABLE.map((column) => sortHeader(column, { sort, dir }));
  return (
    <>
      {/* On a phone the last columns are off screen: say so, as nothing else shows it (issue 24). */}
      <p className="hint mb-2 sm:hidden" id="authorities-scroll-cue">
        The table scrolls sideways: the recommendation counts are to the right.
      </p>
      <ScrollRegion labelledBy="authorities-caption" className="@container max-sm:border-r-4 max-sm:border-border">
        <table>
          <caption id="authorities-caption">
            <StickyCaption>
              {range}
              <span className="font-normal">, {describeSort(sort, dir)}</span>
            </StickyCaption>
          </caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th scope="col" key={h.sort} aria-sort={h.ariaSort} className={`align-bottom ${h.sort === "name" ? STICKY_COLUMN : ""}`}>
                  <a href={h.href} className="font-bold whitespace-nowrap text-link visited:text-link print:whitespace-normal">
                    {h.label}
                    <span className="sr-only"> ({h.action})</span>
                    <span
                      className={`ml-[0.3em] inline-block text-[0.8em] no-underline print:hidden ${h.ariaSort ? "text-ink" : ""}`}
                      aria-hidden="true"
                    >
                      {h.ariaSort === "ascending" ? "▲" : h.ariaSort === "descending" ? "▼" : "⇅"}
                    </span>
                  </a>
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
      </ScrollRegion>
    </>
  );
}
