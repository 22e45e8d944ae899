import Link from "next/link";
import { RatingTag } from "@/components/RatingTag";
import { INSPECTION_LABEL, MATRIX_COLUMNS, matrixGrades } from "@/lib/overview-view";
import type { AuthorityOverview } from "@/lib/queries/overview";
import { INSPECTIONS } from "@/lib/report/types";

/**
 * Authorities × the six judgements, grouped by inspection, so differences
 * stand out. `captionNote` follows the caption: ", authorities 51 to 100 of 1,500".
 */
export function HomeRatingsMatrix({ rows, captionNote = "" }: { rows: AuthorityOverview[]; captionNote?: string }) {
  const groups = INSPECTIONS.map((inspection) => ({
    inspection,
    label: INSPECTION_LABEL[inspection],
    columns: MATRIX_COLUMNS.filter((c) => c.inspection === inspection),
  }));
  return (
    <>
      <div className="table-scroll table-scroll--sticky" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="ratings-matrix">
          <caption id="matrix-caption">
            <span className="sticky-caption">Ratings of the latest inspection{captionNote}</span>
          </caption>
          <colgroup>
            <col className="ratings-matrix__authority" />
          </colgroup>
          {groups.map((g) => (
            <colgroup key={g.inspection} span={g.columns.length} className="ratings-matrix__group" />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="ratings-matrix__authority-heading">
                Authority
              </th>
              {groups.map((g) => (
                <th scope="colgroup" colSpan={g.columns.length} key={g.inspection} className="ratings-matrix__group-heading">
                  {g.label}
                </th>
              ))}
            </tr>
            <tr>
              {MATRIX_COLUMNS.map((c) => (
                <th scope="col" key={`${c.inspection}-${c.short}`} className="ratings-matrix__judgement">
                  <span aria-hidden="true">{c.short}</span>
                  <span className="visually-hidden">{c.full}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug}>
                <th scope="row">
                  <Link href={`/authorities/${a.slug}#ratings`}>{a.name}</Link>
                </th>
                {matrixGrades(a.ratings).map((grade, i) => (
                  <td key={i}>{grade ? <RatingTag grade={grade} /> : <span className="hint">Not rated</span>}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="details no-print">
        <summary>What the columns mean</summary>
        <dl className="judgement-key">
          {groups.map((g) =>
            g.columns.map((c) => (
              <div key={`${c.inspection}-${c.short}`}>
                <dt>
                  {g.label}: {c.short}
                </dt>
                <dd>{c.full}</dd>
              </div>
            )),
          )}
        </dl>
      </details>
    </>
  );
}
