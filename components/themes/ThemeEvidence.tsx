import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { Fold } from "@/components/folds/Fold";
import { FoldControls } from "@/components/folds/FoldControls";
import { OpenTargetFold } from "@/components/folds/OpenTargetFold";
import { PaginationLinks } from "@/components/PaginationLinks";
import { ThemeCouncilSummary } from "@/components/themes/ThemeCouncilSummary";
import type { CouncilGroup } from "@/lib/councils/group-by-council";
import type { ThemeEvidence as Evidence, ThemeItem } from "@/lib/queries/themes";
import {
  councilGroupId,
  type CouncilSummaryRow,
  describeCouncilItems,
  type ThemeFilterValues,
  themeDownloadHref,
  THEME_RESULTS_ID,
  themeHref,
  themeItemId,
} from "@/lib/themes/theme-pages";

interface Props {
  theme: { id: string; name: string };
  result: Evidence;
  values: ThemeFilterValues;
  authorityName: string | undefined;
  summary: CouncilSummaryRow[];
  groups: CouncilGroup<ThemeItem>[];
}

/**
 * The paragraphs and recommendations on a theme: how many, downloads, a
 * summary per council linking down to its group, then one page of them folded
 * council by council, and links to the other pages, which lead back to the count.
 */
export function ThemeEvidence({ theme, result, values, authorityName, summary, groups }: Props) {
  return (
    <>
      <h2 id={THEME_RESULTS_ID} className="scroll-mt-4">
        {result.total === 0
          ? "Nothing on this theme matches"
          : `${result.total} ${result.total === 1 ? "paragraph or recommendation" : "paragraphs and recommendations"}`}
        {authorityName ? ` in ${authorityName}` : ""}
      </h2>
      {result.total > 0 && (
        <p className="print:hidden">
          Download {result.total === 1 ? "it" : `all ${result.total}`}:{" "}
          <a href={themeDownloadHref(theme.id, values, "csv")} download>
            CSV<span className="sr-only"> file of the evidence on {theme.name}</span>
          </a>{" "}
          or{" "}
          <a href={themeDownloadHref(theme.id, values, "json")} download>
            JSON<span className="sr-only"> file of the evidence on {theme.name}</span>
          </a>
        </p>
      )}
      {summary.length > 1 && <ThemeCouncilSummary rows={summary} themeName={theme.name} />}
      {groups.length > 0 ? (
        <ThemeCouncilGroups groups={groups} openAll={summary.length === 1} />
      ) : result.total > 0 ? (
        <p>
          There is no page {result.page}. <a href={themeHref(theme.id, values, 1, THEME_RESULTS_ID)}>Go to the first page</a>
        </p>
      ) : null}
      <PaginationLinks page={result.page} pageCount={result.pageCount} href={(n) => themeHref(theme.id, values, n, THEME_RESULTS_ID)} />
    </>
  );
}

/** The page's items, a fold per council (open when there is only one council); a link to an item opens its fold. */
function ThemeCouncilGroups({ groups, openAll }: { groups: CouncilGroup<ThemeItem>[]; openAll: boolean }) {
  return (
    <>
      <h2 id="theme-councils">Council by council</h2>
      <FoldControls what="councils" />
      <OpenTargetFold />
      {groups.map((g) => {
        return (
          <section
            key={g.authority.slug}
            className="theme-council mb-2 border-t border-border"
            aria-labelledby={`${councilGroupId(g.authority.slug)}-h`}
          >
            <h3 id={`${councilGroupId(g.authority.slug)}-h`} className="mt-2 mb-1">
              {g.authority.name}
              {g.total > g.items.length && (
                <span className="text-body-s font-normal text-secondary-ink">
                  {" "}
                  ({g.items.length} of its {g.total} on this page)
                </span>
              )}
            </h3>
            <Fold
              open={openAll}
              summary={
                <>
                  {describeCouncilItems(g.items)}
                  <span className="sr-only"> in {g.authority.name}</span>
                </>
              }
            >
              {/* The summary's links point inside the fold, so that the browser opens it (Chromium, without JavaScript too), OpenTargetFold elsewhere. */}
              <ol className="list-none p-0 scroll-mt-28" id={councilGroupId(g.authority.slug)}>
                {g.items.map((item, i) => (
                  <ThemeEvidenceItem key={`${item.href}-${i}`} item={item} id={themeItemId(item, i)} />
                ))}
              </ol>
            </Fold>
          </section>
        );
      })}
    </>
  );
}

function ThemeEvidenceItem({ item, id }: { item: ThemeItem; id: string }) {
  return (
    <li className="theme-item scroll-mt-4 border-b border-border py-4 target:bg-highlight" id={id}>
      <h4 className="mb-1 text-body-m">
        <a href={item.href}>
          {/* The council heads the fold: said to screen readers, which may list the links alone. */}
          <span className="sr-only">{item.authority.name}, </span>
          {item.kind === "paragraph" ? `Paragraph ${item.ref}` : "Recommendation"}
        </a>
      </h4>
      <p className="hint mb-1">
        {item.kind === "paragraph" ? (item.outcome === null ? item.heading : `Outcome ${item.outcome}: ${item.heading}`) : item.heading}
      </p>
      <p className="mb-0">
        {item.assessment && <AssessmentTag assessment={item.assessment} reviewed={item.reviewed} className="mr-2" />}
        {item.text}
      </p>
    </li>
  );
}
