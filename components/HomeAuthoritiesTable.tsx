import Link from "next/link";
import { formatDate } from "@/lib/format";
import { describeSort, sortHeader } from "@/lib/overview-view";
import type { AuthorityOverview, OverviewSort, SortDirection } from "@/lib/queries/overview";

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
    <div className="table-scroll table-scroll--sticky" role="region" aria-labelledby="authorities-caption" tabIndex={0}>
      <table className="authorities-table">
        <caption id="authorities-caption">
          <span className="sticky-caption">
            {range}
            <span className="caption-note">, {describeSort(sort, dir)}</span>
          </span>
        </caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th scope="col" key={h.sort} aria-sort={h.ariaSort}>
                <a href={h.href} className="sort-link">
                  {h.label}
                  <span className="visually-hidden"> ({h.action})</span>
                  <span className="sort-link__icon" aria-hidden="true">
                    {h.ariaSort === "ascending" ? "▲" : h.ariaSort === "descending" ? "▼" : "⇅"}
                  </span>
                </a>
              </th>
            ))}
            <th scope="col" className="numeric">
              Recommendations
            </th>
            <th scope="col" className="numeric">
              Due within 3 months
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.slug}>
              <td>
                <Link href={`/authorities/${a.slug}`}>{a.name}</Link>
              </td>
              <td>{a.region ?? <span className="hint">Not stated</span>}</td>
              <td>
                <time dateTime={a.reportDate}>{formatDate(a.reportDate)}</time>
              </td>
              <td className="numeric">{a.recommendations}</td>
              <td className="numeric">{a.dueWithin3Months}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
