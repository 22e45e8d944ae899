import { RatingTag } from "@/components/RatingTag";
import { describeDifference, type RatingComparison } from "@/lib/compare/compare-reports";
import type { Inspection } from "@/lib/report/types";

/** On a phone, a row's cells side by side, wrapping. */
const PHONE_ROW = "max-sm:flex max-sm:flex-wrap max-sm:gap-x-5 max-sm:gap-y-1";
/** A judgement whose grades differ is underlined in black: its cells on a wide screen, its block on a phone. */
const DIFFERS_ROW = "max-sm:border-b-2 max-sm:border-b-ink";
const DIFFERS_CELL = "border-b-2 border-b-ink max-sm:border-b-0";

const INSPECTION_NAMES: Record<Inspection, string> = {
  safeguarding: "Safeguarding",
  "looked-after": "Looked after children",
};

/**
 * Both councils' grades for each judgement; rows that differ are marked and the
 * difference put in words. On a phone each judgement becomes a block, both
 * grades and the difference under it (.stacked-table), because a fourth column
 * would be off screen: the roles are set explicitly so that the table stays a
 * table for screen readers whatever its CSS display.
 */
export function RatingComparisonTable({ rows, aName, bName }: { rows: RatingComparison[]; aName: string; bName: string }) {
  const differing = rows.filter((r) => r.differs).length;
  return (
    <section aria-labelledby="ratings" className="print:break-inside-avoid">
      <h2 id="ratings">Ratings</h2>
      <p>
        {differing === 0
          ? `${aName} and ${bName} have the same grade for every judgement.`
          : `${differing} of ${rows.length} judgements differ.`}
      </p>
      <table className="stacked-table" role="table">
        <caption className="sr-only">
          Ratings of {aName} and {bName}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Judgement
            </th>
            <th scope="col" role="columnheader">
              {aName}
            </th>
            <th scope="col" role="columnheader">
              {bName}
            </th>
            <th scope="col" role="columnheader">
              Difference
            </th>
          </tr>
        </thead>
        {(["safeguarding", "looked-after"] as const).map((inspection) => {
          const group = rows.filter((r) => r.inspection === inspection);
          if (group.length === 0) return null;
          return (
            <tbody key={inspection} role="rowgroup">
              <tr role="row" className={PHONE_ROW}>
                <th
                  scope="colgroup"
                  colSpan={4}
                  role="columnheader"
                  className="bg-light-grey pl-2 max-sm:basis-full max-sm:px-2 max-sm:py-1.5"
                >
                  {INSPECTION_NAMES[inspection]}
                </th>
              </tr>
              {group.map((row) => (
                <tr key={row.judgement} role="row" className={`${PHONE_ROW} max-sm:py-2.5 ${row.differs ? DIFFERS_ROW : ""}`}>
                  <th scope="row" role="rowheader" className={`max-sm:basis-full ${row.differs ? DIFFERS_CELL : ""}`}>
                    {row.judgement}
                  </th>
                  <td role="cell" data-label={aName} className={row.differs ? DIFFERS_CELL : undefined}>
                    {row.a ? <RatingTag grade={row.a} /> : <span className="text-secondary-ink">Not rated</span>}
                  </td>
                  <td role="cell" data-label={bName} className={row.differs ? DIFFERS_CELL : undefined}>
                    {row.b ? <RatingTag grade={row.b} /> : <span className="text-secondary-ink">Not rated</span>}
                  </td>
                  <td role="cell" className={`max-sm:basis-full ${row.differs ? DIFFERS_CELL : ""}`}>
                    {row.differs && <strong className="tag tag--purple">Differs</strong>} {describeDifference(row, aName, bName)}
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}
