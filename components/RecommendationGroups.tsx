import Link from "next/link";
import { RecommendationTable } from "@/components/RecommendationTable";
import type { CouncilGroup } from "@/lib/councils/group-by-council";
import type { RecommendationRow } from "@/lib/queries/recommendations";

const recommendations = (n: number) => `${n} recommendation${n === 1 ? "" : "s"}`;

/**
 * The register grouped by council (`group=council`): a heading per council
 * with its count, then its recommendations soonest due first, the council
 * named once rather than on every row.
 */
export function RecommendationGroups({
  groups,
  caption,
  latestReportDates,
}: {
  groups: CouncilGroup<RecommendationRow>[];
  caption: string;
  latestReportDates: Map<string, string>;
}) {
  return (
    <>
      <p className="mb-2.5 text-body-s text-secondary-ink">{caption}</p>
      {groups.map((g) => (
        <section key={g.authority.slug} className="register-council mb-7.5" aria-labelledby={`council-${g.authority.slug}`}>
          <h3 id={`council-${g.authority.slug}`} className="mb-2.5 border-b-2 border-ink pb-1">
            <Link href={`/authorities/${g.authority.slug}`}>{g.authority.name}</Link>{" "}
            <span className="text-body-s font-normal text-secondary-ink">
              {recommendations(g.total)}
              {g.total > g.items.length ? `, ${g.items.length} on this page` : ""}
            </span>
          </h3>
          <RecommendationTable
            rows={g.items}
            caption={`${g.authority.name}: ${recommendations(g.items.length)}, soonest due first`}
            latestReportDates={latestReportDates}
            inCouncilGroup
          />
        </section>
      ))}
    </>
  );
}
