/** A filter in use: what it is, its value in words, and the same list without it. */
export interface AppliedFilterLink {
  label: string;
  value: string;
  removeHref: string;
}

/**
 * The filters in use, each a link that removes it, and a link that clears
 * them all (GOV.UK's "filter a list" pattern). In print it stays, as plain
 * text, to say what the list is.
 */
export function AppliedFilters({
  filters,
  clearHref,
  heading: Heading = "h2",
  className = "mb-7.5",
}: {
  filters: AppliedFilterLink[];
  clearHref: string;
  /** The heading's level where the list sits: h3 under the search's results heading. */
  heading?: "h2" | "h3";
  className?: string;
}) {
  if (filters.length === 0) return null;
  return (
    <div className={`applied-filters ${className}`} aria-labelledby="applied-filters-heading">
      <Heading id="applied-filters-heading" className="mt-0 mb-2.5 text-body-m">
        Filters applied
      </Heading>
      <ul className="mb-2.5 flex list-none flex-wrap gap-2 p-0 print:gap-x-6 print:gap-y-1">
        {filters.map((f) => (
          <li key={f.label} className="max-w-full">
            <a
              className="inline-block border border-ink bg-white px-2 py-1 text-body-s text-ink no-underline wrap-anywhere visited:text-ink hover:bg-ink hover:text-white hover:no-underline print:border-0 print:p-0 print:text-[10pt]"
              href={f.removeHref}
            >
              <span className="sr-only">Remove filter </span>
              {f.label}: {f.value}
              <span className="ml-2 font-bold print:hidden" aria-hidden="true">
                ×
              </span>
            </a>
          </li>
        ))}
      </ul>
      <p className="mb-0 text-body-s print:hidden">
        <a href={clearHref}>Clear all filters</a>
      </p>
    </div>
  );
}
