import type { AppliedFilter } from "@/lib/recommendations/register";
import { REGISTER_PATH } from "@/lib/recommendations/register";

/**
 * The filters in use, each a link that removes it, and a link that clears
 * them all. In print it stays, as plain text, to say what the list is.
 */
export function RecommendationFiltersApplied({ filters }: { filters: AppliedFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <div className="applied-filters mb-7.5" aria-labelledby="applied-filters-heading">
      <h2 id="applied-filters-heading" className="mt-0 mb-2.5 text-body-m">
        Filters applied
      </h2>
      <ul className="mb-2.5 flex list-none flex-wrap gap-2 p-0 print:gap-x-6 print:gap-y-1">
        {filters.map((f) => (
          <li key={f.key} className="max-w-full">
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
        <a href={REGISTER_PATH}>Clear all filters</a>
      </p>
    </div>
  );
}
