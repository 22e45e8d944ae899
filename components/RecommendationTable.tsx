import Link from "next/link";
import { formatDate } from "@/lib/formatting/format";
import type { RecommendationRow } from "@/lib/queries/recommendations";

interface Props {
  rows: RecommendationRow[];
  caption: string;
  /** In a council's group (its name heads it): the first column gives only the report, not the council again. */
  inCouncilGroup?: boolean;
  /** Each authority's latest report date: a row of the latest report links to the authority's page as it is. */
  latestReportDates: Map<string, string>;
}

function reportHref(row: RecommendationRow, latest: string | undefined): string {
  const base = `/authorities/${row.authority.slug}`;
  return latest === row.reportDate ? base : `${base}?report=${row.reportDate}`;
}

// Narrow screens: each row a card, each cell labelled from data-label.
const CARD = "max-sm:block max-sm:w-full";
const CELL = `${CARD} max-sm:border-0 max-sm:px-0 max-sm:py-1`;
const LABELLED = `${CELL} max-sm:before:block max-sm:before:text-[0.875rem] max-sm:before:font-bold max-sm:before:text-secondary-ink max-sm:before:content-[attr(data-label)]`;
/** The small grey lines under a cell's main value; in print, smaller still and black. */
const NOTE = "block text-body-s text-secondary-ink print:text-[8.5pt] print:text-black";

/**
 * The register's rows: authority and report, when due, the recommendation and
 * who it is for, and whether it comes from CQC or the joint Ofsted report. On
 * narrow screens each row becomes a card, its cells labelled from data-label.
 */
export function RecommendationTable({ rows, caption, latestReportDates, inCouncilGroup = false }: Props) {
  return (
    <table className={`register-table print:text-[9.5pt] ${CARD}`}>
      <caption className={`mb-2.5 text-body-s font-normal text-secondary-ink print:text-[8.5pt] print:text-black ${CARD}`}>
        {caption}
      </caption>
      <thead className="max-sm:sr-only">
        <tr>
          <th scope="col" className="w-[20%]">
            {inCouncilGroup ? "Report" : "Authority"}
          </th>
          <th scope="col" className="w-[16%]">
            Due
          </th>
          <th scope="col">Recommendation</th>
          <th scope="col" className="w-[16%]">
            Source
          </th>
        </tr>
      </thead>
      <tbody className={CARD}>
        {rows.map((r) => (
          <tr
            key={r.id}
            className={`${CARD} max-sm:border-t-2 max-sm:border-ink max-sm:pt-2 max-sm:pb-3 max-sm:last:border-b max-sm:last:border-b-border`}
          >
            <td data-label={inCouncilGroup ? "Report" : "Authority"} className={LABELLED}>
              {inCouncilGroup ? null : (
                <Link href={`/authorities/${r.authority.slug}`} className="register-table__authority-name font-bold">
                  {r.authority.name}
                </Link>
              )}
              <span className={`${inCouncilGroup ? "" : "mt-1 "}block text-body-s print:text-[8.5pt] print:text-black`}>
                <Link
                  href={reportHref(r, latestReportDates.get(r.authority.slug))}
                  aria-label={`${r.authority.name} report of ${formatDate(r.reportDate)}`}
                >
                  Report of{" "}
                  <time dateTime={r.reportDate} className="whitespace-nowrap">
                    {formatDate(r.reportDate)}
                  </time>
                </Link>
              </span>
            </td>
            <td data-label="Due" className={LABELLED}>
              <time dateTime={r.dueDate} className="register-table__due-date block font-bold whitespace-nowrap">
                {formatDate(r.dueDate)}
              </time>
              <span className={NOTE}>{r.deadline.label}</span>
            </td>
            <td data-label="Recommendation" className={CELL}>
              {r.addressee ? <span className={`mb-1 ${NOTE}`}>{r.addressee}</span> : null}
              {/* Recommendations continue the report's "… take action to:" and start in lower case. */}
              <span className="block first-letter:uppercase">{r.text}</span>
            </td>
            <td data-label="Source" className={`register-table__source ${LABELLED}`}>
              <strong className={`tag print:text-[8.5pt] ${r.source === "Ofsted" ? "tag--purple" : "tag--grey"}`}>{r.source}</strong>
              {r.attribution ? <span className={`mt-1 ${NOTE}`}>{r.attribution}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
