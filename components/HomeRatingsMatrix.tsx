import Link from "next/link";
import { Details } from "@/components/Details";
import { RatingTag } from "@/components/RatingTag";
import { ScrollRegion } from "@/components/ScrollRegion";
import { STICKY_COLUMN, StickyCaption } from "@/components/StickyCaption";
import { INSPECTION_LABEL, MATRIX_COLUMNS, matrixGrades } from "@/lib/home/home-page";
import type { AuthorityOverview } from "@/lib/queries/authority-overviews";
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
      {/* On a phone most of the six judgements are off screen: say so, as the table above does (issue 24's screenshots at 390 px). */}
      <p className="hint mb-2 sm:hidden" id="matrix-scroll-cue">
        The table scrolls sideways: the other judgements are to the right.
      </p>
      <ScrollRegion labelledBy="matrix-caption" className="@container max-sm:border-r-4 max-sm:border-border">
        {/* Cells padded on the right less than other tables', and a line between the two inspections' column groups. */}
        <table className="text-body-s print:text-[10pt] [&_:is(th,td)]:pr-3">
          <caption id="matrix-caption">
            <StickyCaption>Ratings of the latest inspection{captionNote}</StickyCaption>
          </caption>
          <colgroup>
            <col />
          </colgroup>
          {groups.map((g) => (
            <colgroup key={g.inspection} span={g.columns.length} className="border-l-2 border-ink" />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={`align-bottom ${STICKY_COLUMN}`}>
                Authority
              </th>
              {groups.map((g) => (
                <th scope="colgroup" colSpan={g.columns.length} key={g.inspection} className="bg-light-grey pl-2 text-left">
                  {g.label}
                </th>
              ))}
            </tr>
            <tr>
              {MATRIX_COLUMNS.map((c) => (
                <th scope="col" key={`${c.inspection}-${c.short}`} className="min-w-26 pl-2 align-bottom text-sm/[1.25]">
                  <span aria-hidden="true">{c.short}</span>
                  <span className="sr-only">{c.full}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug}>
                <th scope="row" className={STICKY_COLUMN}>
                  <Link href={`/authorities/${a.slug}#ratings`}>{a.name}</Link>
                </th>
                {matrixGrades(a.ratings).map((grade, i) => (
                  <td key={i} className="pl-2">
                    {grade ? <RatingTag grade={grade} /> : <span className="hint">Not rated</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Details summary="What the columns mean" className="print:hidden">
        <dl className="judgement-key [&>div+div]:mt-2">
          {groups.map((g) =>
            g.columns.map((c) => (
              <div key={`${c.inspection}-${c.short}`}>
                <dt className="font-bold">
                  {g.label}: {c.short}
                </dt>
                <dd className="m-0">{c.full}</dd>
              </div>
            )),
          )}
        </dl>
      </Details>
    </>
  );
}
