import { paginationItems } from "@/lib/formatting/pagination";

/** A page number (or the gap between numbers): a touch target of 40px or more. */
const ITEM = "inline-block min-w-10 px-2.5 py-1.5 text-center";

/**
 * GOV.UK pagination: previous and next links and the page numbers around the
 * current one. `href(n)` is page n's URL, with whatever filters it keeps.
 */
export function PaginationLinks({
  page,
  pageCount,
  href,
  label = "Results pages",
  pageLabels = [],
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
  /** What each page holds, from the first page ("Ba–Du"), shown under its number (GOV.UK pagination with labels). */
  pageLabels?: string[];
}) {
  const items = paginationItems(page, pageCount);
  if (items.length === 0) return null;
  return (
    <nav className="mb-7.5 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden" aria-label={label}>
      {page > 1 && page <= pageCount ? (
        <a className="font-bold" href={href(page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>Previous<span className="sr-only"> page</span>
        </a>
      ) : null}
      <ul className="m-0 flex list-none flex-wrap gap-1 p-0">
        {items.map((item, i) =>
          item.type === "ellipsis" ? (
            <li key={`gap-${i}`} className={ITEM}>
              …
            </li>
          ) : (
            <li key={item.number}>
              <a
                href={href(item.number)}
                aria-label={`Page ${item.number}${pageLabels[item.number - 1] ? `, ${pageLabels[item.number - 1].replace("–", " to ")}` : ""}`}
                aria-current={item.current ? "page" : undefined}
                className={item.current ? `${ITEM} bg-link font-bold text-white no-underline` : ITEM}
              >
                {item.number}
                {pageLabels[item.number - 1] && <span className="block text-sm font-normal">{pageLabels[item.number - 1]}</span>}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <a className="font-bold" href={href(page + 1)} rel="next">
          Next<span className="sr-only"> page</span>
          <span aria-hidden="true"> ›</span>
        </a>
      ) : null}
    </nav>
  );
}
