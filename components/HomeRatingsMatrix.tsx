import Link from "next/link";
import { Details } from "@/components/Details";
import { RatingTag } from "@/components/RatingTag";
import { SortLink } from "@/components/SortLink";
import { STICKY_COLUMN, StickyCaption } from "@/components/StickyCaption";
import { STICKY_CORNER, StickyTableRegion } from "@/components/StickyTableRegion";
import { type HomeState, sortHeader } from "@/lib/home/home-page";
import { INSPECTION_LABEL, JUDGEMENTS, type JudgementId, MATRIX_COLUMNS, matrixGrades } from "@/lib/home/matrix";
import type { AuthorityOverview } from "@/lib/queries/authority-overviews";
import { INSPECTIONS } from "@/lib/report/types";

/**
 * Authorities × the six judgements, grouped by inspection, so differences
 * stand out; each judgement's heading sorts by it. The headings and the
 * authorities stay in view while the table scrolls. On a phone only the
 * chosen judgement (`shown`) is a column. `captionNote` follows the caption:
 * ", authorities 51 to 100 of 1,500".
 */
export function HomeRatingsMatrix({
  rows,
  state,
  shown,
  captionNote = "",
}: {
  rows: AuthorityOverview[];
  state: HomeState;
  shown: JudgementId;
  captionNote?: string;
}) {
  const groups = INSPECTIONS.map((inspection) => ({
    inspection,
    label: INSPECTION_LABEL[inspection],
    columns: MATRIX_COLUMNS.filter((c) => c.inspection === inspection),
  })) as Groups;
  // Off a phone every judgement is a column; on one, only the one chosen.
  const phone = (i: number) => (JUDGEMENTS[i].id === shown ? "" : "max-sm:hidden");
  return (
    <>
      <StickyTableRegion labelledBy="matrix-caption">
        {/* Cells padded on the right less than other tables', and a line between the two inspections' column groups. */}
        <table className="text-body-s print:text-[10pt] [&_.rating]:px-1.5 [&_.rating]:text-sm [&_:is(th,td)]:pr-2">
          <caption id="matrix-caption" className="pt-2">
            <StickyCaption>Ratings of the latest inspection{captionNote}</StickyCaption>
          </caption>
          <colgroup>
            <col />
          </colgroup>
          {groups.map((g) => (
            <colgroup key={g.inspection} span={g.columns.length} className="border-l-2 border-ink" />
          ))}
          <MatrixHead groups={groups} state={state} phone={phone} />
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug}>
                <th scope="row" className={`${STICKY_COLUMN} max-w-40`}>
                  <Link href={`/authorities/${a.slug}#ratings`}>{a.name}</Link>
                </th>
                {matrixGrades(a.ratings).map((grade, i) => (
                  <td key={i} className={`pl-2 ${phone(i)}`}>
                    {grade ? <RatingTag grade={grade} /> : <span className="hint">Not rated</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </StickyTableRegion>
      <JudgementKey groups={groups} />
    </>
  );
}

/** The two rows of headings: the inspections, then each judgement, a link sorting by it. */
function MatrixHead({ groups, state, phone }: { groups: Groups; state: HomeState; phone: (i: number) => string }) {
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2} className={`align-bottom ${STICKY_CORNER}`}>
          Authority
        </th>
        {groups.map((g) => (
          <th scope="colgroup" colSpan={g.columns.length} key={g.inspection} className="bg-light-grey! pl-2 text-left max-sm:hidden">
            {g.label}
          </th>
        ))}
      </tr>
      <tr>
        {MATRIX_COLUMNS.map((c, i) => {
          const header = sortHeader(JUDGEMENTS[i].id, state, "ratings");
          return (
            <th
              scope="col"
              key={`${c.inspection}-${c.short}`}
              aria-sort={header.ariaSort}
              className={`min-w-24 pl-2 align-bottom text-sm/[1.25] ${phone(i)}`}
            >
              <SortLink header={header}>
                <span aria-hidden="true">
                  <span className="sm:hidden">{INSPECTION_LABEL[c.inspection]}: </span>
                  {c.short}
                </span>
                <span className="sr-only">{c.full}</span>
              </SortLink>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

type Groups = { inspection: (typeof INSPECTIONS)[number]; label: string; columns: typeof MATRIX_COLUMNS }[];

/** What each column's short heading stands for, folded. */
function JudgementKey({ groups }: { groups: Groups }) {
  return (
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
  );
}
