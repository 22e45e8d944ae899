import { typedAuthorityNotFound } from "../authorities/authority-picker";
import { ASSESSMENT_LABEL } from "../evidence/display";
import { THEMES } from "../assessment";
import { authorityPickerFor, readAuthorityField } from "../queries/authorities";
import { outcomeOptions, search } from "../queries/search";
import { searchFacetCounts } from "../queries/search-facets";
import { firstParam, type ParamError, parseSearchParams, type RawParams } from "../requests/params";
import { groupByCouncil } from "../councils/group-by-council";
import { appliedSearchFilters, type SearchLinkFilters, shapeFacets } from "./facets";

/** The parameters the search page reads. */
export const SEARCH_PAGE_KEYS = ["q", "authority", "region", "outcome", "theme", "assessment", "page"] as const;

/**
 * Everything the search page shows, read once: the form's choices and values,
 * what is wrong with the request, and the results when there is a search to
 * run. With too many authorities to list, the authority filter is typed: it is
 * found by slug or name, and the search filtered by its slug.
 */
export async function loadSearchPage(raw: RawParams) {
  const [picker, outcomes] = await Promise.all([authorityPickerFor(), outcomeOptions()]);
  const field = await readAuthorityField(picker, firstParam(raw.authority));
  const authorityError: ParamError | null =
    field.unknown === null ? null : { param: "authority", message: typedAuthorityNotFound(field.unknown) };
  const params = parseSearchParams({ ...raw, authority: field.slug });
  const value = params.ok
    ? params.value
    : { q: undefined, authority: undefined, region: undefined, outcome: undefined, theme: undefined, assessment: undefined, page: 1 };
  const filters: SearchLinkFilters = {
    q: value.q,
    authority: value.authority,
    region: value.region,
    outcome: value.outcome,
    theme: value.theme,
    assessment: value.assessment,
  };
  const errors = [...(params.ok ? [] : params.errors), ...(authorityError ? [authorityError] : [])];
  const [result, counts] =
    errors.length === 0 && value.q
      ? await Promise.all([search({ ...filters, q: value.q, page: value.page }), searchFacetCounts({ ...filters, q: value.q })])
      : [null, null];
  const authorityName = picker.kind === "select" ? picker.authorities.find((a) => a.slug === value.authority)?.name : field.typed?.name;
  const names = {
    authority: authorityName,
    outcome: outcomes.find((o) => o.value === value.outcome)?.title,
    theme: THEMES.find((t) => t.id === value.theme)?.name,
    assessment: value.assessment && ASSESSMENT_LABEL[value.assessment],
  };
  return {
    title: errors.length === 0 && value.q ? `Search: ${value.q}` : "Search findings and recommendations",
    form: {
      picker,
      outcomes,
      value,
      authority: picker.kind === "select" ? (value.authority ?? "") : (field.typed?.name ?? firstParam(raw.authority) ?? ""),
      authorityError: authorityError?.message,
    },
    errors: result && !result.ok ? [...errors, { param: "q", message: "Enter words to search for" }] : errors,
    result: result?.ok ? result : null,
    filters,
    scope: searchScope({ ...names, region: value.region }),
    facets: counts ? shapeFacets(counts, filters, outcomes) : [],
    applied: appliedSearchFilters(filters, names),
    groups: result?.ok ? groupByCouncil(result.hits, councilCounts(counts)) : [],
  };
}

/** Each council's matches in the whole search, by slug, from the council facet's counts. */
function councilCounts(counts: Awaited<ReturnType<typeof searchFacetCounts>>): Map<string, number> {
  const slugs = new Map((counts?.authorities ?? []).map((a) => [String(a.id), a.slug]));
  return new Map((counts?.rows ?? []).filter((r) => r.facet === "council").map((r) => [slugs.get(r.value) ?? "", r.count]));
}

export type SearchPageData = Awaited<ReturnType<typeof loadSearchPage>>;

/** Where the search looked, after the words searched for: " in Barnet under Outcome 7: … on Theme, paragraphs tagged Concern". */
function searchScope(names: { authority?: string; region?: string; outcome?: string; theme?: string; assessment?: string }): string {
  return [
    names.authority && ` in ${names.authority}`,
    names.region && ` in ${names.region}`,
    names.outcome && ` under ${names.outcome}`,
    names.theme && ` on ${names.theme}`,
    names.assessment && `, paragraphs tagged ${names.assessment}`,
  ]
    .filter(Boolean)
    .join("");
}
