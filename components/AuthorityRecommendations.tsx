import { Fold } from "@/components/folds/Fold";
import { ScrollRegion } from "@/components/ScrollRegion";
import { type DeadlineGroup, describeDeadlineGroup, groupByDeadline, recommendationId } from "@/lib/authorities/authority-page";
import { formatDate } from "@/lib/formatting/format";
import type { Recommendation } from "@/lib/report/types";

/** The text as written follows "…take action to:", so it starts in lower case; a table cell reads better capitalised. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const COLUMNS = ["Number", "Addressed to", "Recommendation", "Source"] as const;

// Small screens: each recommendation a block, its column names as labels (the table keeps its roles, set in the markup, for screen readers).
const STACKED = "max-sm:block max-sm:w-auto";
const CELL = `${STACKED} max-sm:border-0 max-sm:px-0`;
const LABELLED = `${CELL} max-sm:py-0.5 max-sm:before:font-bold max-sm:before:content-[attr(data-label)_':_'_/_'']`;
const ROW = `${STACKED} scroll-mt-4 target:bg-highlight max-sm:target:pl-3 target:shadow-[inset_5px_0_0_var(--color-ink)] max-sm:border-b max-sm:border-border max-sm:py-3 print:target:bg-transparent print:target:shadow-none`;

/** One deadline's recommendations, in report order, each row its own anchor (`#recommendation-3`). */
function DeadlineTable({ group, labelledBy }: { group: DeadlineGroup; labelledBy: string }) {
  return (
    <ScrollRegion labelledBy={labelledBy} className="@container">
      <table className={`${STACKED} text-body-s print:text-[10pt]`} role="table" aria-labelledby={labelledBy}>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th scope="col" role="columnheader" key={c}>
                {c === "Number" ? <abbr title="Number">No.</abbr> : c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className={STACKED}>
          {group.items.map(({ number, recommendation: r }) => (
            <tr key={number} id={recommendationId(number)} role="row" className={ROW}>
              <th scope="row" role="rowheader" data-label={COLUMNS[0]} className={`w-12 tabular-nums ${LABELLED}`}>
                {number}
              </th>
              <td role="cell" data-label={COLUMNS[1]} className={`w-[22%] ${LABELLED}`}>
                {r.addressee ?? <span className="hint">Not stated</span>}
              </td>
              <td role="cell" data-label={COLUMNS[2]} className={`print:min-w-0 ${CELL} max-sm:py-1.5`}>
                {sentence(r.text)}
              </td>
              <td role="cell" data-label={COLUMNS[3]} className={LABELLED}>
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

/**
 * The report's recommendations by deadline, soonest due first (issue 24: the
 * page answers at a glance): each deadline a heading with its due date and a
 * fold whose summary counts them by source; the rows keep their numbers in the
 * report. A link to a row (`#recommendation-3`, from search) opens its fold
 * (OpenTargetFold), and folds print open.
 */
export function AuthorityRecommendations({ recommendations }: { recommendations: Recommendation[] }) {
  if (recommendations.length === 0) return <p>This report makes no recommendations.</p>;
  return (
    <>
      <p className="hint">
        {recommendations.length === 1 ? "1 recommendation" : `${recommendations.length} recommendations`}, by deadline, soonest due first;
        each keeps its number in the report.
      </p>
      {groupByDeadline(recommendations).map((group) => {
        const headingId = `due-${group.dueDate}-${group.items[0].number}`;
        return (
          <section key={headingId} className="recommendation-group mb-2 border-t border-border">
            <h3 id={headingId} className="mt-2 mb-1 scroll-mt-4">
              {group.label}
              <span className="font-normal">
                , due by <time dateTime={group.dueDate}>{formatDate(group.dueDate)}</time>
              </span>
            </h3>
            <Fold summary={<span className="recommendation-group__counts">{describeDeadlineGroup(group)}</span>}>
              <DeadlineTable group={group} labelledBy={headingId} />
            </Fold>
          </section>
        );
      })}
    </>
  );
}
