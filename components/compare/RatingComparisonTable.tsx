import { RatingTag } from "@/components/RatingTag";
import { describeDifference, type RatingComparison } from "@/lib/compare";
import type { Inspection } from "@/lib/report/types";

const INSPECTION_NAMES: Record<Inspection, string> = {
  safeguarding: "Safeguarding",
  "looked-after": "Looked after children",
};

/** Both councils' grades for each judgement; rows that differ are marked and the difference put in words. */
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
      <div className="table-scroll">
        <table className="compare-ratings">
          <caption className="visually-hidden">Ratings of {aName} and {bName}</caption>
          <thead>
            <tr>
              <th scope="col">Judgement</th>
              <th scope="col">{aName}</th>
              <th scope="col">{bName}</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          {(["safeguarding", "looked-after"] as const).map((inspection) => {
            const group = rows.filter((r) => r.inspection === inspection);
            if (group.length === 0) return null;
            return (
              <tbody key={inspection}>
                <tr>
                  <th scope="colgroup" colSpan={4} className="compare-ratings__group">
                    {INSPECTION_NAMES[inspection]}
                  </th>
                </tr>
                {group.map((row) => (
                  <tr key={row.judgement} className={row.differs ? "compare-ratings__row--differs" : undefined}>
                    <th scope="row">{row.judgement}</th>
                    <td>{row.a ? <RatingTag grade={row.a} /> : <span className="hint">Not rated</span>}</td>
                    <td>{row.b ? <RatingTag grade={row.b} /> : <span className="hint">Not rated</span>}</td>
                    <td>
                      {row.differs && <strong className="tag tag--purple">Differs</strong>} {describeDifference(row, aName, bName)}
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
