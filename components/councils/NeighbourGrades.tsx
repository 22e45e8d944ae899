import { RatingTag } from "@/components/RatingTag";
import { ScrollRegion } from "@/components/ScrollRegion";
import { INSPECTION_LABEL, MATRIX_COLUMNS } from "@/lib/home/matrix";
import type { Grade } from "@/lib/report/types";

const cell = (grade: Grade | null) => (grade ? <RatingTag grade={grade} /> : <span className="hint">None</span>);

/** The council's six grades and each neighbour's with a report, one row a council. */
export function NeighbourGrades({ rows, caption }: { rows: { name: string; grades: (Grade | null)[]; own?: boolean }[]; caption: string }) {
  return (
    <ScrollRegion labelledBy="neighbour-grades-caption">
      <table className="table">
        <caption id="neighbour-grades-caption" className="table-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            {MATRIX_COLUMNS.map((c) => (
              <th scope="col" key={c.full}>
                {INSPECTION_LABEL[c.inspection]}: {c.short.toLowerCase()}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                {row.name}
                {row.own && <span className="hint"> (this council)</span>}
              </th>
              {row.grades.map((g, i) => (
                <td key={i}>{cell(g)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
