import { RatingTag } from "@/components/RatingTag";
import { INSPECTIONS, type RatingRow } from "@/lib/report/types";

const CAPTION: Record<(typeof INSPECTIONS)[number], string> = {
  safeguarding: "Safeguarding services",
  "looked-after": "Services for looked after children",
};

/** The six judgements, one table per inspection, each grade written out as a tag. */
export function AuthorityRatings({ ratings }: { ratings: RatingRow[] }) {
  if (ratings.length === 0) return <p>This report has no ratings table.</p>;
  return (
    <>
      {INSPECTIONS.map((inspection) => {
        const rows = ratings.filter((r) => r.inspection === inspection);
        if (rows.length === 0) return null;
        return (
          <table key={inspection} className="[&_:is(th,td)]:align-middle">
            <caption className="caption-m">{CAPTION[inspection]}</caption>
            <thead>
              <tr>
                <th scope="col">Judgement</th>
                <th scope="col" className="w-36">
                  Grade
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row" className="font-normal">
                    {r.judgement}
                  </th>
                  <td>
                    <RatingTag grade={r.grade} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
