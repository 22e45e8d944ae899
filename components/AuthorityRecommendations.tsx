import { formatDate } from "@/lib/format";
import type { Recommendation } from "@/lib/report/types";

/** The text as written follows "…take action to:", so it starts in lower case; a table cell reads better capitalised. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const COLUMNS = ["Deadline", "Due by", "Addressed to", "Recommendation", "Source"] as const;

/**
 * The report's recommendations in report order: deadline, due date, addressee,
 * text and source. On small screens the rows are laid out as blocks (see
 * globals.css), so the table's roles are set explicitly to keep it a table for
 * screen readers whatever its CSS display.
 */
export function AuthorityRecommendations({ recommendations }: { recommendations: Recommendation[] }) {
  if (recommendations.length === 0) return <p>This report makes no recommendations.</p>;
  return (
    <div className="table-scroll table-scroll--sticky" role="region" aria-labelledby="recommendations-caption" tabIndex={0}>
      <table className="recommendations-table" role="table" aria-labelledby="recommendations-caption">
        <caption id="recommendations-caption" className="caption-m">
          <span className="sticky-caption">
            {recommendations.length === 1 ? "1 recommendation" : `${recommendations.length} recommendations`}
          </span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th scope="col" role="columnheader" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {recommendations.map((r, i) => (
            <tr key={i} role="row">
              <td role="cell" data-label={COLUMNS[0]}>
                {r.deadline.label}
              </td>
              <td role="cell" data-label={COLUMNS[1]}>
                <time dateTime={r.dueDate}>{formatDate(r.dueDate)}</time>
              </td>
              <td role="cell" data-label={COLUMNS[2]}>
                {r.addressee ?? <span className="hint">Not stated</span>}
              </td>
              <td role="cell" data-label={COLUMNS[3]} className="recommendations-table__text">
                {sentence(r.text)}
              </td>
              <td role="cell" data-label={COLUMNS[4]}>
                <strong className={r.source === "Ofsted" ? "tag tag--purple" : "tag"}>{r.source}</strong>
                {r.attribution && <span className="recommendations-table__attribution">{r.attribution}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
