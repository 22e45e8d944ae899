import type { AppliedFilter } from "@/lib/recommendations-register";
import { REGISTER_PATH } from "@/lib/recommendations-register";

/**
 * The filters in use, each a link that removes it, and a link that clears
 * them all. In print it stays, as plain text, to say what the list is.
 */
export function RecommendationFiltersApplied({ filters }: { filters: AppliedFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <div className="applied-filters" aria-labelledby="applied-filters-heading">
      <h2 id="applied-filters-heading" className="applied-filters__heading">
        Filters applied
      </h2>
      <ul className="applied-filters__list">
        {filters.map((f) => (
          <li key={f.key}>
            <a className="applied-filters__tag" href={f.removeHref}>
              <span className="visually-hidden">Remove filter </span>
              {f.label}: {f.value}
              <span className="applied-filters__cross no-print" aria-hidden="true">
                ×
              </span>
            </a>
          </li>
        ))}
      </ul>
      <p className="applied-filters__clear no-print">
        <a href={REGISTER_PATH}>Clear all filters</a>
      </p>
    </div>
  );
}
