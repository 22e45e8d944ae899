import { RatingTag } from "@/components/RatingTag";
import { describeDifference, type RatingComparison } from "@/lib/compare";
import type { Inspection } from "@/lib/report/types";

const INSPECTION_NAMES: Record<Inspection, string> = {
  safeguarding: "Safeguarding",
  "looked-after": "Looked after children",
};

/**
 * Both councils' grades for each judgement; rows that differ are marked and the
 * difference put in words. On a phone each judgement becomes a block, both
 * grades and the difference under it (globals.css), because a fourth column
 * would be off screen: the roles are set explicitly so that the table stays a
 * table for screen readers whatever its CSS display.
 */
export function RatingComparisonTable({ rows, aName, bName }: { rows: RatingComparison[]; aName: string; bName: string }) {
  const differing = rows.filter((r) => r.differs).length;
  return (
    <section aria-labelledby="ratings" className="print-avoid-break">
      <h2 id="ratings">Ratings</h2>
      <p>
        {differing === 0
          ? `${aName} and ${bName} have the same grade for every judgement.`
          : `${differing} of ${rows.length} judgements differ.`}
      </p>
      <table className="compare-ratings" role="table">
        <caption className="visually-hidden">
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
              <tr role="row">
                <th scope="colgroup" colSpan={4} role="columnheader" className="compare-ratings__group">
                  {INSPECTION_NAMES[inspection]}
                </th>
              </tr>
              {group.map((row) => (
                <tr key={row.judgement} role="row" className={row.differs ? "compare-ratings__row--differs" : undefined}>
                  <th scope="row" role="rowheader">
                    {row.judgement}
                  </th>
                  <td role="cell" data-label={aName}>
                    {row.a ? <RatingTag grade={row.a} /> : <span className="hint">Not rated</span>}
                  </td>
                  <td role="cell" data-label={bName}>
                    {row.b ? <RatingTag grade={row.b} /> : <span className="hint">Not rated</span>}
                  </td>
                  <td role="cell">
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
