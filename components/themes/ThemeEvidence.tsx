import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { PaginationLinks } from "@/components/PaginationLinks";
import { THEME_PAGE_SIZE, type ThemeEvidence as Evidence, type ThemeItem } from "@/lib/queries/themes";
import { type ThemeFilterValues, themeDownloadHref, themeHref } from "@/lib/themes/theme-pages";

interface Props {
  theme: { id: string; name: string };
  result: Evidence;
  values: ThemeFilterValues;
  authorityName: string | undefined;
}

/** The paragraphs and recommendations on a theme: how many, downloads, one page of them, links to the others. */
export function ThemeEvidence({ theme, result, values, authorityName }: Props) {
  return (
    <>
      <h2 id="results-count">
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
      {result.items.length > 0 ? (
        <ol className="list-none p-0" start={(result.page - 1) * THEME_PAGE_SIZE + 1} aria-labelledby="results-count">
          {result.items.map((item, i) => (
            <ThemeEvidenceItem key={`${item.href}-${i}`} item={item} />
          ))}
        </ol>
      ) : result.total > 0 ? (
        <p>
          There is no page {result.page}. <a href={themeHref(theme.id, values)}>Go to the first page</a>
        </p>
      ) : null}
      <PaginationLinks page={result.page} pageCount={result.pageCount} href={(n) => themeHref(theme.id, values, n)} />
    </>
  );
}

function ThemeEvidenceItem({ item }: { item: ThemeItem }) {
  return (
    <li className="theme-item border-b border-border py-4">
      <h3 className="text-lg mb-1">
        <a href={item.href}>
          {item.authority.name}, {item.kind === "paragraph" ? `paragraph ${item.ref}` : "recommendation"}
        </a>
      </h3>
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
