import Link from "next/link";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { Highlighted } from "@/components/search/Highlighted";
import { formatDate } from "@/lib/formatting/format";
import type { SearchHit } from "@/lib/queries/search";
import type { CouncilGroup } from "@/lib/councils/group-by-council";

const results = (n: number) => (n === 1 ? "1 result" : `${n.toLocaleString("en-GB")} results`);

function SearchResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-result border-b border-border py-4">
      <h4 className="m-0 mb-1 text-body-m">
        <Link href={hit.href}>
          {/* The council heads the group: said to screen readers, which may list the links alone. */}
          <span className="sr-only">{hit.authority.name}, </span>
          {hit.kind === "paragraph" ? `Paragraph ${hit.ref}` : "Recommendation"}
        </Link>
      </h4>
      <p className="hint mb-2 text-body-s">
        {hit.kind === "paragraph"
          ? hit.outcome === null
            ? hit.heading
            : `Outcome ${hit.outcome}: ${hit.heading}`
          : `Recommendation: ${hit.heading}`}
        {" · "}report of <time dateTime={hit.reportDate}>{formatDate(hit.reportDate)}</time>
        {!hit.latest && " (an earlier report)"}
      </p>
      <p className="mb-0">
        {hit.assessment && <AssessmentTag assessment={hit.assessment} reviewed={hit.reviewed} className="mr-2" />}
        <Highlighted snippet={hit.snippet} />
      </p>
    </li>
  );
}

/** A page of results, a group per council: its name, how many of the matches are its, then its hits best first. */
export function SearchCouncilGroups({ groups }: { groups: CouncilGroup<SearchHit>[] }) {
  return groups.map((group) => (
    <section key={group.authority.slug} className="search-council mb-6" aria-labelledby={`results-${group.authority.slug}`}>
      <h3 id={`results-${group.authority.slug}`} className="mb-0 border-b-2 border-ink pb-1">
        <Link href={`/authorities/${group.authority.slug}`}>{group.authority.name}</Link>{" "}
        <span className="text-body-s font-normal text-secondary-ink">
          {results(group.total)}
          {group.total > group.items.length ? `, ${group.items.length} on this page` : ""}
        </span>
      </h3>
      <ol className="m-0 list-none p-0">
        {group.items.map((hit) => (
          <SearchResultItem key={hit.href + hit.snippet} hit={hit} />
        ))}
      </ol>
    </section>
  ));
}
