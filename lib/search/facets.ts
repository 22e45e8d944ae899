/**
 * The search's facets and groups, as Datasette shows them: each facet's
 * values with their counts, each a link that adds it to the search (or, when
 * it is the filter in use, removes it); the filters in use, each with a link
 * that removes it. Pure: the counts come
 * from lib/queries/search-facets.ts.
 */
import { type Assessment, THEMES } from "../assessment";
import { REGIONS } from "../councils/regions";
import { ASSESSMENT_LABEL } from "../evidence/display";
import type { SearchFacetCounts } from "../queries/search-facets";
import type { SearchFilters } from "../queries/search";
import { toQueryString } from "../requests/params";

/** The search's filters as links keep them (the words may be missing). */
export type SearchLinkFilters = Omit<SearchFilters, "q" | "page"> & { q?: string };

type FilterKey = "authority" | "region" | "outcome" | "theme" | "assessment";

/** The id of the results' heading: page links and facets lead back to it, so the reader keeps their place. */
export const SEARCH_RESULTS_ID = "results-count";

/** The search with these filters, on a page (page 1 left out, so one view has one URL), at `anchor` if given. */
export function searchHref(filters: SearchLinkFilters, page = 1, anchor?: string): string {
  const { q, authority, region, outcome, theme, assessment } = filters;
  const query = toQueryString({ q, authority, region, outcome, theme, assessment, page: page > 1 ? page : undefined });
  return `/search${query}${anchor ? `#${anchor}` : ""}`;
}

export interface FacetValue {
  label: string;
  count: number;
  /** Whether it is the filter in use: its link then removes it. */
  selected: boolean;
  href: string;
}

export interface Facet {
  key: FilterKey;
  title: string;
  values: FacetValue[];
}

const byCount = (x: FacetValue, y: FacetValue) =>
  Number(y.selected) - Number(x.selected) || y.count - x.count || x.label.localeCompare(y.label);

function facet(
  key: FilterKey,
  title: string,
  filters: SearchLinkFilters,
  values: { value: string | number; label: string; count: number }[],
): Facet {
  const current = filters[key];
  return {
    key,
    title,
    values: values
      .map(({ value, label, count }) => {
        const selected = current !== undefined && String(current) === String(value);
        const href = searchHref({ ...filters, [key]: selected ? undefined : value } as SearchLinkFilters, 1, SEARCH_RESULTS_ID);
        return { label, count, selected, href };
      })
      .sort(byCount),
  };
}

/**
 * The five facets of a search's matches: council, region (the councils'
 * counts added up), outcome, theme and mark. Values with no match are left out.
 */
export function shapeFacets(
  counts: SearchFacetCounts,
  filters: SearchLinkFilters,
  outcomes: { value: number | "general"; title: string }[],
): Facet[] {
  const of = (name: string) => counts.rows.filter((r) => r.facet === name);
  const byId = new Map(counts.authorities.map((a) => [String(a.id), a]));
  const councils = of("council").flatMap((r) => {
    const a = byId.get(r.value);
    return a ? [{ ...a, count: r.count }] : [];
  });
  const regions = REGIONS.map((region) => ({
    value: region,
    label: region,
    count: councils.filter((c) => c.region === region).reduce((sum, c) => sum + c.count, 0),
  })).filter((r) => r.count > 0);
  const outcomeTitle = (value: string) => outcomes.find((o) => String(o.value) === value)?.title ?? `Outcome ${value}`;
  return [
    facet(
      "authority",
      "Council",
      filters,
      councils.map((c) => ({ value: c.slug, label: c.name, count: c.count })),
    ),
    facet("region", "Region", filters, regions),
    facet(
      "outcome",
      "Outcome",
      filters,
      of("outcome").map((r) => ({ value: r.value, label: outcomeTitle(r.value), count: r.count })),
    ),
    facet(
      "theme",
      "Theme",
      filters,
      of("theme").map((r) => ({ value: r.value, label: THEMES.find((t) => t.id === r.value)?.name ?? r.value, count: r.count })),
    ),
    facet(
      "assessment",
      "Mark",
      filters,
      of("mark").map((r) => ({ value: r.value, label: ASSESSMENT_LABEL[r.value as Assessment] ?? r.value, count: r.count })),
    ),
  ];
}

export interface AppliedSearchFilter {
  label: string;
  value: string;
  /** The search with every other filter kept and this one removed. */
  removeHref: string;
}

/** The filters in use, in the form's order, each with a link that removes it. */
export function appliedSearchFilters(filters: SearchLinkFilters, names: Partial<Record<FilterKey, string>>): AppliedSearchFilter[] {
  const labels: Record<FilterKey, string> = {
    authority: "Council",
    region: "Region",
    outcome: "Outcome",
    theme: "Theme",
    assessment: "Mark",
  };
  return (Object.keys(labels) as FilterKey[]).flatMap((key) =>
    filters[key] === undefined
      ? []
      : [
          {
            label: labels[key],
            value: names[key] ?? String(filters[key]),
            removeHref: searchHref({ ...filters, [key]: undefined } as SearchLinkFilters),
          },
        ],
  );
}
