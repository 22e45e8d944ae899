import { paginationItems } from "@/lib/pagination";

/**
 * GOV.UK pagination: previous and next links and the page numbers around the
 * current one. `href(n)` is page n's URL, with whatever filters it keeps.
 */
export function PaginationLinks({
  page,
  pageCount,
  href,
  label = "Results pages",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
}) {
  const items = paginationItems(page, pageCount);
  if (items.length === 0) return null;
  return (
    <nav className="pagination no-print" aria-label={label}>
      {page > 1 && page <= pageCount ? (
        <a className="pagination__prev" href={href(page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>Previous<span className="visually-hidden"> page</span>
        </a>
      ) : null}
      <ul className="pagination__list">
        {items.map((item, i) =>
          item.type === "ellipsis" ? (
            <li key={`gap-${i}`} className="pagination__item pagination__item--ellipsis">
              …
            </li>
          ) : (
            <li key={item.number} className={`pagination__item${item.current ? " pagination__item--current" : ""}`}>
              <a href={href(item.number)} aria-label={`Page ${item.number}`} aria-current={item.current ? "page" : undefined}>
                {item.number}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <a className="pagination__next" href={href(page + 1)} rel="next">
          Next<span className="visually-hidden"> page</span>
          <span aria-hidden="true"> ›</span>
        </a>
      ) : null}
    </nav>
  );
}
