import { SelectField } from "@/components/form/FormField";
import { REGIONS } from "@/lib/councils/regions";
import type { HomeFilters } from "@/lib/home/home-filters";
import { JUDGEMENTS } from "@/lib/home/matrix";
import { homeHref, type HomeState } from "@/lib/home/home-page";
import { GRADES } from "@/lib/report/types";

/**
 * Narrows the home page's authorities to a region and to a grade in one
 * judgement, keeping their order: a GET form (its URL can be shared) that
 * comes back to the table. The judgement is also the one column a phone
 * shows of the ratings.
 */
export function HomeFilterForm({ state, filters, count }: { state: HomeState; filters: HomeFilters; count: string | null }) {
  const keepsSort = state.sort !== "name" || state.dir !== "asc";
  const filtered = Boolean(filters.region || filters.grade);
  return (
    <form method="get" action="/#authorities" aria-label="Filter the authorities" className="print:hidden">
      <div className="flex flex-wrap items-end gap-x-6 *:min-w-0 *:max-w-full [&_.select]:max-w-full">
        <SelectField
          id="region"
          label="Region"
          emptyOption="All regions"
          options={REGIONS.map((r) => ({ value: r, label: r }))}
          defaultValue={filters.region ?? ""}
        />
        <SelectField
          id="judgement"
          label="Judgement"
          hint="For the grade, and the column a phone shows"
          options={JUDGEMENTS.map((j) => ({ value: j.id, label: j.label }))}
          defaultValue={filters.judgement}
        />
        <SelectField
          id="grade"
          label="Grade"
          emptyOption="Any grade"
          options={GRADES.map((g) => ({ value: g, label: g }))}
          defaultValue={filters.grade ?? ""}
        />
        {keepsSort && (
          <>
            <input type="hidden" name="sort" value={state.sort} />
            <input type="hidden" name="dir" value={state.dir} />
          </>
        )}
        <div className="form-group flex flex-wrap items-baseline gap-x-5">
          <button type="submit" className="button mb-0">
            Apply filters
          </button>
          {filtered && (
            <a href={homeHref({ ...state, page: 1, filters: { judgement: filters.judgement } }, "authorities")}>Clear filters</a>
          )}
        </div>
      </div>
      {count && (
        <p className="font-bold" id="authorities-count">
          {count}
        </p>
      )}
    </form>
  );
}
