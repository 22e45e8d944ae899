import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { RecommendationRow } from "@/lib/queries/recommendations";

interface Props {
  rows: RecommendationRow[];
  caption: string;
  /** Each authority's latest report date: a row of the latest report links to the authority's page as it is. */
  latestReportDates: Map<string, string>;
}

function reportHref(row: RecommendationRow, latest: string | undefined): string {
  const base = `/authorities/${row.authority.slug}`;
  return latest === row.reportDate ? base : `${base}?report=${row.reportDate}`;
}

/**
 * The register's rows: authority and report, when due, the recommendation and
 * who it is for, and whether it comes from CQC or the joint Ofsted report. On
 * narrow screens each row becomes a card, its cells labelled from data-label.
 */
export function RecommendationTable({ rows, caption, latestReportDates }: Props) {
  return (
    <table className="register-table">
      <caption className="register-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Authority</th>
          <th scope="col">Due</th>
          <th scope="col">Recommendation</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td data-label="Authority" className="register-table__authority">
              <Link href={`/authorities/${r.authority.slug}`} className="register-table__authority-name">
                {r.authority.name}
              </Link>
              <span className="register-table__report">
                <Link
                  href={reportHref(r, latestReportDates.get(r.authority.slug))}
                  aria-label={`${r.authority.name} report of ${formatDate(r.reportDate)}`}
                >
                  Report of{" "}
                  <time dateTime={r.reportDate} className="nowrap">
                    {formatDate(r.reportDate)}
                  </time>
                </Link>
              </span>
            </td>
            <td data-label="Due" className="register-table__due">
              <time dateTime={r.dueDate} className="register-table__due-date nowrap">
                {formatDate(r.dueDate)}
              </time>
              <span className="register-table__deadline">{r.deadline.label}</span>
            </td>
            <td data-label="Recommendation" className="register-table__text">
              {r.addressee ? <span className="register-table__addressee">{r.addressee}</span> : null}
              <span className="register-table__recommendation">{r.text}</span>
            </td>
            <td data-label="Source" className="register-table__source">
              <strong className={`tag ${r.source === "Ofsted" ? "tag--purple" : "tag--grey"}`}>{r.source}</strong>
              {r.attribution ? <span className="register-table__attribution">{r.attribution}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
