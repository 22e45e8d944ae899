import { ScrollRegion } from "@/components/ScrollRegion";
import { StickyCaption } from "@/components/StickyCaption";
import { formatDate } from "@/lib/formatting/format";
import type { Recommendation } from "@/lib/report/types";

/** The text as written follows "…take action to:", so it starts in lower case; a table cell reads better capitalised. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const COLUMNS = ["Deadline", "Due by", "Addressed to", "Recommendation", "Source"] as const;

// Small screens: each recommendation a block, its column names as labels (the table keeps its roles, set in the markup, for screen readers).
const STACKED = "max-sm:block max-sm:w-auto";
const CELL = `${STACKED} max-sm:border-0 max-sm:px-0`;
const LABELLED = `${CELL} max-sm:py-0.5 max-sm:before:font-bold max-sm:before:content-[attr(data-label)_':_'_/_'']`;

/**
 * The report's recommendations in report order: deadline, due date, addressee,
 * text and source. On small screens the rows are laid out as blocks, so the
 * table's roles are set explicitly to keep it a table for screen readers
 * whatever its CSS display.
 */
export function AuthorityRecommendations({ recommendations }: { recommendations: Recommendation[] }) {
  if (recommendations.length === 0) return <p>This report makes no recommendations.</p>;
  return (
    <ScrollRegion labelledBy="recommendations-caption" className="@container">
      <table className={`${STACKED} text-body-s print:text-[10pt]`} role="table" aria-labelledby="recommendations-caption">
        <caption id="recommendations-caption" className="caption-m max-sm:block">
          <StickyCaption>{recommendations.length === 1 ? "1 recommendation" : `${recommendations.length} recommendations`}</StickyCaption>
        </caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th scope="col" role="columnheader" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className={STACKED}>
          {recommendations.map((r, i) => (
            <tr key={i} role="row" className={`${STACKED} max-sm:border-b max-sm:border-border max-sm:py-3`}>
              <td role="cell" data-label={COLUMNS[0]} className={`min-w-26 max-sm:min-w-0 ${LABELLED}`}>
                {r.deadline.label}
              </td>
              <td role="cell" data-label={COLUMNS[1]} className={`min-w-26 max-sm:min-w-0 ${LABELLED}`}>
                <time dateTime={r.dueDate}>{formatDate(r.dueDate)}</time>
              </td>
              <td role="cell" data-label={COLUMNS[2]} className={LABELLED}>
                {r.addressee ?? <span className="hint">Not stated</span>}
              </td>
              <td role="cell" data-label={COLUMNS[3]} className={`w-[45%] print:min-w-0 ${CELL} max-sm:py-1.5`}>
                {sentence(r.text)}
              </td>
              <td role="cell" data-label={COLUMNS[4]} className={LABELLED}>
                <strong className={r.source === "Ofsted" ? "tag tag--purple" : "tag"}>{r.source}</strong>
                {r.attribution && <span className="mt-1 block whitespace-nowrap text-secondary-ink">{r.attribution}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
